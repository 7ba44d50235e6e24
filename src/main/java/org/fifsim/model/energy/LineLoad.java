package org.fifsim.model.energy;

/**
 * Electricity of the pack line from its state, so energy follows throughput and stoppages: a share per pack produced,
 * a base load while the line is in working time, and a standby load while it is off shift or down.
 *
 * @param kwhPerPack energy per pack produced, kWh
 * @param baseKw load during working time, kW
 * @param standbyKw load while off shift or down, kW
 */
public record LineLoad(double kwhPerPack, double baseKw, double standbyKw) {

    public LineLoad {
        if (!(kwhPerPack >= 0) || !(baseKw >= 0) || !(standbyKw >= 0)
                || Double.isInfinite(kwhPerPack) || Double.isInfinite(baseKw) || Double.isInfinite(standbyKw)) {
            throw new IllegalArgumentException("line load figures must be finite and >= 0: "
                    + kwhPerPack + " kWh/pack, " + baseKw + " kW, " + standbyKw + " kW");
        }
    }

    /**
     * Energy of an interval, usually one clock hour, kWh.
     *
     * @param packs packs produced in the interval (fractions allowed for pro-rated work)
     * @param workingHours hours the line was in working time and not down
     * @param offOrDownHours hours it was off shift or down; with {@code workingHours} they partition the interval
     */
    public double hourKwh(double packs, double workingHours, double offOrDownHours) {
        if (!(packs >= 0) || !(workingHours >= 0) || !(offOrDownHours >= 0)) {
            throw new IllegalArgumentException("packs and hours must be >= 0: "
                    + packs + ", " + workingHours + " h, " + offOrDownHours + " h");
        }
        return packs * kwhPerPack + workingHours * baseKw + offOrDownHours * standbyKw;
    }
}
