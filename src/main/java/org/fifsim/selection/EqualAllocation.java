package org.fifsim.selection;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The naive plan a selection is measured against: Nelson &amp; Matejcik's two-stage procedure with a Bonferroni
 * t-quantile, which gives every design the same count N = max(n0, ⌈(t S/δ)²⌉), t = t(1 − α/(k−1), n0 − 1) and S² the
 * largest first-stage variance of a paired difference. It needs no rounds, but every design pays for the noisiest
 * pair, whether or not it is in the race.
 */
final class EqualAllocation {
    private EqualAllocation() {
    }

    /**
     * Replications over all designs of the Bonferroni plan, from the first stage.
     *
     * @param firstStage each design's first n0 values (any common scale)
     */
    static long total(double[][] firstStage, int n0, double alpha, double delta) {
        int k = firstStage.length;
        if (k < 2) {
            return (long) k * n0;
        }
        double s2 = 0;
        for (int i = 0; i < k; i++) {
            for (int l = i + 1; l < k; l++) {
                s2 = Math.max(s2, Kn.pairedVariance(firstStage[i], firstStage[l], n0));
            }
        }
        double t = new TDistribution(null, n0 - 1).inverseCumulativeProbability(1 - alpha / (k - 1));
        long n = Math.max(n0, (long) Math.ceil(t * t * s2 / (delta * delta)));
        return k * n;
    }
}
