package org.fifsim.selection;

/**
 * The constants and the continuation region of Kim &amp; Nelson's fully sequential procedure (ACM TOMACS 11(3), 2001),
 * with c = 1. Screening uses the variance of the paired differences X_ij - X_lj, which is what makes common random
 * numbers legal and what shrinks the work when designs share their randomness.
 */
final class Kn {
    private Kn() {
    }

    /** η = ½[(2α/(k−1))^(−2/(n0−1)) − 1] for k designs and error α. */
    static double eta(double alpha, int k, int n0) {
        return 0.5 * (Math.pow(2 * alpha / (k - 1), -2.0 / (n0 - 1)) - 1);
    }

    /** h² = 2η(n0 − 1). */
    static double h2(double eta, int n0) {
        return 2 * eta * (n0 - 1);
    }

    /** W_il(r) = max{0, (δ/(2r))(h²S²_il/δ² − r)}: how far below l design i may be after r replications and stay. */
    static double w(double h2, double s2, double delta, int r) {
        return Math.max(0, delta / (2.0 * r) * (h2 * s2 / (delta * delta) - r));
    }

    /** The sample variance of x_j − y_j over the first n values: S²_il. */
    static double pairedVariance(double[] x, double[] y, int n) {
        double mean = 0;
        for (int j = 0; j < n; j++) {
            mean += x[j] - y[j];
        }
        mean /= n;
        double ss = 0;
        for (int j = 0; j < n; j++) {
            double d = x[j] - y[j] - mean;
            ss += d * d;
        }
        return ss / (n - 1);
    }
}
