package org.fifsim.experiment.engine;

import nl.tudelft.simulation.dsol.SimRuntimeException;
import nl.tudelft.simulation.dsol.experiment.Replication;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.LambdaSimEvent;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import nl.tudelft.simulation.dsol.model.DsolModel;
import nl.tudelft.simulation.dsol.simulators.DevsSimulator;
import nl.tudelft.simulation.dsol.simulators.ReplicationState;
import nl.tudelft.simulation.dsol.simulators.RunState;
import nl.tudelft.simulation.dsol.simulators.SimulatorInterface;
import org.fifsim.model.EventHeap;
import org.fifsim.model.SimulationClock;

/**
 * DSOL's DEVS simulator for batch runs: a replication runs to its end on the calling thread, one thread per
 * replication. DSOL itself runs the events on a worker thread of its own, started by {@code initialize} and woken by
 * {@code start}, with 1 ms sleep-polls on both sides while the caller waits: two threads and a hand-off per
 * replication, and a few milliseconds of set-up that a search of many short replications pays each time. This class
 * keeps DSOL's model, replication and event types and its event order (time, then priority, then id), and drops what
 * a batch run never uses: the worker, the trace message DSOL builds for every scheduled event (40% of the run time,
 * even with tracing off), the time-changed notification before every event and the lock around each one (nothing
 * but this thread touches the replication). The event list is {@link EventHeap}, not DSOL's red-black tree.
 * An exception or error thrown by an event simply propagates to the caller.
 */
final class BatchSimulator extends DevsSimulator<Double> implements SimulationClock {
    private static final long serialVersionUID = 1L;
    /** DSOL's simulator constructor edits a static logger map unsynchronised: construct one at a time. */
    private static final Object CONSTRUCTION_LOCK = new Object();
    /** How many events run between two looks at the thread's interrupt flag (a cancelled run stops promptly). */
    private static final int INTERRUPT_CHECK = 4096;

    private long scheduled;
    /**
     * The time, unboxed. DSOL's boxed {@code simulatorTime} is brought up to it only when read through
     * {@link #getSimulatorTime()} (the model reads {@link #now()}) and before an event that is not the model's: one
     * {@code Double} per event less (profiled: 40% of a replication's allocation).
     */
    private double now;
    private boolean boxedBehind;

    private BatchSimulator(String id) {
        super(id);
        this.eventList = new EventHeap();
    }

    static BatchSimulator create(String id) {
        synchronized (CONSTRUCTION_LOCK) {
            return new BatchSimulator(id);
        }
    }

    /**
     * What DSOL's {@code initialize} does (clock to the start, statistics cleared, {@code constructModel()}, the
     * warm-up and end events), without starting a worker thread or waiting for one. The warm-up event runs before,
     * and the end event after, any model event at the same time (DSOL's priorities 11 and 0).
     */
    @Override
    public void initialize(DsolModel<Double, ? extends SimulatorInterface<Double>> model,
            Replication<Double> replication, boolean cleanUp) throws SimRuntimeException {
        if (isStartingOrRunning()) {
            throw new SimRuntimeException("cannot initialize a running simulator");
        }
        this.eventList.clear();
        this.scheduled = 0;
        this.replication = replication;
        this.model = model;
        this.simulatorTime = replication.getStartTime();
        this.now = this.simulatorTime;
        this.boxedBehind = false;
        model.getOutputStatistics().clear();
        model.constructModel();
        this.runState = RunState.INITIALIZED;
        this.replicationState = ReplicationState.INITIALIZED;
        scheduleEvent(new LambdaSimEvent<>(replication.getWarmupTime(),
                (short) (SimEventInterface.MAX_PRIORITY + 1), this::warmup));
        scheduleEvent(new LambdaSimEvent<>(replication.getEndTime(),
                (short) (SimEventInterface.MIN_PRIORITY - 1), this::endReplication));
    }

    /**
     * Runs the replication to its end on the calling thread and returns then (DSOL's {@code start} returns at once
     * and leaves the events to its worker). Fires DSOL's start- and end-of-replication events around the run.
     *
     * @throws InterruptedException when the thread is interrupted: the replication stops part-way
     */
    void runToEnd() throws InterruptedException {
        if (this.replicationState != ReplicationState.INITIALIZED) {
            throw new SimRuntimeException("the replication is not initialized, or already ran");
        }
        fireTimedEvent(Replication.START_REPLICATION_EVENT, null, this.simulatorTime);
        this.replicationState = ReplicationState.STARTED;
        this.runState = RunState.STARTED;
        int untilCheck = INTERRUPT_CHECK;
        while (this.replicationState == ReplicationState.STARTED) {
            SimEventInterface<Double> event = this.eventList.removeFirst();
            if (event == null) {
                throw new SimRuntimeException("the event list ran empty before the end of the replication");
            }
            this.now = EventHeap.timeOf(event);
            if (EventHeap.isModelEvent(event)) {
                this.boxedBehind = true;
            } else {
                this.simulatorTime = this.now; // DSOL's own events (warm-up, end) read the field itself
                this.boxedBehind = false;
            }
            event.execute();
            if (--untilCheck == 0) {
                untilCheck = INTERRUPT_CHECK;
                if (Thread.interrupted()) {
                    throw new InterruptedException("replication interrupted at t=" + this.now);
                }
            }
        }
        this.replicationState = ReplicationState.ENDED;
        this.runState = RunState.ENDED;
        fireTimedEvent(Replication.END_REPLICATION_EVENT, null, getSimulatorTime());
    }

    /** The end event: the run loop stops after it; events still pending are dropped, as DSOL does. */
    @Override
    public void endReplication() {
        this.replicationState = ReplicationState.ENDING;
        this.runState = RunState.STOPPING;
        this.eventList.clear();
    }

    @Override
    public void start() {
        throw new UnsupportedOperationException("a batch simulator runs on the calling thread: use runToEnd()");
    }

    @Override
    public Double getSimulatorTime() {
        if (this.boxedBehind) {
            this.simulatorTime = this.now;
            this.boxedBehind = false;
        }
        return this.simulatorTime;
    }

    @Override
    public double now() {
        return this.now;
    }

    @Override
    public SimEventInterface<Double> scheduleEvent(SimEventInterface<Double> event) throws SimRuntimeException {
        if (EventHeap.timeOf(event) < this.now) {
            throw new SimRuntimeException("cannot schedule an event at " + event.getAbsoluteExecutionTime()
                    + ", before the current time " + this.now);
        }
        this.eventList.add(event);
        scheduled++;
        return event;
    }

    /** Events scheduled so far (the model's events plus the warm-up and end events). */
    long scheduledEvents() {
        return scheduled;
    }
}
