package org.fifsim.model;

/**
 * Bounded-memory histogram for positive observations (lead times): bins 1% wide on a log scale from 1 s to about
 * 10^8 s, so quantiles are exact to within 1% whatever the number of packs, and memory stays fixed.
 */
final class LogHistogram {
    private static final double MIN = 1.0;
    private static final double GROWTH = 1.01;
    private static final double LOG_GROWTH = Math.log(GROWTH);
    private static final int BINS = 1900;
    private final long[] counts = new long[BINS + 1];
    private long n;

    void add(double v) {
        int i = v <= MIN ? 0 : (int) Math.min(BINS, 1 + Math.floor(Math.log(v / MIN) / LOG_GROWTH));
        counts[i]++;
        n++;
    }

    void clear() {
        java.util.Arrays.fill(counts, 0);
        n = 0;
    }

    long count() {
        return n;
    }

    /** The q-quantile (0..1) taken at the geometric middle of its bin; NaN when empty. */
    double quantile(double q) {
        if (n == 0) {
            return Double.NaN;
        }
        long rank = (long) Math.ceil(q * n);
        long seen = 0;
        for (int i = 0; i <= BINS; i++) {
            seen += counts[i];
            if (seen >= Math.max(1, rank)) {
                return i == 0 ? MIN : MIN * Math.pow(GROWTH, i - 0.5);
            }
        }
        return MIN * Math.pow(GROWTH, BINS);
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
