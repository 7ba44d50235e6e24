package org.fifsim.experiment.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.fifsim.experiment.sweep.SweepRun;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;

/**
 * How replications run: it plans the work as chunks and hands them to an engine; with a shard it runs only its slice
 * of the plan and saves it for {@code fifsim merge}. {@link org.fifsim.experiment.Runner} drives it for every
 * command's experiment; commands never build one.
 */
public final class ExperimentService implements AutoCloseable, Oracle {
    private final Engine engine;
    private final ShardSink shard;

    /** @param shard the slice to run and where to save it, or null to run everything */
    public ExperimentService(Engine engine, ShardSink shard) {
        this.engine = engine;
        this.shard = shard;
    }

    /** Stops the engine (a cluster connection); the local engine holds nothing between runs. */
    @Override
    public void close() {
        engine.close();
    }

    /**
     * Replications 0..n-1 of each scenario (n from its run section; all the same, as compare and run need), results
     * per scenario; empty when this was a shard.
     */
    public Optional<List<List<ReplicationResult>>> each(List<Scenario> scenarios, IntConsumer progress)
            throws SimulationFailure, InterruptedException, EngineUnavailable, IOException {
        int n = scenarios.get(0).run().replications();
        List<List<Scenario>> rows = scenarios.stream().map(List::of).toList();
        return run(Plan.of(rows, 0, n, false), progress);
    }

    /** Replications {@code from..from+count-1} of one scenario: the batches of a precision-driven run (no shards). */
    public List<ReplicationResult> batch(Scenario s, int from, int count, IntConsumer progress)
            throws SimulationFailure, InterruptedException, EngineUnavailable {
        Plan plan = Plan.of(List.of(List.of(s)), from, count, false);
        return plan.cells(engine.run(plan.chunks(), progress)).get(0);
    }

    /**
     * A sweep: replications 0..{@code replications}-1 of {@code cases.get(s).get(p)} for every scenario s and point p,
     * keeping KPIs and event counts only; empty when this was a shard.
     */
    public Optional<SweepRun> sweep(List<List<Scenario>> cases, int replications, IntConsumer progress)
            throws SimulationFailure, InterruptedException, EngineUnavailable, IOException {
        engine.start(); // wall time and events per second are the work's, not the cluster's start-up
        long t0 = System.nanoTime();
        Optional<List<List<ReplicationResult>>> cells = run(Plan.of(cases, 0, replications, true), progress);
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        int scenarios = cases.size();
        List<List<List<ReplicationResult>>> results = new ArrayList<>();
        for (int s = 0; s < scenarios; s++) {
            List<List<ReplicationResult>> row = new ArrayList<>();
            for (int p = 0; p < cases.get(s).size(); p++) {
                row.add(cells.get().get(p * scenarios + s));
            }
            results.add(row);
        }
        long events = cells.get().stream().flatMap(List::stream).mapToLong(ReplicationResult::events).sum();
        // a merge replays the shards' results: its own time says nothing of the simulation's speed (NaN: not recorded)
        double wall = engine.replays() ? Double.NaN : (System.nanoTime() - t0) / 1e9;
        return Optional.of(new SweepRun(results, events, wall));
    }

    /**
     * Requests of any shape in one engine call, lean results keyed by request. Not sharded: a procedure whose next
     * round depends on this answer cannot wait for another machine's shard.
     */
    @Override
    public Map<Request, List<ReplicationResult>> answer(List<Request> requests)
            throws SimulationFailure, InterruptedException, EngineUnavailable {
        if (shard != null) {
            throw new IllegalStateException("an adaptive procedure cannot run as a shard");
        }
        Plan plan = Plan.of(requests, true);
        List<List<ReplicationResult>> cells = plan.cells(engine.run(plan.chunks(), n -> { }));
        Map<Request, List<ReplicationResult>> out = new LinkedHashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            out.putIfAbsent(requests.get(i), cells.get(i));
        }
        return out;
    }

    /** Runs a plan (or this shard's slice of it); results per cell in plan order. */
    Optional<List<List<ReplicationResult>>> run(Plan plan, IntConsumer progress)
            throws SimulationFailure, InterruptedException, EngineUnavailable, IOException {
        if (shard != null) {
            List<ReplicationChunk> slice = plan.slice(shard.index(), shard.of());
            shard.save(plan, slice, engine.run(slice, progress), engine.parallelism());
            return Optional.empty();
        }
        return Optional.of(plan.cells(engine.run(plan.chunks(), progress)));
    }
}
