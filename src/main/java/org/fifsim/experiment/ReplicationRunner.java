package org.fifsim.experiment;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import nl.tudelft.simulation.dsol.experiment.Replication;
import org.djutils.event.EventProducer;
import org.djutils.event.reference.ReferenceType;
import org.fifsim.accounting.Accounting;
import org.fifsim.accounting.FactorSet;
import org.fifsim.accounting.Factors;
import org.fifsim.model.FifModel;
import org.fifsim.model.Trace;
import org.fifsim.model.random.Streams;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;

/**
 * Runs one replication as a pure task: (scenario, replication number) in, result record out, nothing shared. Its own
 * simulator, model and streams; DSOL runs the events on its worker thread while this thread waits for the end. The
 * model returns activity; this prices it (cost and carbon KPIs) at the scenario's central factor values.
 */
public final class ReplicationRunner {

    private ReplicationRunner() {
    }

    public static ReplicationResult run(Scenario scenario, int replication) throws SimulationFailure {
        return run(scenario, replication, null, null, null, null);
    }

    /** As {@link #run(Scenario, int)}, priced at {@code factors} (the scenario's central values, built once). */
    public static ReplicationResult run(Scenario scenario, int replication, Factors factors)
            throws SimulationFailure {
        return run(scenario, replication, null, null, null, factors);
    }

    /** As {@link #run(Scenario, int)}, sending every model event to {@code trace} (the audit trail). */
    public static ReplicationResult run(Scenario scenario, int replication, Trace trace) throws SimulationFailure {
        return run(scenario, replication, trace, null, null, null);
    }

    /** As {@link #run(Scenario, int)}, with an extra event one hour in: the seam tests use to inject a fault. */
    static ReplicationResult run(Scenario scenario, int replication, Runnable injected) throws SimulationFailure {
        return run(scenario, replication, null, injected, null, null);
    }

    /** As {@link #run(Scenario, int)}, running {@code atEnd} in the end-of-replication listener: a fault seam. */
    static ReplicationResult runEndingWith(Scenario scenario, int replication, Runnable atEnd)
            throws SimulationFailure {
        return run(scenario, replication, null, null, atEnd, null);
    }

    private static ReplicationResult run(Scenario scenario, int replication, Trace trace, Runnable injected,
            Runnable atEnd, Factors factors) throws SimulationFailure {
        CompletableFuture<Void> finished = new CompletableFuture<>();
        String id = scenario.name() + "#" + replication;
        BatchSimulator sim = BatchSimulator.create(id, finished);
        FifModel model = new FifModel(sim, scenario, new Streams(scenario.run().seed(), replication));
        if (trace != null) {
            model.trace(trace);
        }
        QuietReplication rep = new QuietReplication(id, scenario.run().warmup(), scenario.run().horizon());
        ReplicationResult[] out = new ReplicationResult[1];
        try {
            sim.initialize(model, rep);
            // last position: after DSOL's own end-of-replication listeners, so every statistic is closed
            sim.addListener(event -> {
                try {
                    if (atEnd != null) {
                        atEnd.run();
                    }
                    out[0] = model.result(replication, sim.scheduledEvents());
                    finished.complete(null);
                } catch (Throwable e) { // an Error too (OutOfMemoryError): the caller waits for this future
                    finished.completeExceptionally(e);
                }
            }, Replication.END_REPLICATION_EVENT, EventProducer.LAST_POSITION, ReferenceType.STRONG);
            if (injected != null) {
                sim.scheduleEventRel(3600.0, injected::run);
            }
            sim.start();
            finished.get();
            return priced(out[0], factors != null ? factors : FactorSet.of(scenario).central());
        } catch (ExecutionException e) {
            throw new SimulationFailure(scenario.name(), replication, rootCause(e));
        } catch (RuntimeException e) {
            throw new SimulationFailure(scenario.name(), replication, rootCause(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimulationFailure(scenario.name(), replication, e);
        } finally {
            sim.cleanUp();
        }
    }

    /** The model reports what happened; cost and carbon are priced here, at the factors' central values. */
    private static ReplicationResult priced(ReplicationResult r, Factors factors) {
        return r.withKpis(Accounting.price(r.kpis(), r.activity(), factors));
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }
}
