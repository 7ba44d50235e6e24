package org.fifsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;

/**
 * Runs replications on a pool of threads. Each replication is an independent task seeded from its number only, so
 * results are identical to a serial run whatever the thread count; they come back ordered by replication.
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
        int pool = Math.max(1, Math.min(threads, count));
        ExecutorService executor = Executors.newFixedThreadPool(pool, r -> {
            Thread t = new Thread(r, "fifsim-replication");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<ReplicationResult>> futures = new ArrayList<>();
            for (int i = from; i < from + count; i++) {
                int rep = i;
                futures.add(executor.submit(() -> {
                    ReplicationResult r = ReplicationRunner.run(scenario, rep);
                    progress.accept(done.incrementAndGet());
                    return r;
                }));
            }
            List<ReplicationResult> results = new ArrayList<>();
            for (Future<ReplicationResult> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof SimulationFailure sf) {
                        throw sf;
                    }
                    throw new SimulationFailure(scenario.name(), -1, e.getCause());
                }
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }

    /** All cores by default. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
