package org.fifsim.optimize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.fifsim.selection.Responses;

/**
 * Two base-stock levels ("S1=31,S2=55") as a fake simulation: Poisson lead-time demands of means 20 and 40, one
 * replication is {@code cycles} replenishment cycles of each item; it returns S1 + S2 (the stock held) and each
 * item's fraction of cycles whose demand exceeds its level. Replication r draws the same demands whatever the levels.
 */
final class TwoItems implements Responses {
    private static final int MAX = 120;
    static final double[] MEANS = {20, 40};
    private final long seed;
    private final int cycles;
    private final Map<Integer, int[][]> exceeding = new HashMap<>();

    TwoItems(long seed, int cycles) {
        this.seed = seed;
        this.cycles = cycles;
    }

    /** P(D > s) for Poisson demand of the given mean. */
    static double stockOut(double mean, int s) {
        double p = Math.exp(-mean);
        double f = 0;
        for (int k = 0; k <= s; k++) {
            f += p;
            p *= mean / (k + 1);
        }
        return 1 - f;
    }

    @Override
    public double[][][] draw(List<Ask> asks) {
        double[][][] out = new double[asks.size()][][];
        for (int a = 0; a < asks.size(); a++) {
            Ask ask = asks.get(a);
            int s1 = (int) Designs.value(ask.design(), 0);
            int s2 = (int) Designs.value(ask.design(), 1);
            out[a] = new double[ask.count()][];
            for (int j = 0; j < ask.count(); j++) {
                int[][] above = tails(ask.from() + j);
                out[a][j] = new double[] {s1 + s2, above[0][s1] / (double) cycles, above[1][s2] / (double) cycles};
            }
        }
        return out;
    }

    private int[][] tails(int r) {
        return exceeding.computeIfAbsent(r, k -> {
            SplittableRandom g = new SplittableRandom(seed * 1_000_003L + k);
            int[][] above = new int[MEANS.length][];
            for (int i = 0; i < MEANS.length; i++) {
                int[] count = new int[MAX + 2];
                for (int c = 0; c < cycles; c++) {
                    count[poisson(MEANS[i], g.nextDouble())]++;
                }
                above[i] = new int[MAX + 1];
                int sum = count[MAX + 1];
                for (int s = MAX; s >= 0; s--) {
                    above[i][s] = sum;
                    sum += count[s];
                }
            }
            return above;
        });
    }

    /** Inversion by walking the distribution function (MAX + 1 for the far tail). */
    private static int poisson(double mean, double u) {
        double p = Math.exp(-mean);
        double f = p;
        int k = 0;
        while (f <= u && k <= MAX) {
            p *= mean / (k + 1);
            f += p;
            k++;
        }
        return k;
    }
}
