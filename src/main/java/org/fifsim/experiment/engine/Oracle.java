package org.fifsim.experiment.engine;

import java.util.List;
import java.util.Map;
import org.fifsim.results.ReplicationResult;

/**
 * Answers "these replications of these designs" on some engine, with responses only (KPIs and event counts, no
 * series): the one thing a procedure whose next step depends on the results so far needs. A procedure never sees an
 * engine, so the same procedure runs on this JVM's threads, on Spark, or on a fake oracle of synthetic numbers in a
 * test.
 */
@FunctionalInterface
public interface Oracle {

    /**
     * Runs every request; the answer maps each request (by equality) to its replications in order. Asking twice for a
     * request, or for overlapping ranges, gives the same numbers for the same replications.
     */
    Map<Request, List<ReplicationResult>> answer(List<Request> requests)
            throws SimulationFailure, InterruptedException, EngineUnavailable;
}
