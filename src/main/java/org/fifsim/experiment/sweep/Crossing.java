package org.fifsim.experiment.sweep;

/**
 * Where the difference between two designs changes sign along a varied parameter (a break-even), with an interval for
 * that position. The crossing is where the <em>mean</em> difference reaches zero; its interval runs between the
 * positions where the lower and the upper 95% bound of the difference reach zero. The significance point (where the
 * interval first includes zero) is one end of that interval, not the break-even: it moves with the number of
 * replications, the mean crossing does not.
 *
 * <p>Each position is interpolated linearly between the two points around the first sign change of its curve, walking
 * the points in the order given. A bound that never changes sign leaves that end open (beyond the swept range).
 *
 * @param kind how the mean difference crosses
 * @param mean where the mean difference is zero
 * @param low  where the lower bound of the interval is zero
 * @param high where the upper bound of the interval is zero
 * @param zeroInsideAtStart whether the first point's interval contains zero (with no bound crossing, it then
 *        contains zero at every point: the difference is never clear)
 */
public record Crossing(Kind kind, Position mean, Position low, Position high, boolean zeroInsideAtStart) {

    /** How the mean difference crosses zero. */
    public enum Kind {
        /** The mean keeps its sign at every point. */
        NONE,
        /** The mean is zero already at the first point. */
        AT_FIRST_POINT,
        /** The mean changes sign between two points. */
        SIGN
    }

    /**
     * A position on the walked points.
     *
     * @param index    the first point at or past the zero (0 for the first point; -1 when there is none)
     * @param fraction how far from point {@code index-1} towards {@code index} the zero lies, in [0, 1]
     * @param x        the interpolated position on the axis (NaN when there is none)
     */
    public record Position(int index, double fraction, double x) {
        static final Position NONE = new Position(-1, Double.NaN, Double.NaN);

        public boolean found() {
            return index >= 0;
        }

        /** The value of another quantity at this position, interpolated the same way (e.g. vehicles built). */
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

    /** True when the mean difference changes sign (or is zero) somewhere on the walked points. */
    public boolean found() {
        return kind != Kind.NONE;
    }

    /** The point at which the mean crossing is seen; -1 when there is none. */
    public int index() {
        return mean.index();
    }

    /** The position of the mean crossing on the axis; NaN when there is none. */
    public double x() {
        return mean.x();
    }

    /** Another quantity at the mean crossing. */
    public double interpolate(double[] values) {
        return mean.interpolate(values);
    }

    /** The two ends of the crossing's interval in axis order (smaller x first); an open end is NaN. */
    public double[] interval() {
        double a = low.x();
        double b = high.x();
        if (Double.isFinite(a) && Double.isFinite(b) && a > b) {
            return new double[] {b, a};
        }
        return new double[] {a, b};
    }

    /**
     * Finds the crossing of a difference curve.
     *
     * @param x    the parameter at each point, in the order walked (need not be increasing)
     * @param mean the mean difference at each point
     * @param low  the lower interval bound at each point (NaN: interval unknown, its ends stay open)
     * @param high the upper interval bound at each point
     */
    public static Crossing find(double[] x, double[] mean, double[] low, double[] high) {
        int n = x.length;
        if (mean.length != n || low.length != n || high.length != n) {
            throw new IllegalArgumentException("x, mean, low and high need the same length");
        }
        Position m = zero(x, mean);
        Kind kind = !m.found() ? Kind.NONE : m.index() == 0 ? Kind.AT_FIRST_POINT : Kind.SIGN;
        boolean inside = n > 0 && low[0] <= 0 && high[0] >= 0;
        return new Crossing(kind, m, zero(x, low), zero(x, high), inside);
    }

    /** The first zero of a piecewise-linear curve through the points; NONE when it keeps its sign (or is unknown). */
    static Position zero(double[] x, double[] y) {
        if (y.length == 0 || !Double.isFinite(y[0])) {
            return Position.NONE;
        }
        if (y[0] == 0) {
            return new Position(0, 0, x[0]);
        }
        for (int i = 1; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                return Position.NONE;
            }
            if (y[i] == 0 || Math.signum(y[i]) != Math.signum(y[i - 1])) {
                double f = zeroAt(y[i - 1], y[i]);
                return new Position(i, f, x[i - 1] + f * (x[i] - x[i - 1]));
            }
        }
        return Position.NONE;
    }

    /** Where the line through (0, a) and (1, b) is zero, kept within [0, 1]. */
    static double zeroAt(double a, double b) {
        if (a == b) {
            return 1.0;
        }
        double f = a / (a - b);
        return Math.max(0.0, Math.min(1.0, f));
    }
}
