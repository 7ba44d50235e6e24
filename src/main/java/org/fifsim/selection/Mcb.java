package org.fifsim.selection;

/**
 * A multiple-comparisons-with-the-best interval (Hsu 1984; Nelson &amp; Matejcik 1995), in the KPI's unit, for
 * "this design's mean minus the best of the others": for a cost, how much dearer than the best other it may be. With
 * the selection's probability, every feasible design's interval holds at once.
 *
 * @param low lower bound
 * @param high upper bound
 */
public record Mcb(double low, double high) {

    /**
     * The intervals for means on the "larger is better" scale: [−(d − δ)⁻, (d + δ)⁺], d = X̄_i − max_{l≠i} X̄_l, then
     * turned back to the KPI's direction.
     *
     * @param better each design's mean, larger is better
     * @return the interval of each, in the same order; empty for fewer than two designs
     */
    static Mcb[] of(double[] better, double delta, boolean maximize) {
        int k = better.length;
        Mcb[] out = new Mcb[k];
        if (k < 2) {
            return out;
        }
        for (int i = 0; i < k; i++) {
            double others = Double.NEGATIVE_INFINITY;
            for (int l = 0; l < k; l++) {
                if (l != i) {
                    others = Math.max(others, better[l]);
                }
            }
            double d = better[i] - others;
            double lo = Math.min(0, d - delta);
            double hi = Math.max(0, d + delta);
            out[i] = maximize ? new Mcb(lo, hi) : new Mcb(0.0 - hi, 0.0 - lo); // 0.0 - x: no -0.0 in a report
        }
        return out;
    }
}
