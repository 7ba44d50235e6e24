package org.fifsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.fifsim.experiment.ExperimentOutcome;
import org.fifsim.experiment.ExperimentSpec;
import org.fifsim.experiment.Runner;
import org.fifsim.experiment.sweep.Grid;
import org.fifsim.experiment.sweep.Vary;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.Problem;
import org.fifsim.scenario.io.ScenarioException;
import org.fifsim.scenario.io.ScenarioReader;
import org.fifsim.store.ResultsFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code fifsim sweep FILE --vary KEY=...}: the scenario at every point of a full factorial over the varied keys, all
 * on one seed (common random numbers), optionally against a second scenario with paired differences and crossings.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the scenario at every combination of the varied values (full factorial), every point on "
                + "the same seed (common random numbers), and writes sweep.csv, sweep.json and charts to DIR "
                + "(default results/sweep-<name>/).",
            "With --against, sweeps a second scenario over the same points and reports per point the paired "
                + "difference (other - base) of every KPI and, for the KPIs asked, the crossing point (break-even): "
                + "where the mean difference changes sign, interpolated between the points around it, with an "
                + "interval from where its 95%% bounds change sign. For cost and carbon KPIs the crossing also "
                + "gets a factor band: "
                + "p5-p95 of where it lies under 1,000 factor draws, the same draws at every point and in both "
                + "designs.",
            "At most 10,000 runs (points x replications x scenarios)."})
final class SweepCommand implements Callable<Integer> {
    static final int MAX_RUNS = 10_000;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the scenario (YAML)")
    private Path file;

    @Option(names = "--vary", required = true, paramLabel = "KEY=VALUES",
            description = {"a key by its dotted path and its values: KEY=V1,V2,... or KEY=FROM..TO:STEPS "
                    + "(STEPS values, both ends included; numbers or durations, e.g. vehicle_line.takt=40s..90s:6). "
                    + "Repeat for a full factorial; the first key is the charts' x axis. DESIGN:KEY=... varies the key "
                    + "in the scenario named DESIGN only; volume=150000..700000:12 varies vehicles a year (the takt "
                    + "on each design's calendar)."})
    private List<String> vary;

    @Option(names = "--against", paramLabel = "OTHER", description = "a second scenario swept over the same points")
    private Path against;

    @Option(names = "--kpi", split = ",", paramLabel = "NAME",
            description = "KPIs to chart and find crossings for (default: vehicles_built, vehicle_line_starved, "
                    + "pipeline_packs, and cost_total_cny, co2_total_t, cost_per_pack_cny when computed)")
    private List<String> kpis;

