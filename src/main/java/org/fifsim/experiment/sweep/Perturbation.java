package org.fifsim.experiment.sweep;

/**
 * One-at-a-time sensitivity settings: a key's base value scaled down and up by a relative delta, written back in the
 * base value's form. A duration keeps its unit ({@code 45s} with 10% gives {@code 40.5s} and {@code 49.5s}); a whole
 * number stays whole, rounded away from the base so that the setting still differs from it ({@code 5} gives 4 and 6).
 *
 * @param key  the dotted key path
 * @param base the base value as written in the scenario
 * @param low  the low setting
 * @param high the high setting
 */
public record Perturbation(String key, String base, String low, String high) {

    /**
     * The settings of {@code key} from its base text.
     *
     * @param delta relative change in (0, 1), e.g. 0.1 for 10%
     * @throws IllegalArgumentException when the base value is not a number or a duration
     */
    public static Perturbation of(String key, String base, double delta) {
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be between 0% and 100% (exclusive), got " + delta);
        }
        Quantity q = Quantity.parse(base);
        if (q == null) {
            throw new IllegalArgumentException(key + ": its value '" + base
                    + "' is not a number or a duration, so it cannot be varied by a percentage");
        }
        boolean whole = q.unit().isEmpty() && base.strip().matches("[+-]?[0-9]+");
        double lo = q.number() * (1 - delta);
        double hi = q.number() * (1 + delta);
        if (whole) {
            // away from the base: floor below, ceil above (mirrored for negative values)
            lo = q.number() >= 0 ? Math.floor(lo) : Math.ceil(lo);
            hi = q.number() >= 0 ? Math.ceil(hi) : Math.floor(hi);
            if (lo == q.number() && hi == q.number()) {
                lo = q.number() - 1;
                hi = q.number() + 1;
            }
        }
        if (lo == hi) {
            throw new IllegalArgumentException(key + ": its value '" + base + "' is zero, so a percentage does not "
                    + "change it; vary it with sweep --vary instead");
        }
        return new Perturbation(key, base.strip(), q.text(Math.min(lo, hi)), q.text(Math.max(lo, hi)));
    }
}
