package org.fifsim.experiment.sweep;

/**
 * Where two designs stop being distinguishable along a varied parameter: walking the points in the order given, the
 * first point where the 95% interval of the paired difference includes zero, or where the sign of the mean difference
 * changes (a jump from clearly above to clearly below zero). The position is interpolated linearly between that point
 * and the one before: on the interval bound that reaches zero in the first case, on the mean in the second.
 *
 * @param kind     {@link Kind}
 * @param index    the point at which the crossing is seen (0 for the first point; -1 when there is none)
 * @param fraction how far from point {@code index-1} towards {@code index} the crossing lies, in [0, 1]
 * @param x        the interpolated position on the axis (NaN when there is none)
 */
public record Crossing(Kind kind, int index, double fraction, double x) {

    /** How the crossing was found. */
    public enum Kind {
        /** No point's interval includes zero and the mean keeps its sign. */
        NONE,
        /** The interval includes zero (or the mean is zero) already at the first point. */
        AT_FIRST_POINT,
        /** The interval reaches zero between two points. */
        INTERVAL,
        /** The mean changes sign between two points while both intervals exclude zero. */
        SIGN
    }

    public boolean found() {
        return kind != Kind.NONE;
    }

    /**
     * Finds the crossing of a difference curve.
     *
     * @param x    the parameter at each point, in the order walked (need not be increasing)
     * @param mean the mean difference at each point
     * @param low  the lower interval bound at each point (NaN: interval unknown, only the mean's sign is used)
     * @param high the upper interval bound at each point
     */
    public static Crossing find(double[] x, double[] mean, double[] low, double[] high) {
        int n = x.length;
        if (mean.length != n || low.length != n || high.length != n) {
            throw new IllegalArgumentException("x, mean, low and high need the same length");
        }
        if (n == 0) {
            return none();
        }
        if (includesZero(low[0], high[0]) || mean[0] == 0) {
            return new Crossing(Kind.AT_FIRST_POINT, 0, 0, x[0]);
        }
        for (int i = 1; i < n; i++) {
            if (includesZero(low[i], high[i])) {
                double f;
                if (Double.isFinite(low[i - 1]) && Double.isFinite(high[i - 1])) {
                    // the bound nearer zero: the lower one when the previous interval was above zero
                    boolean above = low[i - 1] > 0;
                    double b0 = above ? low[i - 1] : high[i - 1];
                    double b1 = above ? low[i] : high[i];
                    f = zeroAt(b0, b1);
                } else {
                    f = Math.signum(mean[i]) != Math.signum(mean[i - 1]) ? zeroAt(mean[i - 1], mean[i]) : 1.0;
                }
                return at(Kind.INTERVAL, i, f, x);
            }
            if (mean[i] == 0 || Math.signum(mean[i]) != Math.signum(mean[i - 1])) {
                return at(Kind.SIGN, i, zeroAt(mean[i - 1], mean[i]), x);
            }
        }
        return none();
    }

    private static Crossing none() {
        return new Crossing(Kind.NONE, -1, Double.NaN, Double.NaN);
    }

    private static Crossing at(Kind kind, int i, double f, double[] x) {
        return new Crossing(kind, i, f, x[i - 1] + f * (x[i] - x[i - 1]));
    }

    /** Where the line through (0, a) and (1, b) is zero, kept within [0, 1]. */
    static double zeroAt(double a, double b) {
        if (a == b) {
            return 1.0;
        }
        double f = a / (a - b);
        return Math.max(0.0, Math.min(1.0, f));
    }

    private static boolean includesZero(double low, double high) {
        return Double.isFinite(low) && Double.isFinite(high) && low <= 0 && 0 <= high;
    }

    /** The value of another quantity at the crossing, interpolated the same way (e.g. vehicles built there). */
    public double interpolate(double[] values) {
        if (!found()) {
            return Double.NaN;
        }
        if (index == 0) {
            return values[0];
        }
        return values[index - 1] + fraction * (values[index] - values[index - 1]);
    }
}
