package org.fifsim.model;

import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/** A truck on a leg (loaded out or empty back). A road closure freezes it; it resumes with the time it had left. */
final class Truck {
    private final Scheduler sim;
    Pack[] load;
    private Runnable onArrival;
    private SimEventInterface<Double> arrival;
    /** Time left on the leg while held; negative when the truck is not held. */
    private double remaining = -1;

    Truck(Scheduler sim) {
        this.sim = sim;
    }

    void drive(double duration, Runnable then) {
        this.onArrival = then;
        this.arrival = sim.scheduleEventRel(duration, this::arrive);
    }

    private void arrive() {
        arrival = null;
        onArrival.run();
    }

    void hold() {
        if (arrival != null) {
            sim.cancelEvent(arrival);
            remaining = arrival.getAbsoluteExecutionTime() - sim.getSimulatorTime();
            arrival = null;
        }
    }

    /** Resumes a held leg, also one held exactly at its arrival time (zero left: it arrives now). */
    void go() {
        if (arrival == null && remaining >= 0) {
            double r = remaining;
            remaining = -1;
            arrival = sim.scheduleEventRel(r, this::arrive);
        }
    }
}
