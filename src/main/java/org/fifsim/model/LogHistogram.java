package org.fifsim.model;

/**
 * Bounded-memory distribution of positive observations (lead times). Two views: bins 1% wide on a log scale from 1 s
 * to about 10^8 s for the histogram charts, and a t-digest for the quantiles. The bins alone quantised every quantile
 * to its bin's middle, so a p50 came out identical in every replication (false certainty); the digest keeps the
 * centroids' means, so quantiles move with the data, and its size stays bounded by the compression.
 */
final class LogHistogram {
    /** Centroids kept by the digest: about 2x this many at most, a few kB; quantile error well below 0.1%. */
    private static final double COMPRESSION = 200;
    private static final double MIN = 1.0;
    private static final double GROWTH = 1.01;
    private static final double LOG_GROWTH = Math.log(GROWTH);
    private static final int BINS = 1900;
    private final long[] counts = new long[BINS + 1];
    private long n;
    private final QuantileDigest digest = new QuantileDigest(COMPRESSION);

    void add(double v) {
        digest.add(v);
        int i = v <= MIN ? 0 : (int) Math.min(BINS, 1 + Math.floor(Math.log(v / MIN) / LOG_GROWTH));
        counts[i]++;
        n++;
    }

    void clear() {
        java.util.Arrays.fill(counts, 0);
        n = 0;
        digest.clear();
    }

    long count() {
        return n;
    }

    /** The q-quantile (0..1) of the observations, from the digest; NaN when empty. */
    double quantile(double q) {
        if (n == 0) {
            return Double.NaN;
        }
        return digest.quantile(q);
    }

    /** The non-empty bins, with bounds divided by {@code unit} (3600 gives hours). */
    org.fifsim.results.Histogram export(double unit) {
        int k = 0;
        for (long c : counts) {
            k += c > 0 ? 1 : 0;
        }
        double[] lower = new double[k];
        double[] upper = new double[k];
        long[] n = new long[k];
        int j = 0;
        for (int i = 0; i <= BINS; i++) {
            if (counts[i] > 0) {
                lower[j] = (i == 0 ? 0 : MIN * Math.pow(GROWTH, i - 1)) / unit;
                upper[j] = MIN * Math.pow(GROWTH, i) / unit;
                n[j++] = counts[i];
            }
        }
        return new org.fifsim.results.Histogram(lower, upper, n);
    }
}
