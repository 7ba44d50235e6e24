package org.fifsim.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fifsim.accounting.Accounting;
import org.fifsim.accounting.FactorSet;
import org.fifsim.experiment.engine.EngineChoice;
import org.fifsim.experiment.engine.EngineUnavailable;
import org.fifsim.experiment.engine.ExperimentService;
import org.fifsim.experiment.engine.Oracle;
import org.fifsim.experiment.engine.Request;
import org.fifsim.experiment.engine.ShardSink;
import org.fifsim.experiment.sweep.Grid;
import org.fifsim.experiment.sweep.SensitivityOutcome;
import org.fifsim.experiment.sweep.SweepOutcome;
import org.fifsim.experiment.sweep.SweepRun;
import org.fifsim.explain.Attribution;
import org.fifsim.explain.Between;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;

/**
 * Executes an {@link ExperimentSpec} on one engine and returns its outcome; writes nothing. With a shard it runs only
 * its slice of the work, saves it, and returns nothing. The one place a command's experiment runs, so every command
 * plans, shards and pairs its work the same way, and {@code fifsim merge} runs a saved spec exactly as the command did.
 */
public final class Runner implements AutoCloseable, Oracle {
    private final ExperimentService service;
    private final Watch watch;

    /**
     * Nothing starts here: an engine connects on its first run.
     *
     * @param shard the slice to run and where to save it, or null to run everything
     */
    public Runner(EngineChoice where, ShardSink shard, Watch watch) throws EngineUnavailable {
        this.service = new ExperimentService(where.open(), shard);
        this.watch = watch;
    }

    @Override
    public void close() {
        service.close();
    }

    /** Any spec: the outcome of its kind, empty when this was a shard. */
    public Optional<? extends ExperimentOutcome> run(ExperimentSpec spec)
            throws SimulationFailure, InterruptedException, EngineUnavailable, IOException {
        // Java 17: no pattern switch over the sealed type yet
        if (spec instanceof ExperimentSpec.Run r) {
            return run(r);
        }
        if (spec instanceof ExperimentSpec.Compare c) {
            return run(c);
        }
        if (spec instanceof ExperimentSpec.Sweep s) {
            return run(s);
        }
        return run((ExperimentSpec.Sensitivity) spec);
    }

    /** @throws PrecisionRun.MissingKpi when a KPI held to the precision is not in the results */
    public Optional<ExperimentOutcome.RunOutcome> run(ExperimentSpec.Run spec)
            throws SimulationFailure, InterruptedException, EngineUnavailable, IOException {
        Scenario s = spec.scenario();
        ExperimentSpec.Precision p = spec.precision();
        if (p == null) {
            return service.each(List.of(s), watch.open(s.name(), s.run().replications(), 0))
                    .map(cells -> new ExperimentOutcome.RunOutcome(spec, s, cells.get(0), null));
        }
        Watch.Meter meter = watch.open(s.name(), -1, p.cap());
        PrecisionRun.Outcome o = PrecisionRun.run((from, count) -> {
            meter.batchFrom(from);
            return service.batch(s, from, count, meter);
        }, s.run().replications(), p.cap(), p.target(), p.kpis());
        meter.finish();
        return Optional.of(new ExperimentOutcome.RunOutcome(spec,
                s.withRun(s.run().withReplications(o.results().size())), o.results(), o));
    }

    public Optional<ExperimentOutcome.ComparisonOutcome> run(ExperimentSpec.Compare spec)
            throws SimulationFailure, InterruptedException, EngineUnavailable, IOException {
        List<Scenario> scenarios = spec.scenarios();
        int n = spec.replications();
        var ran = service.each(scenarios, watch.open(String.join(" vs ", names(scenarios)), scenarios.size() * n, 0));
        if (ran.isEmpty()) {
            return Optional.empty();
        }
        ExperimentOutcome.Explained explained = null;
        Between between = spec.explain();
        if (between != null) {
            watch.say(String.format(Locale.ROOT, "explain: %d groups (%s), %d designs x %d replications",
                    between.groups().size(), String.join(", ", between.groups()), between.designs().size(), n));
            explained = explain(this, between, n);
        }
        Map<String, List<ReplicationResult>> results = new LinkedHashMap<>();
        for (int i = 0; i < scenarios.size(); i++) {
            results.put(scenarios.get(i).name(), ran.get().get(i));
        }
        return Optional.of(new ExperimentOutcome.ComparisonOutcome(spec, results, explained));
    }

