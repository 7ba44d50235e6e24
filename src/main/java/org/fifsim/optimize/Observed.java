package org.fifsim.optimize;

import java.util.Arrays;

/**
 * One design's replications as the search collected them: always replications 0, 1, …, n − 1, so any two designs
 * share their first min(n) replications' random numbers and can be compared paired.
 */
final class Observed {
    final String name;
    private final int[] levels;
    private final Criteria criteria;
    private double[] better = new double[8];
    private final double[][] excess;
    private int n;

    Observed(String name, int[] levels, Criteria criteria) {
        this.name = name;
        this.levels = levels.clone();
        this.criteria = criteria;
        excess = new double[criteria.constraints().size()][8];
    }

    int[] levels() {
        return levels.clone();
    }

    int n() {
        return n;
    }

    void add(double[] row) {
        if (row.length != criteria.columns()) {
            throw new IllegalStateException(name + ": a response row has " + row.length + " values, expected "
                    + criteria.columns());
        }
        if (n == better.length) {
            better = Arrays.copyOf(better, 2 * n);
            for (int l = 0; l < excess.length; l++) {
                excess[l] = Arrays.copyOf(excess[l], 2 * n);
            }
        }
        better[n] = criteria.better(row);
        for (int l = 0; l < excess.length; l++) {
            excess[l][n] = criteria.excess(row, l);
        }
        n++;
    }

    /** The objective of the first r replications, larger is better. */
    double[] better(int r) {
        return Arrays.copyOf(better, r);
    }

    /** Constraint l's excess over its bound in the first r replications. */
    double[] excess(int l, int r) {
        return Arrays.copyOf(excess[l], r);
    }

    double mean(int r) {
        return average(better, r);
    }

    double meanExcess(int l, int r) {
        return average(excess[l], r);
    }

    /** How far the constraint means over the first r replications are from their bounds, in tolerances; 0: feasible. */
    double violation(int r) {
        double v = 0;
        for (int l = 0; l < excess.length; l++) {
            v += Math.max(0, meanExcess(l, r)) / criteria.constraints().get(l).eps();
        }
        return v;
    }

    boolean feasible(int r) {
        return violation(r) == 0;
    }

    /**
     * Whether this design beats {@code other} on their first r replications (the sample path both were run on): a
     * feasible one beats an infeasible one, two feasible ones go by objective, two infeasible ones by how far they
     * are from feasibility (then objective), so a search with no feasible design yet walks toward one.
     */
    boolean beats(Observed other, int r) {
        double v = violation(r);
        double w = other.violation(r);
        if (v == 0 && w == 0) {
            return mean(r) > other.mean(r);
        }
        if (v == 0 || w == 0) {
            return v == 0;
        }
        return v < w || v == w && mean(r) > other.mean(r);
    }

    private static double average(double[] x, int r) {
        double s = 0;
        for (int j = 0; j < r; j++) {
            s += x[j];
        }
        return s / r;
    }
}
