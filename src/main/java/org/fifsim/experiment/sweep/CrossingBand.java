package org.fifsim.experiment.sweep;

import java.util.Arrays;

/**
 * The factor band of a break-even: where the difference curve crosses zero under each joint factor draw (the same
 * draws at every point and in both designs), and the 5th and 95th percentiles of those crossings. Replication noise
 * shrinks with more replications; this spread does not, so a break-even quoted for a decision carries both.
 *
 * <p>Each draw's crossing is found with the sweep's own rule ({@link Crossing#zero}: the first sign change along the
 * walked points, interpolated linearly) and read on the chart's axis. A draw whose curve keeps its sign has its
 * crossing outside the swept range, on the side where the difference is nearer zero (where a straight curve would
 * reach it): it is counted there and ranked as -∞ or +∞. A percentile that falls on such draws is not a number but an
 * open end (with 1,000 draws: when 50 or more, 5%, cross beyond that end). A draw whose curve is undefined at a point,
 * or the same non-zero value at both ends, has no crossing anywhere: it is counted apart and left out.
 *
 * @param draws        factor draws
 * @param p5           5th percentile of the crossing on the axis; -∞ or +∞ when it lies beyond that end of the range
 * @param p95          95th percentile, likewise
 * @param below        share of the draws crossing below the swept range (smaller axis values)
 * @param above        share crossing above it
 * @param undetermined share with no crossing anywhere
 * @param rangeLow     the smallest axis value of the swept points (for "below 212,000")
 * @param rangeHigh    the largest
 */
public record CrossingBand(int draws, double p5, double p95, double below, double above, double undetermined,
        double rangeLow, double rangeHigh) {

    /** Share of draws beyond the range on one side above which that end of the band is open. */
    public static final double OPEN_SHARE = 0.05;

    /** True when the 5th percentile lies below the swept range: the band has no lower end in it. */
    public boolean openBelow() {
        return p5 == Double.NEGATIVE_INFINITY;
    }

    /** True when the 95th percentile lies above the swept range. */
    public boolean openAbove() {
        return p95 == Double.POSITIVE_INFINITY;
    }

    /** Share of the draws whose crossing lies outside the swept range, either side. */
    public double outside() {
        return below + above;
    }

    /**
     * The band from the difference curves of each draw.
     *
     * @param x      the walk positions of the points (as {@link Crossing#find} gets them)
     * @param axis   the chart's axis at each point (the first key, or the x KPI's mean): crossings are read on it
     * @param curves {@code curves[d][i]}: the difference at point i under draw d
     */
    public static CrossingBand of(double[] x, double[] axis, double[][] curves) {
        int n = curves.length;
        double[] ranked = new double[n];
        int kept = 0;
        int below = 0;
        int above = 0;
        for (double[] y : curves) {
            double at = crossing(x, axis, y);
            if (Double.isNaN(at)) {
                continue;
            }
            if (at == Double.NEGATIVE_INFINITY) {
                below++;
            } else if (at == Double.POSITIVE_INFINITY) {
                above++;
            }
            ranked[kept++] = at;
        }
        ranked = Arrays.copyOf(ranked, kept);
        Arrays.sort(ranked);
        double lo = Arrays.stream(axis).min().orElse(Double.NaN);
        double hi = Arrays.stream(axis).max().orElse(Double.NaN);
        double share = n == 0 ? Double.NaN : 1.0 / n;
        return new CrossingBand(n, percentile(ranked, 5), percentile(ranked, 95), below * share, above * share,
                (n - kept) * share, lo, hi);
    }

    /**
     * One draw's crossing on the axis: inside the range a number, beyond it -∞ (below) or +∞ (above), NaN when the
     * curve has no crossing anywhere.
     */
    static double crossing(double[] x, double[] axis, double[] y) {
        for (double v : y) {
            if (!Double.isFinite(v)) {
                return Double.NaN;
            }
        }
        Crossing.Position p = Crossing.zero(x, y);
        if (p.found()) {
            return p.interpolate(axis);
        }
        int last = y.length - 1;
        double first = Math.abs(y[0]);
        double end = Math.abs(y[last]);
        if (first == end) {
            return Double.NaN;
        }
        // the curve is nearer zero at the end it would reach zero beyond
        double side = first < end ? axis[0] : axis[last];
        double other = first < end ? axis[last] : axis[0];
        if (side == other) {
            return Double.NaN;
        }
        return side < other ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    /**
     * The p-th percentile by R-7 (as {@link org.fifsim.stats.Percentiles}), on sorted values that may hold -∞ and +∞
     * for crossings beyond the range: when an order statistic it interpolates is infinite, the percentile lies beyond
     * that end and is that infinity; NaN for no values.
     */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p / 100.0;
        int lo = (int) Math.floor(h);
        int hi = (int) Math.ceil(h);
        if (Double.isInfinite(sorted[lo])) {
            return sorted[lo];
        }
        if (Double.isInfinite(sorted[hi])) {
            return sorted[hi];
        }
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
