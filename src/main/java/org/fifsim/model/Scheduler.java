package org.fifsim.model;

import nl.tudelft.simulation.dsol.formalisms.eventscheduling.Executable;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import nl.tudelft.simulation.dsol.simulators.DevsSimulatorInterface;

/**
 * The model's access to DSOL's simulator: the clock, and lambda events handed to {@code scheduleEvent}. DSOL's own
 * lambda events number themselves from one JVM-wide {@code AtomicLong}, which parallel replications fight over on
 * every event; these take their tie-breaking number from this replication's own counter instead, so events at the
 * same time and priority still run in the order they were scheduled, and replications share nothing.
 */
final class Scheduler {
    private final DevsSimulatorInterface<Double> sim;
    private long sequence;

    Scheduler(DevsSimulatorInterface<Double> sim) {
        this.sim = sim;
    }

    double getSimulatorTime() {
        return sim.getSimulatorTime();
    }

    SimEventInterface<Double> scheduleEventAbs(double time, Executable action) {
        return sim.scheduleEvent(new Event(time, ++sequence, action));
    }

    SimEventInterface<Double> scheduleEventRel(double delay, Executable action) {
        return scheduleEventAbs(sim.getSimulatorTime() + delay, action);
    }

    SimEventInterface<Double> scheduleEventNow(Executable action) {
        return scheduleEventAbs(sim.getSimulatorTime(), action);
    }

    boolean cancelEvent(SimEventInterface<Double> event) {
        return sim.cancelEvent(event);
    }

    /** A lambda event at normal priority, kept in {@link EventHeap} by its primitive keys. */
    private static final class Event extends EventHeap.Entry {
        private static final long serialVersionUID = 1L;
        private final Executable action;

        Event(double time, long id, Executable action) {
            super(time, SimEventInterface.NORMAL_PRIORITY, id);
            this.action = action;
        }

        @Override
        public void execute() {
            action.execute();
        }

        @Override
        public String toString() {
            return "Event[t=" + time + ", id=" + id + "]";
        }
    }
}
