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

    /**
     * Where each bin from the second on begins: {@code FROM[i]} is the smallest double in bin i or above; {@code
     * FROM[BINS + 1]} is infinite. Found once from the bins' definition ({@link #inOrAbove}).
     */
    private static final double[] FROM = new double[BINS + 2];
    /**
     * The bin of each cell of 1/128 octave from {@code MIN} up (a cell is narrower than a bin, so at most one bin
     * begins inside it), up to the cell where the last bin begins.
     */
    private static final int[] CELL_BIN;
    private static final long MIN_BITS = Double.doubleToRawLongBits(MIN);
    /** A cell's width in the bits of a double: 2^45 is 1/128 of an octave (the 7 upper mantissa bits). */
    private static final int CELL_SHIFT = 45;

    static {
        for (int i = 2; i <= BINS; i++) {
            FROM[i] = firstOf(i);
        }
        FROM[BINS + 1] = Double.POSITIVE_INFINITY;
        CELL_BIN = new int[(int) ((Double.doubleToRawLongBits(FROM[BINS]) - MIN_BITS) >>> CELL_SHIFT) + 1];
        int b = 1;
        for (int k = 0; k < CELL_BIN.length; k++) {
            double edge = Double.longBitsToDouble(MIN_BITS + ((long) k << CELL_SHIFT));
            while (FROM[b + 1] <= edge) {
                b++;
            }
            CELL_BIN[k] = b;
        }
    }

    /**
     * Whether {@code v} is in bin {@code i} (2 to BINS) or above by the bins' definition, {@code v <= MIN ? 0 :
     * (int) min(BINS, 1 + floor(log(v / MIN) / LOG_GROWTH))}, the formula the histogram applied to every value: for a
     * whole number {@code i - 1}, {@code floor(q) >= i - 1} exactly when {@code q >= i - 1}. (Without the floor, which
     * the interpreter runs slowly: this builds the tables at start-up.)
     */
    private static boolean inOrAbove(double v, int i) {
        return v > MIN && Math.log(v / MIN) / LOG_GROWTH >= i - 1;
    }

    /**
     * The smallest double in bin {@code i} or above: from {@code GROWTH^(i-1)} a step of one double at a time (the
     * bin only grows with the value, as the log does; the edge is within 20 doubles of it), a few logarithms per bin.
     */
    private static double firstOf(int i) {
        double v = MIN * Math.pow(GROWTH, i - 1);
        if (inOrAbove(v, i)) {
            while (inOrAbove(Math.nextDown(v), i)) {
                v = Math.nextDown(v);
            }
        } else {
            while (!inOrAbove(v, i)) {
                v = Math.nextUp(v);
            }
        }
        return v;
    }

    /**
     * The bin of {@code v} by the bins' definition ({@link #inOrAbove}), without a logarithm (two per pack, about 2% of
     * a remote run, profiled; the look-up takes half the formula's time): the cell of its upper bits, then one bin
     * further where one begins inside the cell.
     */
    static int bin(double v) {
        if (!(v > MIN)) {
            return 0;
        }
        long k = (Double.doubleToRawLongBits(v) - MIN_BITS) >>> CELL_SHIFT;
        if (k >= CELL_BIN.length) {
            return BINS;
        }
        int b = CELL_BIN[(int) k];
        while (v >= FROM[b + 1]) {
            b++;
        }
        return b;
    }

    void add(double v) {
        digest.add(v);
        counts[bin(v)]++;
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
