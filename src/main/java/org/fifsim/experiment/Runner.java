package org.fifsim.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.fifsim.accounting.Accounting;
import org.fifsim.accounting.FactorSet;
import org.fifsim.experiment.engine.EngineChoice;
import org.fifsim.experiment.engine.EngineUnavailable;
import org.fifsim.experiment.engine.ExperimentService;
import org.fifsim.experiment.engine.Oracle;
import org.fifsim.experiment.engine.Request;
import org.fifsim.experiment.engine.ShardSink;
import org.fifsim.experiment.engine.SimulationFailure;
import org.fifsim.experiment.sweep.Grid;
import org.fifsim.experiment.sweep.SensitivityOutcome;
import org.fifsim.experiment.sweep.SweepOutcome;
import org.fifsim.experiment.sweep.SweepRun;
import org.fifsim.explain.Attribution;
import org.fifsim.explain.Between;
import org.fifsim.optimize.CachedResponses;
import org.fifsim.optimize.Evaluation;
import org.fifsim.optimize.Journal;
import org.fifsim.optimize.OptimizeOutcome;
import org.fifsim.optimize.Optimizer;
import org.fifsim.optimize.ScenarioResponses;
import org.fifsim.optimize.Study;
import org.fifsim.optimize.Variable;
import org.fifsim.results.KpiValues;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.selection.DesignOutcome;
import org.fifsim.selection.OracleResponses;
import org.fifsim.selection.Outcome;
import org.fifsim.selection.Responses;
import org.fifsim.selection.SelectionProcedure;

