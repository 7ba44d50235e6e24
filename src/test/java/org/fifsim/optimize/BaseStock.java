package org.fifsim.optimize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.fifsim.selection.Responses;

/**
 * A base-stock level S ("S=85") as a fake simulation: Poisson lead-time demand of mean 60; one replication is a year
 * of {@code cycles} replenishment cycles and returns S (the cost) and the fraction of cycles whose demand exceeds S
 * (the stock-out probability, about 0.001 near the answer, so a replication must average many cycles, as a simulated
 * year does). Replication r draws the same demands for every S: its tail counts are computed once and kept.
 */
final class BaseStock implements Responses {
    private static final int MAX = 200;
    private static final double[] CDF = cdf(60);
    private final long seed;
    private final int cycles;
    private final Map<Integer, int[]> exceeding = new HashMap<>();
    long replications;

    BaseStock(long seed, int cycles) {
        this.seed = seed;
        this.cycles = cycles;
    }

    /** P(D > s) for Poisson demand of mean 60. */
    static double stockOut(int s) {
        return 1 - CDF[s];
    }

    @Override
    public double[][][] draw(List<Ask> asks) {
        double[][][] out = new double[asks.size()][][];
        for (int a = 0; a < asks.size(); a++) {
            Ask ask = asks.get(a);
            int s = (int) Designs.value(ask.design(), 0);
            out[a] = new double[ask.count()][];
            for (int j = 0; j < ask.count(); j++) {
                out[a][j] = new double[] {s, tail(ask.from() + j)[s] / (double) cycles};
            }
            replications += ask.count();
        }
        return out;
    }

    /** Replication r's count of cycles with demand above each level. */
    private int[] tail(int r) {
        return exceeding.computeIfAbsent(r, k -> {
            SplittableRandom g = new SplittableRandom(seed * 1_000_003L + k);
            int[] count = new int[MAX + 2];
            for (int c = 0; c < cycles; c++) {
                count[poisson(g.nextDouble())]++;
            }
            int[] above = new int[MAX + 1];
            int sum = count[MAX + 1];
            for (int s = MAX; s >= 0; s--) {
                above[s] = sum;
                sum += count[s];
            }
            return above;
        });
    }

    /** The inverse of the Poisson(60) distribution function (MAX + 1 for the far tail). */
    private static int poisson(double u) {
        int lo = 0;
        int hi = MAX + 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mid <= MAX && CDF[mid] <= u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] cdf(double mean) {
        double[] f = new double[MAX + 1];
        double p = Math.exp(-mean);
        double sum = 0;
        for (int k = 0; k <= MAX; k++) {
            sum += p;
            f[k] = sum;
            p *= mean / (k + 1);
        }
        return f;
    }
}
