package org.fifsim.stats;

/**
 * Paired comparison of two scenarios run with common random numbers: replication {@code i} of
 * both uses the same seeds, so the noise they share cancels in {@code other[i] - base[i]} and the
 * interval on the difference is much narrower than comparing the two means independently
 * (contrast {@link UnpairedDifference#welch(double[], double[])}).
 */
public final class PairedDifference {

    private PairedDifference() {
    }

    /** 95% interval on the mean of {@code other[i] - base[i]}. */
    public static Estimate of(double[] base, double[] other) {
        return of(base, other, Estimate.DEFAULT_LEVEL);
    }

    /**
     * Interval on the mean of {@code other[i] - base[i]}: positive means {@code other} is larger.
     *
     * @throws IllegalArgumentException if the arrays differ in length, are empty or not finite
     */
    public static Estimate of(double[] base, double[] other, double confidenceLevel) {
        Checks.finiteSample(base, "base");
        Checks.finiteSample(other, "other");
        if (base.length != other.length) {
            throw new IllegalArgumentException(
                    "paired samples must have equal length: " + base.length + " vs " + other.length);
        }
        double[] diff = new double[base.length];
        for (int i = 0; i < diff.length; i++) {
            diff[i] = other[i] - base[i];
        }
        return Estimate.of(diff, confidenceLevel);
    }
}
