package org.fifsim.stats;

/**
 * A point estimate with a two-sided Student-t confidence interval, the unit in which replicated
 * simulation results are reported: a mean without its interval invites over-reading noise.
 *
 * <p>The bound components are named {@code ci95*} after the default level; when built with
 * {@link #of(double[], double)} they hold the bounds at the requested level instead.
 *
 * <p>With fewer than two values the spread is unknown, so {@code stddev} and both bounds are
 * {@code NaN} rather than a collapsed {@code [mean, mean]} interval, which would falsely claim
 * perfect precision. When the values are all identical the sample standard deviation really is
 * zero and the interval is {@code [mean, mean]}.
 *
 * @param mean     sample mean
 * @param stddev   sample standard deviation (divisor n-1); NaN when n &lt; 2
 * @param ci95Low  lower confidence bound; NaN when n &lt; 2
 * @param ci95High upper confidence bound; NaN when n &lt; 2
 * @param n        number of values (replications) behind the estimate
 */
public record Estimate(double mean, double stddev, double ci95Low, double ci95High, int n) {

    /** Default two-sided confidence level. */
    public static final double DEFAULT_LEVEL = 0.95;

    public Estimate {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
    }

    /** 95% t-interval for the mean of {@code values}; see {@link #of(double[], double)}. */
    public static Estimate of(double[] values) {
        return of(values, DEFAULT_LEVEL);
    }

    /**
     * Mean, sample standard deviation and the interval
     * {@code mean ± t(n-1, (1+level)/2) * stddev / sqrt(n)}.
     *
     * <p>The t quantile (not the normal 1.96) is used because simulation studies typically have
     * few replications, where the normal interval under-covers.
     *
     * @param values          one finite value per replication, at least one
     * @param confidenceLevel two-sided coverage in (0, 1), e.g. 0.95
     * @throws IllegalArgumentException on empty or non-finite input or a bad level
     */
    public static Estimate of(double[] values, double confidenceLevel) {
        Checks.finiteSample(values, "values");
        Checks.confidenceLevel(confidenceLevel);
        Moments m = Moments.of(values);
        double stddev = Math.sqrt(m.variance());
        double halfWidth = TInterval.halfWidth(stddev / Math.sqrt(m.n()), m.n() - 1, confidenceLevel);
        return new Estimate(m.mean(), stddev, m.mean() - halfWidth, m.mean() + halfWidth, m.n());
    }

    /** Half the interval width; NaN when the interval is undefined. */
    public double halfWidth() {
        return (ci95High - ci95Low) / 2.0;
    }

    /**
     * Half-width relative to the magnitude of the mean, the usual stopping criterion for adding
     * replications. {@code +Infinity} when the mean is zero but the half-width is not (no relative
     * precision is achievable), {@code 0} when both are zero, NaN when the interval is undefined.
     */
    public double relativeHalfWidth() {
        double hw = halfWidth();
        if (hw == 0.0) {
            return 0.0;
        }
        return hw / Math.abs(mean);
    }

    /**
     * Whether zero lies inside the closed interval, i.e. the data cannot rule out "no effect"
     * (read on a difference estimate). An undefined (NaN) interval cannot exclude zero, so this
     * then returns {@code true}, the conservative answer.
     */
    public boolean includesZero() {
        if (Double.isNaN(ci95Low) || Double.isNaN(ci95High)) {
            return true;
        }
        return ci95Low <= 0.0 && 0.0 <= ci95High;
    }
}
