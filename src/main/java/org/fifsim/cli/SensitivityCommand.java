package org.fifsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.fifsim.experiment.ExperimentOutcome;
import org.fifsim.experiment.ExperimentSpec;
import org.fifsim.experiment.Runner;
import org.fifsim.experiment.sweep.Perturbation;
import org.fifsim.experiment.sweep.SensitivityOutcome;
import org.fifsim.report.sweep.SensitivityWriter;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.Position;
import org.fifsim.scenario.io.Problem;
import org.fifsim.scenario.io.ScenarioException;
import org.fifsim.scenario.io.ScenarioReader;
import org.fifsim.scenario.io.ScenarioValues;
import org.fifsim.stats.Estimate;
import org.fifsim.store.ResultsFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code fifsim sensitivity FILE --keys ... --kpi ...}: one key at a time down and up by a delta, paired with base. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"One-at-a-time sensitivity: runs the scenario as it is, then with each key at its value "
                + "-delta and +delta (all else at base), every run on the same seed, so each setting is paired with "
                + "the base. Writes sensitivity.csv, sensitivity.json and a tornado chart per KPI to DIR (default "
                + "results/sensitivity-<name>/).",
            "A duration keeps its unit (45s with 10%% gives 40.5s and 49.5s); a whole number stays whole, rounded away "
                + "from the base."})
