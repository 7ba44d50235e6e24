package org.fifsim.model;

import java.util.Arrays;
import java.util.function.Consumer;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * Packs that each wait their own delay (a store's dwell, a conveyor's transit), released in order of their ready
 * time. The stage keeps its own heap of ready times and only the earliest is a DSOL event: a remote pipeline holds
 * thousands of packs, and one pending DSOL event per pack made the simulator's red-black event list the main cost
 * (profiled: more than half the run time). DSOL still executes every release; packs ready at the same time leave in
 * the order they came.
 */
final class DelayLine {
    private final Scheduler sim;
    private final Consumer<Pack> onReady;
    private double[] times = new double[16];
    private long[] order = new long[16];
    private Pack[] packs = new Pack[16];
    private int size;
    private long arrivals;
    private final Scheduler.Timer releaseAt;
    private SimEventInterface<Double> next;
    /** The time of {@code next}, unboxed. */
    private double nextAt;
    private boolean releasing;

    DelayLine(Scheduler sim, Consumer<Pack> onReady) {
        this.sim = sim;
        this.onReady = onReady;
        this.releaseAt = sim.timer(this::release);
    }

    int size() {
        return size;
    }

    void add(Pack p, double delay) {
        double ready = sim.getSimulatorTime() + delay;
        push(ready, p);
        if (releasing) {
            return; // release() schedules the earliest time when it is done
        }
        if (next == null) {
            next = releaseAt.at(ready);
            nextAt = ready;
        } else if (ready < nextAt) {
            sim.cancelEvent(next);
            next = releaseAt.at(ready);
            nextAt = ready;
        }
    }

    /**
     * Releases every pack due now. A release may add packs to this line (a full store letting a waiting pack in):
     * those are only pushed on the heap here, and the one event for the earliest time is scheduled at the end.
     */
    private void release() {
        releasing = true;
        next = null;
        double now = sim.getSimulatorTime();
        try {
            while (size > 0 && times[0] <= now) {
                onReady.accept(pop());
            }
        } finally {
            releasing = false;
        }
        if (size > 0) {
            next = releaseAt.at(times[0]);
            nextAt = times[0];
        }
    }

    private void push(double t, Pack p) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            order = Arrays.copyOf(order, size * 2);
            packs = Arrays.copyOf(packs, size * 2);
        }
        long o = arrivals++;
        int i = size++;
        while (i > 0) { // moves parents down into the hole instead of swapping: one write per level, not three
            int parent = (i - 1) >>> 1;
            double pt = times[parent];
            if (t > pt || t == pt && o > order[parent]) {
                break;
            }
            times[i] = pt;
            order[i] = order[parent];
            packs[i] = packs[parent];
            i = parent;
        }
        times[i] = t;
        order[i] = o;
        packs[i] = p;
    }

    private Pack pop() {
        Pack top = packs[0];
        int last = --size;
        double t = times[last];
        long o = order[last];
        Pack p = packs[last];
        packs[last] = null;
        if (last == 0) {
            return top;
        }
        int i = 0;
        int half = last >>> 1;
        while (i < half) {
            int c = 2 * i + 1;
            int r = c + 1;
            if (r < last && (times[r] < times[c] || times[r] == times[c] && order[r] < order[c])) {
                c = r;
            }
            double ct = times[c];
            if (t < ct || t == ct && o < order[c]) {
                break;
            }
            times[i] = ct;
            order[i] = order[c];
            packs[i] = packs[c];
            i = c;
        }
        times[i] = t;
        order[i] = o;
        packs[i] = p;
        return top;
    }
}
