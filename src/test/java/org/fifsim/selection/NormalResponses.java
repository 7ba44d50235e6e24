package org.fifsim.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A fake oracle: normal responses with a chosen correlation across designs, as common random numbers give. Value c of
 * design i in replication j is μ_ic + σ(√ρ Z_jc + √(1−ρ) E_ijc): Z shared by all designs in replication j. Replication
 * j's numbers come from its own generator, so they do not depend on which designs or ranges were asked first.
 */
final class NormalResponses implements Responses {
    private final Map<String, double[]> means;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final double sigma;
    private final double rho;
    private final long seed;
    private final int columns;
    private double[][][] rows = new double[0][][];
    final List<List<Ask>> calls = new ArrayList<>();

    /** @param means each design's mean of each response column (goal first, then constraints) */
    NormalResponses(Map<String, double[]> means, double sigma, double rho, long seed) {
        this.means = means;
        this.sigma = sigma;
        this.rho = rho;
        this.seed = seed;
        columns = means.values().iterator().next().length;
        for (String name : means.keySet()) {
            index.put(name, index.size());
        }
    }

    /** k designs of one column: the first at {@code best}, the rest at 0. */
    static Map<String, double[]> slippage(int k, double best) {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (int i = 0; i < k; i++) {
            m.put("d" + i, new double[] {i == 0 ? best : 0});
        }
        return m;
    }

    /** The designs' names, in the order given. */
    List<String> index() {
        return List.copyOf(index.keySet());
    }

    @Override
    public double[][][] draw(List<Ask> asks) {
        calls.add(List.copyOf(asks));
        double[][][] out = new double[asks.size()][][];
        for (int a = 0; a < asks.size(); a++) {
            Ask ask = asks.get(a);
            int i = index.get(ask.design());
            double[] mu = means.get(ask.design());
            out[a] = new double[ask.count()][columns];
            for (int j = 0; j < ask.count(); j++) {
                double[][] noise = replication(ask.from() + j);
                for (int c = 0; c < columns; c++) {
                    out[a][j][c] = mu[c] + sigma * (Math.sqrt(rho) * noise[0][c] + Math.sqrt(1 - rho) * noise[1 + i][c]);
                }
            }
        }
        return out;
    }

    /** Replication j's standard normals: row 0 the common ones, row 1 + i design i's own. */
    private double[][] replication(int j) {
        if (j >= rows.length) {
            rows = Arrays.copyOf(rows, Math.max(j + 1, 2 * rows.length));
        }
        if (rows[j] == null) {
            SplittableRandom g = new SplittableRandom(seed * 1_000_003L + j);
            double[][] z = new double[1 + index.size()][columns];
            for (double[] row : z) {
                for (int c = 0; c < columns; c++) {
                    row[c] = g.nextGaussian();
                }
            }
            rows[j] = z;
        }
        return rows[j];
    }
}
