package org.fifsim.selection;

import java.util.Arrays;

/**
 * One design's replications so far, in replication order: the goal on the "larger is better" scale and each
 * constraint's excess over its bound. Plain growing arrays: the guarantee tests run millions of them.
 */
final class Samples {
    double[] better = new double[16];
    final double[][] excess;
    int n;

    Samples(int constraints) {
        excess = new double[constraints][16];
    }

    void add(double[] row, Goal goal, java.util.List<Constraint> constraints) {
        if (n == better.length) {
            better = Arrays.copyOf(better, 2 * n);
            for (int l = 0; l < excess.length; l++) {
                excess[l] = Arrays.copyOf(excess[l], 2 * n);
            }
        }
        better[n] = goal.better(row[0]);
        for (int l = 0; l < excess.length; l++) {
            excess[l][n] = constraints.get(l).excess(row[1 + l]);
        }
        n++;
    }

    /** Mean of the first r values on the "larger is better" scale. */
    double mean(int r) {
        double m = 0;
        for (int j = 0; j < r; j++) {
            m += better[j];
        }
        return m / r;
    }

    /** Mean of constraint l's excess over all values. */
    double meanExcess(int l) {
        double m = 0;
        for (int j = 0; j < n; j++) {
            m += excess[l][j];
        }
        return m / n;
    }
}
