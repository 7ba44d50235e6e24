package org.fifsim.stats;

/**
 * Comparison of two independently run scenarios, where no pairing is available (different
 * seeds or different replication counts). Mainly the baseline that shows how much
 * {@link PairedDifference} gains from common random numbers.
 */
public final class UnpairedDifference {

    private UnpairedDifference() {
    }

    /** Welch 95% interval on {@code mean(other) - mean(base)}; see {@link #welch(double[], double[], double)}. */
    public static Estimate welch(double[] base, double[] other) {
        return welch(base, other, Estimate.DEFAULT_LEVEL);
    }

    /**
     * Welch interval on {@code mean(other) - mean(base)}, which does not assume equal variances:
     * standard error {@code se = sqrt(s1²/n1 + s2²/n2)}, Welch–Satterthwaite degrees of freedom
     * {@code df = se⁴ / ((s1²/n1)²/(n1-1) + (s2²/n2)²/(n2-1))}, bounds {@code mean ± t(df) * se}.
     *
     * <p>The returned {@link Estimate} has {@code n = min(n1, n2)} (replications per arm) and
     * {@code stddev = se * sqrt(n)}, chosen so that {@code stddev / sqrt(n)} is the Welch standard
     * error; with equal arms it equals {@code sqrt(s1² + s2²)}, the spread of one difference. If
     * either arm has fewer than two values, stddev and bounds are NaN; if both arms are constant,
     * the interval is {@code [mean, mean]}.
     *
     * @throws IllegalArgumentException on empty or non-finite input or a bad level
     */
    public static Estimate welch(double[] base, double[] other, double confidenceLevel) {
        Checks.finiteSample(base, "base");
        Checks.finiteSample(other, "other");
        Checks.confidenceLevel(confidenceLevel);
        Moments b = Moments.of(base);
        Moments o = Moments.of(other);
        double vb = b.variance() / b.n();
        double vo = o.variance() / o.n();
        double se = Math.sqrt(vb + vo);
        double df = (vb + vo) * (vb + vo) / (vb * vb / (b.n() - 1) + vo * vo / (o.n() - 1));
        double mean = o.mean() - b.mean();
        double halfWidth = TInterval.halfWidth(se, df, confidenceLevel);
        int n = Math.min(b.n(), o.n());
        return new Estimate(mean, se * Math.sqrt(n), mean - halfWidth, mean + halfWidth, n);
    }
}
