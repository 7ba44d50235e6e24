package org.fifsim.stats;

/**
 * Sample mean and (n-1) variance in one numerically stable pass (Welford), so large
 * offsets such as cumulative output counts do not lose precision to cancellation.
 */
record Moments(int n, double mean, double variance) {

    /** Variance is NaN for n &lt; 2, because one observation says nothing about spread. */
    static Moments of(double[] values) {
        double mean = 0.0;
        double m2 = 0.0;
        for (int i = 0; i < values.length; i++) {
            double delta = values[i] - mean;
            mean += delta / (i + 1);
            m2 += delta * (values[i] - mean);
        }
        int n = values.length;
        return new Moments(n, mean, n < 2 ? Double.NaN : m2 / (n - 1));
    }
}
