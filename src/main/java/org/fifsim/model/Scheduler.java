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
    /** Only {@link EventHeap} tells whether it still holds an event: with another list, timers never reuse one. */
    private final boolean reuse;
    /** The simulator's unboxed time, when it tells it (the batch simulator); else null. */
    private final SimulationClock clock;

    Scheduler(DevsSimulatorInterface<Double> sim) {
        this.sim = sim;
        this.reuse = sim.getEventList() instanceof EventHeap;
        this.clock = sim instanceof SimulationClock c ? c : null;
    }

    double getSimulatorTime() {
        return clock != null ? clock.now() : sim.getSimulatorTime();
    }

    SimEventInterface<Double> scheduleEventAbs(double time, Executable action) {
        return sim.scheduleEvent(new Event(time, ++sequence, action, null));
    }

    SimEventInterface<Double> scheduleEventRel(double delay, Executable action) {
        return scheduleEventAbs(getSimulatorTime() + delay, action);
    }

    SimEventInterface<Double> scheduleEventNow(Executable action) {
        return scheduleEventAbs(getSimulatorTime(), action);
    }

    boolean cancelEvent(SimEventInterface<Double> event) {
        return sim.cancelEvent(event);
    }

    /**
     * One recurring event of a component (a station's end of cycle, a store's next release, the next order): it
     * schedules the same event object again once it ran, instead of a new event and a new lambda every time (about
     * half of a replication's allocation, profiled). The id comes from the same counter as any event's, at the same
     * moment, so the order of events is what it was. A component subclasses it ({@code sim.new Timer() { void
     * fire() { ... } }}) rather than handing it a lambda: the event then reaches the component through one virtual
     * call, where a lambda took an interface call whose lookup stub was 4% of a remote run (profiled).
     */
    abstract class Timer {
        private Event event;

        /** What the event does. */
        abstract void fire();

        /**
         * Schedules {@link #fire()} at {@code time}. The returned event is this timer's until it runs or is cancelled;
         * do not cancel it after that (the object may then be scheduled again).
         */
        final SimEventInterface<Double> at(double time) {
            Event e = event;
            if (e == null || e.queued() || !reuse) { // a cancelled event keeps its heap cell until it comes to the top
                e = new Event(time, ++sequence, null, this);
                event = e;
            } else {
                e.reschedule(time, ++sequence);
            }
            return sim.scheduleEvent(e);
        }

        final SimEventInterface<Double> after(double delay) {
            return at(getSimulatorTime() + delay);
        }
    }

    /** An event at normal priority, a lambda's or a timer's, kept in {@link EventHeap} by its primitive keys. */
    private static final class Event extends EventHeap.Entry {
        private static final long serialVersionUID = 1L;
        private final Executable action;
        private final transient Timer timer;

        /** Runs {@code action}, or the timer's {@link Timer#fire()} when it is a timer's (then action is null). */
        Event(double time, long id, Executable action, Timer timer) {
            super(time, SimEventInterface.NORMAL_PRIORITY, id, timer != null);
            this.action = action;
            this.timer = timer;
        }

        @Override
        public void execute() {
            if (timer != null) {
                timer.fire();
            } else {
                action.execute();
            }
        }

        @Override
        public String toString() {
            return "Event[t=" + time + ", id=" + id + "]";
        }
    }
}
