package org.fifsim.selection;

/**
 * The sequential feasibility check of Andradóttir &amp; Kim (NRL 57(5), 2010) and Batur &amp; Kim (2010) for one design and
 * one constraint E[Y] &lt;= q with tolerance ε: Z(r) = Σ(Y_j − q) walks until it leaves the triangle ±R(r),
 * R(r) = max{0, h²S²/(2ε) − εr/2}. Below it: feasible; above it: infeasible. With β = α_F/(k·s) per check, every
 * design and constraint is called correctly with probability at least 1 − α_F when no mean lies within ε of its bound.
 */
final class FeasibilityCheck {
    /** A check's answer so far. */
    enum Verdict { FEASIBLE, INFEASIBLE, UNDECIDED }

    private FeasibilityCheck() {
    }

    /** η = ½[(2β)^(−2/(n0−1)) − 1]. */
    static double eta(double beta, int n0) {
        return 0.5 * (Math.pow(2 * beta, -2.0 / (n0 - 1)) - 1);
    }

    /** R(r) = max{0, h²S²/(2ε) − εr/2}. */
    static double r(double h2, double s2, double eps, int r) {
        return Math.max(0, h2 * s2 / (2 * eps) - eps * r / 2);
    }

    /**
     * The verdict after r values of the excess Y − q (already on the "at most" scale).
     *
     * @param excess Y_j − q, the first r used
     * @param s2 the first-stage variance of Y
     */
    static Verdict decide(double[] excess, int r, double h2, double s2, double eps) {
        double z = 0;
        for (int j = 0; j < r; j++) {
            z += excess[j];
        }
        double bound = r(h2, s2, eps, r);
        if (z <= -bound) {
            return Verdict.FEASIBLE;
        }
        if (z >= bound) {
            return Verdict.INFEASIBLE;
        }
        return Verdict.UNDECIDED;
    }

    /** The sample variance of the first n values. */
    static double variance(double[] y, int n) {
        double mean = 0;
        for (int j = 0; j < n; j++) {
            mean += y[j];
        }
        mean /= n;
        double ss = 0;
        for (int j = 0; j < n; j++) {
            ss += (y[j] - mean) * (y[j] - mean);
        }
        return ss / (n - 1);
    }
}
