package org.fifsim.stats;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.apache.commons.math3.stat.ranking.NaNStrategy;

/**
 * Empirical percentiles of per-replication values.
 *
 * <p>Method: Hyndman and Fan type 7 (commons-math3 {@link EstimationType#R_7}), linear
 * interpolation between order statistics at position {@code h = (n-1)p + 1}. It is the default of
 * R's {@code quantile} and numpy's {@code percentile}, so reported figures can be reproduced
 * there; commons-math3's own default (LEGACY) would not match them.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /** p5, p50 and p95 of {@code values}; see {@link #percentile(double[], double)}. */
    public static Spread spread(double[] values) {
        Checks.finiteSample(values, "values");
        Percentile estimator = estimator();
        estimator.setData(values);
        return new Spread(estimator.evaluate(5.0), estimator.evaluate(50.0), estimator.evaluate(95.0));
    }

    /**
     * The {@code p}-th percentile by the R-7 method. The input array is not modified.
     *
     * @param values finite values, at least one
     * @param p      percentile in (0, 100]
     * @throws IllegalArgumentException on empty or non-finite input or {@code p} out of range
     */
    public static double percentile(double[] values, double p) {
        Checks.finiteSample(values, "values");
        if (!(p > 0.0 && p <= 100.0)) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        return estimator().evaluate(values, p);
    }

    private static Percentile estimator() {
        return new Percentile().withEstimationType(EstimationType.R_7).withNaNStrategy(NaNStrategy.FAILED);
    }
}
