package org.fifsim.results;

/** Counts of observations in bins [lower[i], lower[i+1]); empty bins left out, so it stays small. */
public record Histogram(double[] lower, double[] upper, long[] counts) implements java.io.Serializable {

    public static Histogram empty() {
        return new Histogram(new double[0], new double[0], new long[0]);
    }

    public long total() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }
}
