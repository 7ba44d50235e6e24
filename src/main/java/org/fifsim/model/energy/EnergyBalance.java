package org.fifsim.model.energy;

import java.util.Objects;

/**
 * Hour-by-hour settlement of the line's electricity against rooftop PV, an optional battery and the grid. Annual
 * sums hide the point: PV comes by day, so a noon surplus cannot cover the night unless something stores it. Each hour
 * PV first feeds the load directly; a surplus charges the battery (from PV only, never from the grid) and the rest is
 * exported or curtailed; a deficit is met from the battery, then the grid. The battery starts empty.
 *
 * <p>Every hour closes exactly: load = pvUsed + storageDischarge + grid and pv = pvUsed + storageCharge + surplus
 * (checked on each call; {@link Settlement} exposes the residuals). Energy moved into and out of the battery is
 * counted on the AC side; {@link Flow#STORAGE_LOSS} is what the battery swallowed, so over any period
 * storageCharge = storageDischarge + storageLoss + (change of state of charge).
 *
 * <p>Totals are kept per {@link Flow}, per month (12) and per season × clock hour (4 × 24, with the number of hours
 * summed in each cell, to draw average daily profiles).
 */
public final class EnergyBalance {

    /** What the balance accumulates: energies in kWh, {@link #GRID_COST} in the tariff's currency. */
    public enum Flow {
        /** Line consumption. */
        LOAD,
        /** PV generated. */
        PV,
        /** PV consumed by the line in the hour it was generated. */
        PV_USED,
        /** PV put into the battery (AC side). */
        STORAGE_CHARGE,
        /** Battery energy delivered to the line (AC side); all of it came from PV. */
        STORAGE_DISCHARGE,
        /** Conversion losses in and out of the battery. */
        STORAGE_LOSS,
        /** Energy bought from the grid. */
        GRID,
        /** PV neither used nor stored: exported or curtailed. */
        SURPLUS,
        /** Grid energy × tariff. */
        GRID_COST
    }

    /** The outcome of one hour; the closure residuals are zero up to rounding. */
    public record Settlement(int dayOfYear0, int hour, double loadKwh, double pvKwh, double pvUsedKwh,
            double storageChargeKwh, double storageDischargeKwh, double storageLossKwh, double gridKwh,
            double surplusKwh, double stateOfChargeKwh, double gridCost) {

        /** load − (pvUsed + storageDischarge + grid). */
        public double loadResidual() {
            return loadKwh - (pvUsedKwh + storageDischargeKwh + gridKwh);
        }

        /** pv − (pvUsed + storageCharge + surplus). */
        public double pvResidual() {
            return pvKwh - (pvUsedKwh + storageChargeKwh + surplusKwh);
        }
    }

    private static final int FLOWS = Flow.values().length;
    private static final int SEASONS = YearCalendar.Season.values().length;
    private static final int HOURS_PER_DAY = SolarGeometry.HOURS_PER_DAY;
    private static final int HOURS_PER_YEAR = SolarGeometry.DAYS_PER_YEAR * HOURS_PER_DAY;

    private final Storage storage;
    private final Tariff tariff;
    private final double oneWay;

    private double stateOfChargeKwh;
    private long hours;
    private final double[] total = new double[FLOWS];
    private final double[][] monthly = new double[FLOWS][12];
    private final double[][][] seasonHour = new double[FLOWS][SEASONS][HOURS_PER_DAY];
    private final int[][] seasonHourCount = new int[SEASONS][HOURS_PER_DAY];

    /** No storage, grid energy free (cost 0). */
    public EnergyBalance() {
        this(Storage.NONE, Tariff.flat(0));
    }

    /** No storage. */
    public EnergyBalance(Tariff tariff) {
        this(Storage.NONE, tariff);
    }