/**
 * Executes an {@link ExperimentSpec} on one engine and returns its outcome; writes nothing itself. With a shard it runs
 * only its slice of the work, saves it, and returns nothing. The one place a command's experiment runs, so every command
 * plans, shards and pairs its work the same way, and {@code fifsim merge} runs a saved spec exactly as the command did.
 * Procedures whose next step depends on the results so far (explain's designs, selection rounds, the optimiser's
 * generations) ask through the {@link Oracle} this runner is, and tell their rounds to the {@link Watch}; a study keeps
 * its evaluations in the {@link Journal} it is handed, as they come.
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
        if (spec instanceof ExperimentSpec.Explain e) {
            return run(e);
        }
        if (spec instanceof ExperimentSpec.Select s) {
            return run(s);
        }
        if (spec instanceof ExperimentSpec.Optimize) {
            throw new IllegalArgumentException("a study keeps its evaluations as it goes: run(spec, journal)");
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

    /** Every design between A and B on A's replications, and the split of the headline differences. */
    public Optional<ExperimentOutcome.ExplainOutcome> run(ExperimentSpec.Explain spec)
            throws SimulationFailure, InterruptedException, EngineUnavailable {
        return Optional.of(new ExperimentOutcome.ExplainOutcome(spec, explain(this, spec.between(),
                spec.replications())));
    }

    /**
     * The selection, round by round, each round told to the watch as it ends.
     *
     * @throws OracleResponses.MissingKpi when the goal's or a constraint's KPI is not in the results
     */
    public Optional<ExperimentOutcome.SelectOutcome> run(ExperimentSpec.Select spec)
            throws SimulationFailure, InterruptedException, EngineUnavailable {
        Map<String, Scenario> designs = new LinkedHashMap<>();
        spec.designs().forEach(d -> designs.put(d.name(), d));
        long t0 = System.nanoTime();
        OracleResponses responses = new OracleResponses(this, designs, spec.goal(), spec.constraints());
        Outcome outcome = new SelectionProcedure(spec.goal(), spec.constraints(), spec.settings())
                .run(List.copyOf(designs.keySet()), responses, watch::round);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return Optional.of(new ExperimentOutcome.SelectOutcome(spec, outcome, responses.results(), seconds));
    }

    /**
     * A study's search and clean-up, resumed from the evaluations {@code journal} holds: a round's fresh evaluations
     * are appended to it before the search goes on, the generations and clean-up rounds told to the watch.
     *
     * @throws ScenarioResponses.InvalidDesign when the search names a point the scenario refuses
     * @throws ScenarioResponses.MissingKpi when the goal's or a constraint's KPI is not in the results
     */
    public Optional<ExperimentOutcome.StudyOutcome> run(ExperimentSpec.Optimize spec, Journal journal)
            throws SimulationFailure, InterruptedException, EngineUnavailable, IOException {
        long t0 = System.nanoTime();
        journal.open();
        List<Journal.Entry> known = journal.known();
        if (!known.isEmpty()) {
            watch.say("optimize: resuming from " + journal.where() + " (" + known.size() + " evaluations)");
        }
        Study study = spec.study();
        ScenarioResponses source = new ScenarioResponses(this, study);
        Map<String, TreeMap<Integer, double[]>> values = new LinkedHashMap<>();
        List<Evaluation> evaluations = new ArrayList<>();
        for (Journal.Entry e : known) {
            source.remember(e.design(), e.replication(), e.kpis());
            evaluations.add(new Evaluation(e.design(), e.replication(), e.values()));
            values.computeIfAbsent(e.design(), k -> new TreeMap<>()).put(e.replication(), e.values());
        }
        OptimizeOutcome outcome;
        ExperimentOutcome.AsTyped asTyped;
        try {
            final Study s = study;
            CachedResponses cached = new CachedResponses(source, evaluations, fresh -> save(fresh, s, source, journal,
                    values));
            if (!study.deltaGiven()) {
                study = study.withDelta(defaultDelta(study, cached));
            }
            outcome = new Optimizer(study.space(), study.goal(), study.constraints(), study.search())
                    .run(study.start(), cached, watch::generation, watch::round);
            asTyped = asTyped(study, outcome, cached, values);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Scenario> cleanupDesigns = new LinkedHashMap<>();
        Map<String, List<ReplicationResult>> cleanupResults = new LinkedHashMap<>();
        if (outcome.cleanup() != null) {
            for (DesignOutcome d : outcome.cleanup().designs()) {
                cleanupDesigns.put(d.name(), source.scenario(d.name()));
                cleanupResults.put(d.name(), source.results(d.name(), outcome.firstCleanupReplication(),
                        d.replications()));
            }
        }
        return Optional.of(new ExperimentOutcome.StudyOutcome(spec, study, outcome, cleanupDesigns, cleanupResults,
                asTyped, seconds));
    }

    /**
     * A study without {@code delta}: 1% of the start's mean objective over its first replications (the search's own
     * first asks, so the cache keeps them and nothing is run twice). Said to the watch and in the report's settings.
     */
    private double defaultDelta(Study study, CachedResponses cached)
            throws SimulationFailure, InterruptedException, EngineUnavailable {
        int n = study.search().perDesign();
        double[][][] first = cached.draw(List.of(new Responses.Ask(study.space().name(study.start()), 0, n)));
        double sum = 0;
        for (double[] r : first[0]) {
            sum += r[0];
        }
        double delta = Study.DEFAULT_DELTA_SHARE * Math.abs(sum / n);
        if (!(delta > 0) || !Double.isFinite(delta)) {
            delta = 1e-9;
        }
        watch.say("optimize: no delta in the study: " + String.format(Locale.ROOT, "%.4g", delta)
                + " (1% of the start's mean over its first " + n + " replications)");
        return delta;
    }

    /** Appends a round's fresh evaluations to the journal, through to the file, before the search goes on. */
    private static void save(List<Evaluation> fresh, Study study, ScenarioResponses source, Journal journal,
            Map<String, TreeMap<Integer, double[]>> values) {
        List<Journal.Entry> entries = new ArrayList<>();
        for (Evaluation e : fresh) {
            Map<String, String> o = source.overrides(e.design());
            List<String> decision = new ArrayList<>();
            for (Variable v : study.space().variables()) {
                decision.add(e.design().equals(ScenarioResponses.AS_TYPED) ? study.typed().getOrDefault(v.key(), "")
                        : o.getOrDefault(v.key(), ""));
            }
            ReplicationResult r = source.result(e.design(), e.replication());
            entries.add(new Journal.Entry(e.design(), decision, e.replication(), e.values(), r == null ? KpiValues.none()
                    : r.kpis()));
            values.computeIfAbsent(e.design(), k -> new TreeMap<>()).put(e.replication(), e.values());
        }
        try {
            journal.append(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The best and the scenario as typed on the best's clean-up replications, paired: the scenario as typed runs the
     * same fresh replications (saved in the journal like any other), unless it is the best itself.
     */
    private static ExperimentOutcome.AsTyped asTyped(Study study, OptimizeOutcome o, Responses cached,
            Map<String, TreeMap<Integer, double[]>> values)
            throws SimulationFailure, InterruptedException, EngineUnavailable {
        if (o.best() == null || o.cleanup() == null) {
            return null;
        }
        int from = o.firstCleanupReplication();
        int n = o.cleanup().design(o.best()).replications();
        double[][] best = new double[n][];
        TreeMap<Integer, double[]> mine = values.get(o.best());
        for (int j = 0; j < n; j++) {
            best[j] = mine == null ? null : mine.get(from + j);
            if (best[j] == null) {
                throw new IllegalStateException("the clean-up's replication " + (from + j) + " of the best is missing");
            }
        }
        int[] typedLevels = study.typedLevels();
        String design = typedLevels != null ? study.space().name(typedLevels) : ScenarioResponses.AS_TYPED;
        if (design.equals(o.best())) {
            return new ExperimentOutcome.AsTyped(design, from, best, best);
        }
        double[][][] got = cached.draw(List.of(new Responses.Ask(design, from, n)));
        return new ExperimentOutcome.AsTyped(design, from, best, got[0]);
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

    private static List<String> names(List<Scenario> scenarios) {
        return scenarios.stream().map(Scenario::name).toList();
    }
}
