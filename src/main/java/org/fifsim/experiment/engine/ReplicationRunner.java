package org.fifsim.experiment.engine;

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
 * simulator, model and streams; the events run on the calling thread (see {@link BatchSimulator}). The
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
        String id = scenario.name() + "#" + replication;
        BatchSimulator sim = BatchSimulator.create(id);
        FifModel model = new FifModel(sim, scenario, new Streams(scenario.run().seed(), replication));
        if (trace != null) {
            model.trace(trace);
        }
        QuietReplication rep = new QuietReplication(id, scenario.run().warmup(), scenario.run().horizon());
        try {
            sim.initialize(model, rep);
            if (injected != null) {
                sim.scheduleEventRel(3600.0, injected::run);
            }
            sim.runToEnd();
            if (atEnd != null) {
                atEnd.run();
            }
            ReplicationResult r = model.result(replication, sim.scheduledEvents());
            return priced(r, factors != null ? factors : FactorSet.of(scenario).central());
        } catch (RuntimeException | Error e) { // an Error too (OutOfMemoryError, StackOverflowError): one failure line
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