    @Option(names = "--x-kpi", paramLabel = "NAME",
            description = "chart against this KPI of each scenario (e.g. vehicles_built) instead of the first key")
    private String xKpi;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "a value fixed for every point, e.g. run.horizon=60d; DESIGN:KEY=VALUE in one design only "
                    + "(repeatable)")
    private Map<String, String> set;

    @Mixin
    private RunOptions options = new RunOptions();

    /** Where the replications run. */
    @Mixin
    private EngineOptions engine;

    @Option(names = "--out", paramLabel = "DIR",
            description = "results folder (default results/sweep-<name>, or results/sweep-<name>-vs-<other>)")
    private Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<Vary> varies = parseVaries();
        List<String> asked = kpis == null || kpis.isEmpty() ? KpiNames.SWEEP_DEFAULT : kpis;
        String badKpi = kpis == null ? null : KpiNames.check("--kpi", kpis);
        if (badKpi == null && xKpi != null) {
            badKpi = KpiNames.check("--x-kpi", List.of(xKpi));
        }
        if (badKpi != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), badKpi);
        }
        List<Path> files = against == null ? List.of(file) : List.of(file, against);
        List<Scenario> heads = readHeads(files, PointInputs.columns(varies.stream().map(Vary::key).toList(), set),
                err);
        if (heads == null) {
            return Main.BAD_INPUT;
        }
        Scenario base = options.apply(heads.get(0));
        if (heads.size() == 2 && heads.get(1).name().equals(base.name())) {
            err.println("error: --against needs a scenario with a different name than " + base.name());
            return Main.BAD_INPUT;
        }
        if (heads.size() == 2 && !Inputs.sameRoadMethod(List.of(base, options.apply(heads.get(1))), files, err)) {
            return Main.BAD_INPUT;
        }
        List<String> noEffect = Inputs.noEffects(DesignSettings.of(set), heads, (i, others) -> ScenarioReader.read(
                files.get(i), PointInputs.forDesign(DesignSettings.asMap(others), plainHeads.get(i))));
        if (!noEffect.isEmpty()) {
            noEffect.forEach(err::println);
            err.flush();
            return Main.BAD_INPUT;
        }
        int replications = base.run().replications();
        long points = Grid.size(varies);
        long runs = points > MAX_RUNS ? Long.MAX_VALUE : points * replications * files.size();
        if (runs > MAX_RUNS) {
            err.printf(Locale.ROOT, "error: this sweep is %s points x %d replications x %d scenario(s) = %s runs, "
                    + "more than the %,d allowed; use fewer values or --replications%n",
                    points > MAX_RUNS ? "more than " + String.format(Locale.ROOT, "%,d", MAX_RUNS)
                            : String.format(Locale.ROOT, "%,d", points), replications,
                    files.size(), runs == Long.MAX_VALUE ? "too many" : String.format(Locale.ROOT, "%,d", runs),
                    MAX_RUNS);
            err.flush();
            return Main.BAD_INPUT;
        }
        // refused before any work, and before the points' warnings: the one line says why
        List<String> names = heads.stream().map(Scenario::name).toList();
        Path target = out != null ? out : Path.of("results", "sweep-" + String.join("-vs-", names));
        List<Path> inputs = ReadPaths.of(files);
        ResultsFolder.check(target, inputs);
        Grid grid = Grid.of(varies);
        List<Map<String, String>> overrides = new ArrayList<>();
        for (int p = 0; p < grid.points().size(); p++) {
            overrides.add(grid.overrides(p));
        }
        List<List<Scenario>> cases = PointInputs.read(files, plainHeads, set, overrides,
                varies.stream().map(Vary::key).toList(), base.run(), err);
        if (cases == null) {
            return Main.BAD_INPUT;
        }
        ExperimentSpec.Sweep sweep = new ExperimentSpec.Sweep(names, varies, cases, asked, kpis != null
                && !kpis.isEmpty(), xKpi, new ExperimentSpec.Output(target, inputs, options.threads(),
                Main.commandLine(spec), options.quiet()));
        Optional<ExperimentOutcome.SweptOutcome> outcome;
        try (Runner runner = engine.runner(sweep, Progress.watch(options.quiet(), err))) {
            outcome = runner.run(sweep);
        }
        if (outcome.isEmpty()) {
            engine.printShardSaved(spec.commandLine().getOut(), "sweep", target);
            return Main.OK;
        }
        Outputs.sweep(outcome.get(), engine.where(options.threads()), spec.commandLine().getOut(), err);
        return Main.OK;
    }

    private List<Vary> parseVaries() {
        List<Vary> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String v : vary) {
            Vary parsed;
            try {
                parsed = Vary.parse(v);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            String why = PointInputs.reserved(parsed.key());
            if (why != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--vary " + parsed.key() + ": cannot be varied: " + why);
            }
            if (!keys.add(parsed.key())) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--vary " + parsed.key() + ": the key is varied twice");
            }
            if (set != null && set.containsKey(parsed.key())) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--vary " + parsed.key() + ": the key is also fixed with --set");
            }
            out.add(parsed);
        }
        String bad = options.check();
        if (bad == null) {
            bad = engine.check();
        }
        if (bad != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), bad);
        }
        return out;
    }

    /** Each file as written, without --set: its name scopes DESIGN:KEY settings and values. */
    private List<Scenario> plainHeads;

    /** Each file with the --set values: its name and run section, and its problems before the points'. */
    private List<Scenario> readHeads(List<Path> files, Map<String, Integer> columns, PrintWriter err) {
        List<Scenario> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        plainHeads = new ArrayList<>();
        for (Path f : files) {
            Scenario plain = null;
            try {
                plain = ScenarioReader.read(f);
            } catch (ScenarioException e) {
                // reported below, with the settings applied
            }
            plainHeads.add(plain);
            try {
                out.add(ScenarioReader.read(f, PointInputs.forDesign(set == null ? Map.of() : new LinkedHashMap<>(set),
                        plain)));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        List<String> names = plainHeads.stream().filter(java.util.Objects::nonNull).map(Scenario::name).toList();
        List<String> scoped = new ArrayList<>(set == null ? List.of() : set.keySet());
        vary.forEach(v -> scoped.add(v.substring(0, Math.max(0, v.indexOf('=')))));
        for (String k : scoped) {
            int colon = k.indexOf(':');
            if (colon >= 0 && problems.isEmpty() && !names.contains(k.substring(0, colon).strip())) {
                err.println("error: " + k + ": no design is named '" + k.substring(0, colon).strip() + "' (designs: "
                        + String.join(", ", names) + ")");
                err.flush();
                return null;
            }
        }
        if (!problems.isEmpty()) {
            problems.stream().map(p -> PointInputs.relocate(p, columns)).map(Problem::format).distinct()
                    .forEach(err::println);
            err.flush();
            return null;
        }
        return out;
    }
}
