package org.fifsim.explain;

/**
 * Shapley values of a difference over groups: {@code v[T]} is a KPI of the design that takes the groups in bit set T
 * from B and the rest from A (so {@code v[0]} is A, {@code v[2^m - 1]} is B). Group g's share is the weighted mean
 * of what adding g does, over every set T of the other groups:
 * {@code phi_g = sum_T |T|! (m-|T|-1)! / m! * (v[T + g] - v[T])}; the shares add up to {@code v[all] - v[0]}
 * (SELECTION-NOTES.md). Exact over all 2^m sets, so kept to few groups.
 */
public final class Shapley {
    /** 2^6 = 64 designs: beyond that the designs cost more than an attribution is worth; merge groups instead. */
    public static final int MAX_GROUPS = 6;

    private Shapley() {
    }

    /**
     * The shares of the m groups.
     *
     * @param v one value per group set, indexed by the set's bits (length 2^m, m from 0 to {@link #MAX_GROUPS})
     */
    public static double[] shares(double[] v) {
        int m = groups(v.length);
        double[] weight = weights(m);
        double[] phi = new double[m];
        for (int g = 0; g < m; g++) {
            int bit = 1 << g;
            double sum = 0;
            for (int t = 0; t < v.length; t++) {
                if ((t & bit) == 0) {
                    sum += weight[Integer.bitCount(t)] * (v[t | bit] - v[t]);
                }
            }
            phi[g] = sum;
        }
        return phi;
    }

    /** What each group does alone, added to A: {@code v[{g}] - v[0]}; their sum falls short of the total by the interaction. */
    public static double[] alone(double[] v) {
        int m = groups(v.length);
        double[] out = new double[m];
        for (int g = 0; g < m; g++) {
            out[g] = v[1 << g] - v[0];
        }
        return out;
    }

    /** {@code |T|! (m-|T|-1)! / m!} by the size of T. */
    private static double[] weights(int m) {
        double[] w = new double[Math.max(m, 1)];
        for (int s = 0; s < m; s++) {
            w[s] = factorial(s) * factorial(m - s - 1) / factorial(m);
        }
        return w;
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    private static int groups(int sets) {
        int m = Integer.numberOfTrailingZeros(sets);
        if (sets < 1 || Integer.bitCount(sets) != 1 || m > MAX_GROUPS) {
            throw new IllegalArgumentException("need one value per group set, 2^m of them with m <= " + MAX_GROUPS
                    + ", got " + sets);
        }
        return m;
    }
}
