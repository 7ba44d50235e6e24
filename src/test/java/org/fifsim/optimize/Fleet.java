package org.fifsim.optimize;

import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.fifsim.selection.Responses;

/**
 * A fleet of c trucks ("c=14") as a fake simulation: an M/M/c queue, arrival rate 10, service rate 1 per truck, first
 * come first served. One replication serves {@code customers} customers after a warm-up of 100 and returns c (the
 * cost) and the fraction who found every truck busy (Erlang C in the limit: 0.174 at c = 14, 0.285 at c = 13).
 * Replication r gives customer i the same arrival and service time whatever c: common random numbers.
 */
final class Fleet implements Responses {
    private static final int WARM_UP = 100;
    private final long seed;
    private final int customers;
    long replications;

    Fleet(long seed, int customers) {
        this.seed = seed;
        this.customers = customers;
    }

    /** Erlang C: the probability that an arrival waits, c servers, offered load a. */
    static double erlangC(int c, double a) {
        if (c <= a) {
            return 1; // an unstable queue: in the long run everyone waits
        }
        double term = 1;
        double sum = 1;
        for (int k = 1; k < c; k++) {
            term *= a / k;
            sum += term;
        }
        double last = term * a / c * c / (c - a);
        return last / (sum + last);
    }

    @Override
    public double[][][] draw(List<Ask> asks) {
        double[][][] out = new double[asks.size()][][];
        for (int a = 0; a < asks.size(); a++) {
            Ask ask = asks.get(a);
            int c = (int) Designs.value(ask.design(), 0);
            out[a] = new double[ask.count()][];
            for (int j = 0; j < ask.count(); j++) {
                out[a][j] = new double[] {c, waited(c, ask.from() + j)};
            }
            replications += ask.count();
        }
        return out;
    }

    private double waited(int c, int r) {
        SplittableRandom g = new SplittableRandom(seed * 1_000_003L + r);
        PriorityQueue<Double> free = new PriorityQueue<>();
        for (int k = 0; k < c; k++) {
            free.add(0.0);
        }
        double now = 0;
        int waited = 0;
        for (int i = 0; i < WARM_UP + customers; i++) {
            now += -Math.log(1 - g.nextDouble()) / 10;
            double service = -Math.log(1 - g.nextDouble());
            double truck = free.poll();
            if (truck > now && i >= WARM_UP) {
                waited++;
            }
            free.add(Math.max(truck, now) + service);
        }
        return waited / (double) customers;
    }
}