final class SensitivityCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the scenario (YAML)")
    private Path file;

    @Option(names = "--keys", required = true, split = ",", paramLabel = "KEY",
            description = "numeric or duration keys by dotted path, e.g. vehicle_line.takt,"
                    + "pack_line.stations.cell-stacking.mtbf.exponential")
    private List<String> keys;

    @Option(names = "--delta", paramLabel = "D", description = "relative change, e.g. 10%% or 0.1 (default 10%%)")
    private String delta = "10%";

    @Option(names = "--kpi", required = true, split = ",", paramLabel = "NAME", description = "KPIs to chart")
    private List<String> kpis;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "a value fixed for every run, e.g. run.horizon=60d (repeatable)")
    private Map<String, String> set;

    @Mixin
    private RunOptions options = new RunOptions();

    /** Where the replications run. */
    @Mixin
    private EngineOptions engine;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default results/sensitivity-<name>)")
    private Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String bad = options.check();
        if (bad == null) {
            bad = engine.check();
        }
        if (bad == null) {
            bad = KpiNames.check("--kpi", kpis);
        }
        double d = parseDelta(delta);
        if (bad == null && Double.isNaN(d)) {
            bad = "--delta must be a percentage or fraction between 0 and 100%, e.g. 10% or 0.1, got '" + delta + "'";
        }
        Set<String> unique = new LinkedHashSet<>();
        for (String k : keys) {
            String key = k.strip();
            if (bad == null && key.isEmpty()) {
                bad = "--keys: an empty key (two commas, or a comma at an end)";
            } else if (bad == null && !unique.add(key)) {
                bad = "--keys: " + key + " is listed twice";
            } else if (bad == null && PointInputs.reserved(key) != null) {
                bad = "--keys: " + key + " cannot be varied: " + PointInputs.reserved(key);
            }
        }
        if (bad != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), bad);
        }
        Scenario base;
        Scenario asRead;
        try {
            asRead = ScenarioReader.read(file, set == null ? Map.of() : new LinkedHashMap<>(set));
            base = options.apply(asRead);
        } catch (ScenarioException e) {
            Map<String, Integer> columns = PointInputs.columns(new ArrayList<>(unique), set);
            e.problems().stream().map(p -> PointInputs.relocate(p, columns)).map(Problem::format).distinct()
                    .forEach(err::println);
            err.flush();
            return Main.BAD_INPUT;
        }
        List<String> noEffect = Inputs.noEffects(DesignSettings.of(set), List.of(asRead),
                (i, others) -> ScenarioReader.read(file, DesignSettings.asMap(others)));
        if (!noEffect.isEmpty()) {
            noEffect.forEach(err::println);
            err.flush();
            return Main.BAD_INPUT;
        }
        List<Perturbation> settings = settings(new ArrayList<>(unique), d, err);
        if (settings == null) {
            return Main.BAD_INPUT;
        }
        int replications = base.run().replications();
        long runs = (long) (1 + 2 * settings.size()) * replications;
        if (runs > SweepCommand.MAX_RUNS) {
            err.printf(Locale.ROOT, "error: this analysis is %d runs (1 + 2 x %d keys, x %d replications), more than "
                    + "the %,d allowed; use fewer keys or --replications%n", runs, settings.size(), replications,
                    SweepCommand.MAX_RUNS);
            err.flush();
            return Main.BAD_INPUT;
        }
        // refused before any work, and before the points' warnings: the one line says why
        Path target = out != null ? out : Path.of("results", "sensitivity-" + base.name());
        List<Path> inputs = ReadPaths.of(List.of(file));
        ResultsFolder.check(target, inputs);
        List<List<Scenario>> cases = PointInputs.read(List.of(file), set, SensitivityOutcome.points(settings),
                settings.stream().map(Perturbation::key).toList(), base.run(), err);
        if (cases == null) {
            return Main.BAD_INPUT;
        }
        ExperimentSpec.Sensitivity analysis = new ExperimentSpec.Sensitivity(base.name(), d, settings, cases.get(0),
                kpis, new ExperimentSpec.Output(target, inputs, options.threads(), Main.commandLine(spec),
                options.quiet()));
        Optional<ExperimentOutcome.SensitivityRunOutcome> outcome;
        try (Runner runner = engine.runner(analysis, Progress.watch(options.quiet(), err))) {
            outcome = runner.run(analysis);
        }
        if (outcome.isEmpty()) {
            engine.printShardSaved(spec.commandLine().getOut(), "sensitivity", target);
            return Main.OK;
        }
        Outputs.sensitivity(outcome.get(), engine.where(options.threads()), spec.commandLine().getOut(), err);
        return Main.OK;
    }

    /** 10% or 0.1 as 0.1; NaN when it is not a number strictly between 0 and 1. */
    static double parseDelta(String text) {
        String t = text.strip();
        double scale = 1;
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
            scale = 100;
        }
        try {
            double v = Double.parseDouble(t) / scale;
            return v > 0 && v < 1 ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Each key's base value (from --set or the file) and its low and high settings; null after printing problems. */
    private List<Perturbation> settings(List<String> list, double d, PrintWriter err) {
        List<Perturbation> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String key = list.get(i);
            try {
                String text = set != null && set.containsKey(key) ? set.get(key)
                        : ScenarioValues.textAt(file, key, i + 1);
                out.add(Perturbation.of(key, text, d));
            } catch (ScenarioException e) {
                e.problems().stream().map(Problem::format).forEach(problems::add);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(new Position(Path.of(PointInputs.COMMAND_LINE), 1, i + 1), key, e.getMessage(),
                        null).format());
            }
        }
        if (!problems.isEmpty()) {
            problems.stream().distinct().forEach(err::println);
            err.flush();
            return null;
        }
        return out;
    }

    /** The console lines: each KPI's base and every key's low and high difference with its interval. */
    static void print(PrintWriter out, SensitivityOutcome o, Path target) {
        out.printf(Locale.ROOT, "sensitivity %s: each key -/+%s, %d replications, seed %d, paired with the base "
                + "-> %s%n", o.scenario(), SensitivityWriter.percent(o.delta()), o.replications(), o.seed(), target);
        int width = o.settings().stream().mapToInt(p -> p.key().length()).max().orElse(10);
        int vw = o.settings().stream().mapToInt(p -> Math.max(p.low().length(), p.high().length())).max().orElse(6);
        for (String kpi : o.kpis()) {
            Estimate b = o.base().get(kpi);
            out.printf(Locale.ROOT, "%s: base %s [%s, %s]%n", kpi, Console.num(b.mean()), Console.num(b.ci95Low()),
                    Console.num(b.ci95High()));
            for (int k = 0; k < o.settings().size(); k++) {
                Perturbation p = o.settings().get(k);
                out.printf(Locale.ROOT, "  %-" + width + "s  low %-" + vw + "s %-34s high %-" + vw + "s %s%n", p.key(),
                        p.low(), diff(o.lowDiff().get(k).get(kpi)), p.high(), diff(o.highDiff().get(k).get(kpi)));
            }
        }
        out.flush();
    }

    private static String diff(Estimate d) {
        if (d == null) {
            return "n/a";
        }
        String sign = d.mean() > 0 ? "+" : "";
        return sign + Console.num(d.mean()) + " " + Console.interval(d);
    }
}
