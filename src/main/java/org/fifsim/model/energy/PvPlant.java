package org.fifsim.model.energy;

/**
 * Rooftop PV output per clock hour: a clear-sky shape from {@link SolarGeometry} scaled so that the expected annual
 * energy (weather factor 1 on every day) equals the stated annual energy. The seeds give PV as annual energy (6 GWh/yr)
 * and as a vague capacity, so both ways in are offered and the scale absorbs every unknown (area, efficiency, tilt,
 * temperature and inverter losses). Weather is one multiplier per day, drawn by the caller (see {@link WeatherModel}),
 * so the plant itself holds no random state.
 */
public final class PvPlant {

    private static final int HOURS = SolarGeometry.DAYS_PER_YEAR * SolarGeometry.HOURS_PER_DAY;

    private final double annualKwh;
    private final double[] expectedKwh;

    private PvPlant(SolarGeometry geometry, double annualKwh) {
        if (!(annualKwh >= 0) || Double.isInfinite(annualKwh)) {
            throw new IllegalArgumentException("annual PV energy must be finite and >= 0 kWh: " + annualKwh);
        }
        this.annualKwh = annualKwh;
        double[] shape = geometry.shared(); // read only
        double sum = 0;
        for (double v : shape) {
            sum += v;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("no sun at latitude " + geometry.latitudeDeg() + " over the year");
        }
        double scale = annualKwh / sum;
        this.expectedKwh = new double[HOURS];
        for (int i = 0; i < HOURS; i++) {
            expectedKwh[i] = shape[i] * scale;
        }
    }

    /** A plant whose expected yearly output is {@code annualKwh}. */
    public static PvPlant ofAnnualKwh(SolarGeometry geometry, double annualKwh) {
        return new PvPlant(geometry, annualKwh);
    }

    /** A plant of {@code capacityKwp} with a specific yield (kWh per kWp per year; ~1,000–1,100 in Chongqing). */
    public static PvPlant ofCapacity(SolarGeometry geometry, double capacityKwp, double specificYieldKwhPerKwp) {
        if (!(capacityKwp >= 0) || !(specificYieldKwhPerKwp >= 0)) {
            throw new IllegalArgumentException("capacity and specific yield must be >= 0: "
                    + capacityKwp + " kWp, " + specificYieldKwhPerKwp + " kWh/kWp");
        }
        return new PvPlant(geometry, capacityKwp * specificYieldKwhPerKwp);
    }

    /** Expected annual energy, kWh: the input. */
    public double annualKwh() {
        return annualKwh;
    }

    /** Expected energy of clock hour {@code hour} on day {@code dayOfYear0} (0..364), kWh: weather factor 1. */
    public double expectedHourlyKwh(int dayOfYear0, int hour) {
        return expectedKwh[index(dayOfYear0, hour)];
    }

    /** Energy of an hour under the day's weather factor (>= 0, mean 1 over days), kWh. */
    public double hourlyKwh(int dayOfYear0, int hour, double weatherFactor) {
        if (!(weatherFactor >= 0) || Double.isInfinite(weatherFactor)) {
            throw new IllegalArgumentException("weather factor must be finite and >= 0: " + weatherFactor);
        }
        return expectedKwh[index(dayOfYear0, hour)] * weatherFactor;
    }

    /** Expected energy of day {@code dayOfYear0} (0..364), kWh. */
    public double expectedDailyKwh(int dayOfYear0) {
        int base = index(dayOfYear0, 0);
        double sum = 0;
        for (int h = 0; h < SolarGeometry.HOURS_PER_DAY; h++) {
            sum += expectedKwh[base + h];
        }
        return sum;
    }

    /** Sum of the 8760 expected hourly values, kWh: equals {@link #annualKwh()} up to rounding. */
    public double expectedAnnualKwh() {
        double sum = 0;
        for (double v : expectedKwh) {
            sum += v;
        }
        return sum;
    }

    private static int index(int dayOfYear0, int hour) {
        if (dayOfYear0 < 0 || dayOfYear0 >= SolarGeometry.DAYS_PER_YEAR) {
            throw new IllegalArgumentException("day of year (0-based) must be in 0..364: " + dayOfYear0);
        }
        if (hour < 0 || hour >= SolarGeometry.HOURS_PER_DAY) {
            throw new IllegalArgumentException("hour must be in [0, 24): " + hour);
        }
        return dayOfYear0 * SolarGeometry.HOURS_PER_DAY + hour;
    }
}
