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
     * FROM[BINS + 1]} is infinite. Found once from {@link #binByLog}, which they reproduce exactly.
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
        for (int k = 0; k < CELL_BIN.length; k++) {
            CELL_BIN[k] = Math.max(1, binByLog(Double.longBitsToDouble(MIN_BITS + ((long) k << CELL_SHIFT))));
        }
    }

    /** The bin's definition: 1% wide on a log scale, 0 up to MIN (and for NaN), the last open upwards. */
    private static int binByLog(double v) {
        return v <= MIN ? 0 : (int) Math.min(BINS, 1 + Math.floor(Math.log(v / MIN) / LOG_GROWTH));
    }

    /**
     * The smallest positive double in bin {@code i} or above: bisected over the doubles' bits (the bin only grows
     * with the value, as the log does), in a window about {@code GROWTH^(i-1)} that widens until it brackets it.
     */
    private static double firstOf(int i) {
        long guess = Double.doubleToRawLongBits(MIN * Math.pow(GROWTH, i - 1));
        long lo;
        long hi;
        for (long w = 1 << 10; ; w *= 2) {
            lo = Math.max(MIN_BITS, guess - w);
            hi = Math.min(Double.doubleToRawLongBits(Double.MAX_VALUE), guess + w);
            if (binByLog(Double.longBitsToDouble(lo)) < i && binByLog(Double.longBitsToDouble(hi)) >= i) {
                break;
            }
        }
        while (hi - lo > 1) { // bin(lo) < i <= bin(hi)
            long mid = (lo + hi) >>> 1;
            if (binByLog(Double.longBitsToDouble(mid)) >= i) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return Double.longBitsToDouble(hi);
    }

    /**
     * The bin of {@code v}, as {@link #binByLog} gives it, without a logarithm (two per pack were a few percent of a
     * remote run, profiled): the cell of its upper bits, then at most a bin further where one begins inside the cell.
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
