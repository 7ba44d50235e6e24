package org.fifsim.experiment.engine;

import java.util.List;
import java.util.function.IntConsumer;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;

/**
 * Replications of one scenario on this JVM's threads (the local engine), for the benchmark and the tests. Each
 * replication is an independent task seeded from its number only, so results are identical to a serial run whatever
 * the thread count; they come back ordered by replication.
 */
public final class Experiment {

    private Experiment() {
    }

    /** Replications 0..n-1 of the scenario (n from its run section). */
    public static List<ReplicationResult> run(Scenario scenario, int threads, IntConsumer progress)
            throws SimulationFailure, InterruptedException {
        return run(scenario, 0, scenario.run().replications(), threads, progress);
    }

    /** Replications {@code from}..{@code from+count-1}: precision-driven runs add replications in batches. */
    public static List<ReplicationResult> run(Scenario scenario, int from, int count, int threads, IntConsumer progress)
            throws SimulationFailure, InterruptedException {
        Plan plan = Plan.of(List.of(List.of(scenario)), from, count, false);
        try (LocalEngine engine = new LocalEngine(threads)) {
            return plan.cells(engine.run(plan.chunks(), progress)).get(0);
        }
    }

    /** All cores by default. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
