package org.fifsim.optimize;

import java.util.List;
import java.util.SplittableRandom;
import org.fifsim.selection.Responses;

/**
 * A newsvendor as a fake simulation: order q ("q=80"), exponential demand of mean 50, price 5, cost 1; one replication
 * is the mean profit of {@code days} independent days, and replication r draws the same demands for every q (common
 * random numbers, seeded by (seed, r) as the simulation seeds a replication). E[profit] = 250(1 − e^(−q/50)) − q, the
 * best q is 50 ln 5 = 80.47.
 */
final class Newsvendor implements Responses {
    private final long seed;
    private final int days;
    long replications;

    Newsvendor(long seed, int days) {
        this.seed = seed;
        this.days = days;
    }

    static double expected(double q) {
        return 250 * (1 - Math.exp(-q / 50)) - q;
    }

    @Override
    public double[][][] draw(List<Ask> asks) {
        double[][][] out = new double[asks.size()][][];
        for (int a = 0; a < asks.size(); a++) {
            Ask ask = asks.get(a);
            double q = Designs.value(ask.design(), 0);
            out[a] = new double[ask.count()][];
            for (int j = 0; j < ask.count(); j++) {
                SplittableRandom g = new SplittableRandom(seed * 1_000_003L + ask.from() + j);
                double profit = 0;
                for (int d = 0; d < days; d++) {
                    double demand = -50 * Math.log(1 - g.nextDouble());
                    profit += 5 * Math.min(q, demand) - q;
                }
                out[a][j] = new double[] {profit / days};
            }
            replications += ask.count();
        }
        return out;
    }
}