    /** With a battery ({@link Storage#NONE} for none). */
    public EnergyBalance(Storage storage, Tariff tariff) {
        this.storage = Objects.requireNonNull(storage, "storage (use Storage.NONE)");
        this.tariff = Objects.requireNonNull(tariff, "tariff");
        this.oneWay = storage.oneWayEfficiency();
    }

    /**
     * Settles one clock hour and adds it to the totals.
     *
     * @param dayOfYear0 day 0..364 (wrap multi-year runs modulo 365)
     * @param hour clock hour 0..23
     * @param loadKwh line consumption in the hour, >= 0
     * @param pvKwh PV generated in the hour, >= 0
     */
    public Settlement settleHour(int dayOfYear0, int hour, double loadKwh, double pvKwh) {
        int month = YearCalendar.month0(dayOfYear0);
        int season = YearCalendar.season(dayOfYear0).ordinal();
        if (hour < 0 || hour >= HOURS_PER_DAY) {
            throw new IllegalArgumentException("hour must be in [0, 24): " + hour);
        }
        if (!(loadKwh >= 0) || Double.isInfinite(loadKwh) || !(pvKwh >= 0) || Double.isInfinite(pvKwh)) {
            throw new IllegalArgumentException("load and PV must be finite and >= 0 kWh: " + loadKwh + ", " + pvKwh);
        }
        double pvUsed = Math.min(loadKwh, pvKwh);
        double deficit = loadKwh - pvUsed;
        double excess = pvKwh - pvUsed;
        double charge = 0;
        double discharge = 0;
        double loss = 0;
        if (excess > 0 && !storage.isNone()) {
            // AC energy that would fill the battery; taking exactly that sets it full without rounding drift
            double toFull = (storage.capacityKwh() - stateOfChargeKwh) / oneWay;
            double limit = Math.min(excess, storage.powerKw());
            if (toFull <= limit) {
                charge = toFull;
                stateOfChargeKwh = storage.capacityKwh();
            } else {
                charge = limit;
                stateOfChargeKwh = Math.min(storage.capacityKwh(), stateOfChargeKwh + charge * oneWay);
            }
            loss = charge * (1 - oneWay);
        } else if (deficit > 0 && !storage.isNone() && stateOfChargeKwh > 0) {
            double deliverable = stateOfChargeKwh * oneWay;
            double limit = Math.min(deficit, storage.powerKw());
            double drawn;
            if (deliverable <= limit) {
                discharge = deliverable;
                drawn = stateOfChargeKwh;
                stateOfChargeKwh = 0;
            } else {
                discharge = limit;
                drawn = discharge / oneWay;
                stateOfChargeKwh = Math.max(0, stateOfChargeKwh - drawn);
            }
            loss = drawn - discharge;
        }
        double grid = deficit - discharge;
        double surplus = excess - charge;
        double cost = grid * tariff.pricePerKwh(dayOfYear0, hour);
        Settlement s = new Settlement(dayOfYear0, hour, loadKwh, pvKwh, pvUsed, charge, discharge, loss, grid,
                surplus, stateOfChargeKwh, cost);
        double tolerance = 1e-9 * (1 + loadKwh + pvKwh);
        if (!(Math.abs(s.loadResidual()) <= tolerance && Math.abs(s.pvResidual()) <= tolerance)) {
            throw new IllegalStateException("energy balance does not close: " + s);
        }
        add(month, season, hour, s);
        return s;
    }

    /**
     * Settles consecutive hours starting at day 0, hour 0: index i is day (i / 24) mod 365, hour i mod 24. Both
     * arrays must have the same length, a whole number of 365-day years.
     */
    public void settleYears(double[] loadKwh, double[] pvKwh) {
        if (loadKwh.length != pvKwh.length || loadKwh.length % HOURS_PER_YEAR != 0) {
            throw new IllegalArgumentException("load and PV need the same length, a multiple of 8760: "
                    + loadKwh.length + ", " + pvKwh.length);
        }
        for (int i = 0; i < loadKwh.length; i++) {
            settleHour(i / HOURS_PER_DAY % SolarGeometry.DAYS_PER_YEAR, i % HOURS_PER_DAY, loadKwh[i], pvKwh[i]);
        }
    }

