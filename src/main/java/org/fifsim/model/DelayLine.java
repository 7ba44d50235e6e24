package org.fifsim.model;

import java.util.function.Consumer;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * Packs that each wait their own delay (a store's dwell, a conveyor's transit), released in order of their ready
 * time. The stage keeps its own queue of ready times and only the earliest is a DSOL event: a remote pipeline holds
 * thousands of packs, and one pending DSOL event per pack made the simulator's red-black event list the main cost
 * (profiled: more than half the run time). DSOL still executes every release; packs ready at the same time leave in
 * the order they came.
 */
final class DelayLine {
    private final Scheduler sim;
    private final Consumer<Pack> onReady;
    private final ReadyQueue waiting = new ReadyQueue();
    private final Scheduler.Timer releaseAt;
    private SimEventInterface<Double> next;
    /** The time of {@code next}, unboxed. */
    private double nextAt;
    private boolean releasing;

    DelayLine(Scheduler sim, Consumer<Pack> onReady) {
        this.sim = sim;
        this.onReady = onReady;
        this.releaseAt = sim.new Timer() {
            @Override
            void fire() {
                release();
            }
        };
    }

    int size() {
        return waiting.size();
    }

    void add(Pack p, double delay) {
        double ready = sim.getSimulatorTime() + delay;
        waiting.push(ready, p);
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
     * those are only queued here, and the one event for the earliest time is scheduled at the end.
     */
    private void release() {
        releasing = true;
        next = null;
        double now = sim.getSimulatorTime();
        try {
            while (!waiting.isEmpty() && waiting.firstTime() <= now) {
                onReady.accept(waiting.pop());
            }
        } finally {
            releasing = false;
        }
        if (!waiting.isEmpty()) {
            nextAt = waiting.firstTime();
            next = releaseAt.at(nextAt);
        }
    }
}
