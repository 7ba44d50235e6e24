package org.fifsim.stats;

/**
 * Warm-up (initial transient) detection by MSER (White 1997, "Marginal Standard Error Rule");
 * with batches of 5 this is MSER-5, the common default in the simulation literature.
 *
 * <p>Observations are averaged in consecutive batches of {@code batchSize}; a trailing partial
 * batch is ignored. For each candidate truncation of {@code d} batches, {@code 0 <= d <= k/2}
 * (k = number of batches), the statistic is
 * {@code sum over the remaining m = k-d batch means of (Z_j - mean)² / m²}, roughly the squared
 * standard error of the truncated mean. Dropping biased early data lowers it; dropping good data
 * raises it through the shrinking m. The smallest {@code d} attaining the minimum is chosen. The
 * search stops at half the batches because beyond that the statistic rewards discarding data
 * whose tail happens to be quiet.
 */
public final class Mser {

    /** Batch size of MSER-5. */
    public static final int DEFAULT_BATCH_SIZE = 5;

    private Mser() {
    }

    /** MSER-5: {@link #suggestTruncation(double[], int)} with batches of 5. */
    public static MserResult suggestTruncation(double[] series) {
        return suggestTruncation(series, DEFAULT_BATCH_SIZE);
    }

    /**
     * Suggested warm-up truncation of a single run's time series.
     *
     * <p>A series with fewer than two complete batches cannot be judged: the result is truncation
     * 0 with {@code atLimit} true.
     *
     * @param series    observations in time order (e.g. WIP or throughput per period), finite
     * @param batchSize observations per batch, at least 1 (1 gives plain MSER)
     * @return truncation as an index into {@code series}, i.e. {@code d * batchSize}
     * @throws IllegalArgumentException on non-finite values or {@code batchSize < 1}
     */
    public static MserResult suggestTruncation(double[] series, int batchSize) {
        Checks.finite(series, "series");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        double[] batchMeans = batchMeans(series, batchSize);
        int k = batchMeans.length;
        int limit = k / 2;
        if (k < 2) {
            return new MserResult(0, k, true);
        }
        double[] statistic = statisticByTruncation(batchMeans, limit);
        int best = 0;
        for (int d = 1; d <= limit; d++) {
            if (statistic[d] < statistic[best]) {
                best = d;
            }
        }
        return new MserResult(best * batchSize, k, best == limit);
    }

    private static double[] batchMeans(double[] series, int batchSize) {
        double[] means = new double[series.length / batchSize];
        for (int j = 0; j < means.length; j++) {
            double sum = 0.0;
            for (int i = j * batchSize; i < (j + 1) * batchSize; i++) {
                sum += series[i];
            }
            means[j] = sum / batchSize;
        }
        return means;
    }

    /**
     * The MSER statistic for truncations 0..limit, in O(k): a backward Welford pass accumulates
     * the sum of squared deviations of each suffix without the cancellation of sum-of-squares.
     */
    private static double[] statisticByTruncation(double[] z, int limit) {
        double[] statistic = new double[limit + 1];
        double mean = 0.0;
        double ssd = 0.0;
        for (int j = z.length - 1; j >= 0; j--) {
            int m = z.length - j;
            double delta = z[j] - mean;
            mean += delta / m;
            ssd += delta * (z[j] - mean);
            if (j <= limit) {
                statistic[j] = ssd / ((double) m * m);
            }
        }
        return statistic;
    }
}