    private void add(int month, int season, int hour, Settlement s) {
        double[] v = new double[FLOWS];
        v[Flow.LOAD.ordinal()] = s.loadKwh();
        v[Flow.PV.ordinal()] = s.pvKwh();
        v[Flow.PV_USED.ordinal()] = s.pvUsedKwh();
        v[Flow.STORAGE_CHARGE.ordinal()] = s.storageChargeKwh();
        v[Flow.STORAGE_DISCHARGE.ordinal()] = s.storageDischargeKwh();
        v[Flow.STORAGE_LOSS.ordinal()] = s.storageLossKwh();
        v[Flow.GRID.ordinal()] = s.gridKwh();
        v[Flow.SURPLUS.ordinal()] = s.surplusKwh();
        v[Flow.GRID_COST.ordinal()] = s.gridCost();
        for (int f = 0; f < FLOWS; f++) {
            total[f] += v[f];
            monthly[f][month] += v[f];
            seasonHour[f][season][hour] += v[f];
        }
        seasonHourCount[season][hour]++;
        hours++;
    }

    /** Total of a flow over all settled hours. */
    public double total(Flow flow) {
        return total[flow.ordinal()];
    }

    /** Total of a flow in month 0..11, summed over all settled years. */
    public double monthly(Flow flow, int month0) {
        return monthly[flow.ordinal()][month0];
    }

    /** The 12 monthly totals of a flow (a copy). */
    public double[] monthly(Flow flow) {
        return monthly[flow.ordinal()].clone();
    }

    /** Total of a flow in clock hour 0..23 over the days of a season; divide by {@link #seasonHourCount} to average. */
    public double seasonHour(Flow flow, YearCalendar.Season season, int hour) {
        return seasonHour[flow.ordinal()][season.ordinal()][hour];
    }

    /** Number of settled hours summed in a season × clock-hour cell. */
    public int seasonHourCount(YearCalendar.Season season, int hour) {
        return seasonHourCount[season.ordinal()][hour];
    }

    /** Number of hours settled so far. */
    public long hours() {
        return hours;
    }

    public double loadKwh() {
        return total(Flow.LOAD);
    }

    public double pvKwh() {
        return total(Flow.PV);
    }

    /** PV consumed directly; PV that reached the line through the battery is {@link #storageDischargeKwh()}. */
    public double pvUsedKwh() {
        return total(Flow.PV_USED);
    }

    public double gridKwh() {
        return total(Flow.GRID);
    }

    /** PV exported or curtailed. */
    public double surplusKwh() {
        return total(Flow.SURPLUS);
    }

    public double storageChargeKwh() {
        return total(Flow.STORAGE_CHARGE);
    }

    public double storageDischargeKwh() {
        return total(Flow.STORAGE_DISCHARGE);
    }

    public double storageLossKwh() {
        return total(Flow.STORAGE_LOSS);
    }

    /** Grid energy priced by the tariff. */
    public double gridCost() {
        return total(Flow.GRID_COST);
    }

    /** Energy in the battery now, kWh. */
    public double stateOfChargeKwh() {
        return stateOfChargeKwh;
    }

    public Storage storage() {
        return storage;
    }

    /** Share of the load met by PV, directly or through the battery: (pvUsed + storageDischarge) / load; 0 without load. */
    public double pvShare() {
        double load = loadKwh();
        return load > 0 ? (pvUsedKwh() + storageDischargeKwh()) / load : 0;
    }

    /** Share of PV generated that was used or stored rather than exported or curtailed; 0 without PV. */
    public double pvSelfConsumption() {
        double pv = pvKwh();
        return pv > 0 ? (pvUsedKwh() + storageChargeKwh()) / pv : 0;
    }
}
