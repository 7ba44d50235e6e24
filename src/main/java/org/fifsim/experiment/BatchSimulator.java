package org.fifsim.experiment;

import java.util.concurrent.CompletableFuture;
import nl.tudelft.simulation.dsol.SimRuntimeException;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import nl.tudelft.simulation.dsol.simulators.DevsSimulator;
import nl.tudelft.simulation.dsol.simulators.ErrorStrategy;
import nl.tudelft.simulation.dsol.simulators.SimulatorInterface;
import org.djutils.event.EventType;
import org.djutils.event.TimedEvent;

/**
 * DSOL's DEVS simulator, tuned for batch runs (see DSOL-NOTES.md): it skips the trace message DSOL builds for every
 * scheduled event (40% of the run time, even with tracing off), skips the time-changed notification fired before
 * every event (a batch run has no clock display or animation listening; the map look-up costs ~7%), counts events
 * for the benchmark, and hands an exception thrown inside an event to the waiting caller instead of pausing (hang)
 * or exiting the JVM.
 */
final class BatchSimulator extends DevsSimulator<Double> {
    private static final long serialVersionUID = 1L;
    /** DSOL's static logger races when two simulators are constructed at once: construct them one at a time. */
    private static final Object CONSTRUCTION_LOCK = new Object();

    private final transient CompletableFuture<Void> finished;
    private long scheduled;

    private BatchSimulator(String id, CompletableFuture<Void> finished) {
        super(id);
        this.finished = finished;
        setErrorStrategy(ErrorStrategy.WARN_AND_END, ch.qos.logback.classic.Level.OFF);
    }

    static BatchSimulator create(String id, CompletableFuture<Void> finished) {
        synchronized (CONSTRUCTION_LOCK) {
            return new BatchSimulator(id, finished);
        }
    }

    @Override
    public SimEventInterface<Double> scheduleEvent(SimEventInterface<Double> event) throws SimRuntimeException {
        synchronized (super.semaphore) {
            if (event.getAbsoluteExecutionTime() < super.simulatorTime) {
                throw new SimRuntimeException("cannot schedule an event at " + event.getAbsoluteExecutionTime()
                        + ", before the current time " + super.simulatorTime);
            }
            this.eventList.add(event);
            scheduled++;
            return event;
        }
    }

    @Override
    public <C extends Comparable<C>> void fireUnverifiedTimedEvent(EventType eventType, Object value, C time) {
        if (eventType != SimulatorInterface.TIME_CHANGED_EVENT) {
            fireEvent(new TimedEvent<>(eventType, value, time, false)); // what the interface's default does
        }
    }

    /** Events scheduled so far (the model's events plus DSOL's warm-up and end events). */
    long scheduledEvents() {
        return scheduled;
    }

    /**
     * DSOL's event loop hands an {@link Exception} to {@link #handleSimulationException}, but an {@link Error}
     * (OutOfMemoryError, StackOverflowError) would end the worker thread silently and leave the caller waiting for
     * ever: hand it over too, and end the replication the same way.
     */
    @Override
    public void run() {
        try {
            super.run();
        } catch (Error e) {
            finished.completeExceptionally(e); // first: handling may itself run out of memory
            handleSimulationException(new SimRuntimeException(e));
        }
    }

    @Override
    protected void handleSimulationException(Exception exception) {
        finished.completeExceptionally(exception);
        super.handleSimulationException(exception);
    }
}
