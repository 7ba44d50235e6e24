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
    private SimEventInterface<Double> next;
    private boolean releasing;

    DelayLine(Scheduler sim, Consumer<Pack> onReady) {
        this.sim = sim;
        this.onReady = onReady;
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
            next = sim.scheduleEventAbs(ready, this::release);
        } else if (ready < next.getAbsoluteExecutionTime()) {
            sim.cancelEvent(next);
            next = sim.scheduleEventAbs(ready, this::release);
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
            next = sim.scheduleEventAbs(times[0], this::release);
        }
    }

    private boolean before(int i, int j) {
        return times[i] < times[j] || (times[i] == times[j] && order[i] < order[j]);
    }

    private void push(double t, Pack p) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            order = Arrays.copyOf(order, size * 2);
            packs = Arrays.copyOf(packs, size * 2);
        }
        int i = size++;
        times[i] = t;
        order[i] = arrivals++;
        packs[i] = p;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(i, parent)) {
                break;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private Pack pop() {
        Pack top = packs[0];
        size--;
        times[0] = times[size];
        order[0] = order[size];
        packs[0] = packs[size];
        packs[size] = null;
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                break;
            }
            int c = l + 1 < size && before(l + 1, l) ? l + 1 : l;
            if (!before(c, i)) {
                break;
            }
            swap(i, c);
            i = c;
        }
        return top;
    }

    private void swap(int i, int j) {
        double t = times[i];
        times[i] = times[j];
        times[j] = t;
        long o = order[i];
        order[i] = order[j];
        order[j] = o;
        Pack p = packs[i];
        packs[i] = packs[j];
        packs[j] = p;
    }
}
