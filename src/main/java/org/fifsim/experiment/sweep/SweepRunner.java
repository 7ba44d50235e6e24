package org.fifsim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.fifsim.experiment.SimulationFailure;
import org.fifsim.results.Histogram;
import org.fifsim.results.ReplicationResult;
import org.fifsim.results.TimeSeries;
import org.fifsim.scenario.Scenario;

/**
 * Runs every (scenario, point, replication) of a sweep as one flat list of independent tasks on a thread pool, so the
 * cores stay busy across points instead of waiting at the end of each point. Results do not depend on the thread count
 * or on the order the tasks finish.
 */
public final class SweepRunner {

    private SweepRunner() {
    }

    /** The tasks, point by point, then scenario, then replication: the order a distributed backend could use too. */
    public static List<SweepTask> tasks(List<List<Scenario>> cases, int replications) {
        List<SweepTask> tasks = new ArrayList<>();
        int points = cases.get(0).size();
        for (int p = 0; p < points; p++) {
            for (int s = 0; s < cases.size(); s++) {
                Scenario input = cases.get(s).get(p);
                for (int r = 0; r < replications; r++) {
                    tasks.add(new SweepTask(s, p, r, input));
                }
            }
        }
        return tasks;
    }

    /**
     * Runs replications 0..{@code replications}-1 of {@code cases.get(s).get(p)} for every scenario s and point p.
     * The results keep the KPIs and the event count only (time series and histograms are dropped as each task ends,
     * so a sweep of thousands of runs stays small in memory).
     *
     * @param progress told the number of finished tasks after each one
     */
    public static SweepRun run(List<List<Scenario>> cases, int replications, int threads, IntConsumer progress)
            throws SimulationFailure, InterruptedException {
        List<SweepTask> tasks = tasks(cases, replications);
        List<List<ReplicationResult[]>> slots = new ArrayList<>();
        for (List<Scenario> points : cases) {
            List<ReplicationResult[]> row = new ArrayList<>();
            for (int p = 0; p < points.size(); p++) {
                row.add(new ReplicationResult[replications]);
            }
            slots.add(row);
        }
        long t0 = System.nanoTime();
        int pool = Math.max(1, Math.min(threads, tasks.size()));
        ExecutorService executor = Executors.newFixedThreadPool(pool, r -> {
            Thread t = new Thread(r, "fifsim-sweep");
            t.setDaemon(true);
            return t;
        });
        ExecutorCompletionService<Done> done = new ExecutorCompletionService<>(executor);
        AtomicInteger finished = new AtomicInteger();
        long events = 0;
        try {
            for (SweepTask task : tasks) {
                done.submit(() -> {
                    ReplicationResult r = task.run();
                    progress.accept(finished.incrementAndGet());
                    return new Done(task, lean(r));
                });
            }
            for (int i = 0; i < tasks.size(); i++) {
                Done d;
                try {
                    d = done.take().get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof SimulationFailure sf) {
                        throw sf;
                    }
                    throw new SimulationFailure("sweep", -1, e.getCause());
                } catch (CancellationException e) {
                    throw new InterruptedException("sweep cancelled");
                }
                slots.get(d.task().scenario()).get(d.task().point())[d.task().replication()] = d.result();
                events += d.result().events();
            }
        } finally {
            executor.shutdownNow();
        }
        List<List<List<ReplicationResult>>> results = new ArrayList<>();
        for (List<ReplicationResult[]> row : slots) {
            List<List<ReplicationResult>> r = new ArrayList<>();
            row.forEach(a -> r.add(List.of(a)));
            results.add(r);
        }
        return new SweepRun(results, events, (System.nanoTime() - t0) / 1e9);
    }

    /** The KPIs and event count of a result, without the series and histograms a sweep does not use. */
    static ReplicationResult lean(ReplicationResult r) {
        return new ReplicationResult(r.replication(), r.kpis(), Map.of(), r.balance(), r.events(), TimeSeries.empty(),
                Histogram.empty(), null, Map.of());
    }

    private record Done(SweepTask task, ReplicationResult result) {
    }
}