    public Optional<ExperimentOutcome.SweptOutcome> run(ExperimentSpec.Sweep spec)
            throws SimulationFailure, InterruptedException, EngineUnavailable, IOException {
        Optional<SweepRun> ran = service.sweep(spec.cases(), spec.replications(),
                watch.open("sweep " + String.join(" vs ", spec.names()), (int) spec.runs(), 0));
        if (ran.isEmpty()) {
            return Optional.empty();
        }
        SweepRun run = ran.get();
        Set<String> inResults = Set.copyOf(run.at(0, 0).get(0).kpis().names());
        List<String> missing = new ArrayList<>();
        List<String> charted = new ArrayList<>();
        for (String k : spec.kpis()) {
            if (inResults.contains(k)) {
                charted.add(k);
            } else if (spec.kpisGiven()) {
                missing.add(k); // a default KPI the scenario does not produce is left out without a word
            }
        }
        String x = spec.xKpi();
        if (x != null && !inResults.contains(x)) {
            missing.add(x);
            x = null;
        }
        Grid grid = spec.grid();
        List<List<FactorSet>> factors = spec.cases().stream().map(c -> c.stream().map(FactorSet::of).toList())
                .toList();
        SweepOutcome outcome = SweepOutcome.of(grid, spec.names(), spec.replications(), spec.seed(), run, charted, x,
                factors);
        return Optional.of(new ExperimentOutcome.SweptOutcome(spec, grid, outcome, run, missing));
    }

    public Optional<ExperimentOutcome.SensitivityRunOutcome> run(ExperimentSpec.Sensitivity spec)
            throws SimulationFailure, InterruptedException, EngineUnavailable, IOException {
        int runs = spec.cases().size() * spec.replications();
        Optional<SweepRun> ran = service.sweep(List.of(spec.cases()), spec.replications(),
                watch.open("sensitivity " + spec.name(), runs, 0));
        if (ran.isEmpty()) {
            return Optional.empty();
        }
        SweepRun run = ran.get();
        Set<String> inResults = Set.copyOf(run.at(0, 0).get(0).kpis().names());
        List<String> charted = spec.kpis().stream().filter(inResults::contains).toList();
        List<String> missing = spec.kpis().stream().filter(k -> !inResults.contains(k)).toList();
        SensitivityOutcome o = SensitivityOutcome.of(spec.name(), spec.replications(), spec.seed(), spec.delta(),
                spec.settings(), charted, run);
        return Optional.of(new ExperimentOutcome.SensitivityRunOutcome(spec, o, run, missing));
    }

    /**
     * Every design of {@code between} on {@code n} replications, priced, and the split of the headline differences.
     * Designs that differ only in prices share one simulation: only those are asked for, the rest re-priced.
     */
    public static ExperimentOutcome.Explained explain(Oracle oracle, Between between, int n)
            throws SimulationFailure, InterruptedException, EngineUnavailable {
        List<Request> requests = new ArrayList<>();
        for (int t = 0; t < between.designs().size(); t++) {
            requests.add(new Request(between.designs().get(between.simulatedAs(t)), 0, n));
        }
        Map<Request, List<ReplicationResult>> answers = oracle.answer(requests.stream().distinct().toList());
        List<List<ReplicationResult>> results = new ArrayList<>();
        for (int t = 0; t < requests.size(); t++) {
            var factors = FactorSet.of(between.designs().get(t)).central();
            results.add(answers.get(requests.get(t)).stream()
                    .map(r -> r.withKpis(Accounting.price(r.kpis(), r.activity(), factors))).toList());
        }
        return new ExperimentOutcome.Explained(between, results,
                Attribution.of(between.groups(), results, Attribution.HEADLINE));
    }

    /** Lean results of requests of any shape: what selection and search ask for. Not as a shard. */
    @Override
    public Map<Request, List<ReplicationResult>> answer(List<Request> requests)
            throws SimulationFailure, InterruptedException, EngineUnavailable {
        return service.answer(requests);
    }

    /** The service, for the commands that still drive it themselves (select, optimize). */
    public ExperimentService service() {
        return service;
    }

    private static List<String> names(List<Scenario> scenarios) {
        return scenarios.stream().map(Scenario::name).toList();
    }
}
