package org.fifsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fifsim.experiment.ExperimentOutcome;
import org.fifsim.experiment.ExperimentSpec;
import org.fifsim.experiment.Runner;
import org.fifsim.experiment.Watch;
import org.fifsim.report.Publish;
import org.fifsim.scenario.Scenario;
import org.fifsim.selection.Constraint;
import org.fifsim.selection.DesignOutcome;
import org.fifsim.selection.Goal;
import org.fifsim.selection.OracleResponses;
import org.fifsim.selection.Outcome;
import org.fifsim.selection.Round;
import org.fifsim.selection.Settings;
import org.fifsim.store.ResultsFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code fifsim select FILE...}: the best of N designs on one KPI among those meeting service constraints, with a
 * probability guarantee, on common random numbers (every design runs with the same seed).
 */
@Command(name = "select", mixinStandardHelpOptions = true,
        description = "Selects the best of the designs on one KPI, among those that meet the --constraint bounds, "
                + "with probability at least --pcs when the best beats the next by at least --delta (feasibility "
                + "check, then KN with common random numbers, in rounds); writes selection.json, designs.csv, "
                + "mcb.csv, feasibility.csv, report.md, report.html and charts.")
final class SelectCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the designs' scenario files, at least two")
    private List<Path> files;

    @Option(names = "--kpi", required = true, paramLabel = "KPI", description = "the KPI to rank on")
    private String kpi;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    private Direction direction;

    /** Exactly one of the two: a selection without a direction would be a guess. */
    static final class Direction {
        @Option(names = "--minimize", required = true, description = "less is better (a cost)")
        boolean minimize;

        @Option(names = "--maximize", required = true, description = "more is better (vehicles built)")
        boolean maximize;
    }

    @Option(names = "--delta", required = true, paramLabel = "D",
            description = "indifference zone in the KPI's unit: the difference worth finding, > 0 (e.g. 1e6 CNY/yr)")
    private String delta;

    @Option(names = "--pcs", paramLabel = "P", description = "probability of correct selection, e.g. 95%% or 0.95 "
            + "(default 95%%)")
    private String pcs = "95%";

    @Option(names = "--constraint", paramLabel = "'KPI<=V,eps=E'",
            description = "a service constraint on a design's mean (also >=); V and E numbers or percentages; "
                    + "eps defaults to a fifth of |V|; repeatable")
    private List<String> constraints = new ArrayList<>();

    @Option(names = "--n0", paramLabel = "N", description = "first-stage replications of every design (default 10)")
    private int n0 = 10;

    @Option(names = "--batch", paramLabel = "B", description = "replications per contender per round (default 5)")
    private int batch = 5;

    @Option(names = "--max-replications", paramLabel = "N",
            description = "budget over all designs; reached, the selection stops without a pick (default none)")
    private Integer maxReplications;

    @Option(names = "--seed", paramLabel = "S",
            description = "base seed for every design (default: the seed of the first design by name)")
    private Long seed;

    @Mixin
    private WorkOptions work = new WorkOptions();

    /** Where the replications run. */
    @Mixin
    private EngineOptions engine;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default results/select-<KPI>)")
    private Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Goal goal;
        Settings settings;
        List<Constraint> bounds = new ArrayList<>();
        try {
            goal = new Goal(kpi, direction.maximize, ConstraintText.number(delta.strip(), "--delta " + delta));
            for (String c : constraints) {
                bounds.add(ConstraintText.parse(c));
            }
            double p = ConstraintText.number(pcs.strip(), "--pcs " + pcs);
            settings = new Settings(n0, batch, p, maxReplications == null ? Integer.MAX_VALUE : maxReplications, 0);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        String bad = check(goal, bounds, settings);
        if (bad != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), bad);
        }
        List<Scenario> read = Inputs.read(files, err);
        if (read == null) {
            return Main.BAD_INPUT;
        }
        Map<String, Scenario> designs = designs(read, err);
        if (designs == null || !Inputs.sameRoadMethod(read, files, err)) {
            return Main.BAD_INPUT;
        }
        int workers = work.threads();
        // the limits hold per replication: the first stage is what every design surely runs
        List<String> limits = Limits.problems(designs.values().stream().map(s -> s.withRun(s.run()
                .withReplications(n0))).toList(), workers, Limits.maxEvents(null), Runtime.getRuntime().maxMemory());
        if (!limits.isEmpty()) {
            limits.forEach(err::println);
            err.flush();
            return Main.BAD_INPUT;
        }
        Path target = out != null ? out : Path.of("results", "select-" + kpi);
        List<Path> inputs = ReadPaths.of(files);
        ResultsFolder.check(target, inputs);
        Interruption.target(target);
        List<String> cmd = Main.commandLine(spec);
        ExperimentSpec.Select asked = new ExperimentSpec.Select(List.copyOf(designs.values()), goal, bounds, settings,
                new ExperimentSpec.Output(target, inputs, workers, cmd, work.quiet()));
        ExperimentOutcome.SelectOutcome selected;
        try (Runner runner = engine.runner(asked, rounds(err))) {
            selected = runner.run(asked).orElseThrow();
        } catch (OracleResponses.MissingKpi e) {
            err.println("error: --kpi/--constraint: " + e.getMessage() + " (not computed by this build)");
            err.flush();
            return Main.BAD_INPUT;
        }
        Interruption.check();
        Publish.select(selected, engine.where(workers));
        Outcome outcome = selected.outcome();
        double seconds = selected.seconds();
        print(spec.commandLine().getOut(), outcome, target, seconds);
        return Main.OK;
    }

    /** A problem with the options, or null. */
    private String check(Goal goal, List<Constraint> bounds, Settings settings) {
        String bad = engine.check();
        if (bad == null && engine.sharded()) {
            bad = "select cannot run as --shard: each round depends on the one before (use --engine spark to spread "
                    + "a round over machines)";
        }
        if (bad == null && files.size() < 2) {
            bad = "select needs at least two designs, e.g. fifsim select scenarios/seres-remote.yaml "
                    + "scenarios/seres-fif.yaml --kpi cost_total_cny --minimize --delta 1e6";
        }
        List<String> names = new ArrayList<>();
        names.add(goal.kpi());
        bounds.forEach(c -> names.add(c.kpi()));
        if (bad == null) {
            bad = KpiNames.check("--kpi/--constraint", names);
        }
        if (bad == null && (n0 < 2 || n0 > 10_000)) {
            bad = "--n0 must be between 2 and 10000, got " + n0;
        }
        if (bad == null && (batch < 1 || batch > 10_000)) {
            bad = "--batch must be between 1 and 10000, got " + batch;
        }
        if (bad == null && (settings.pcs() <= 0.5 || settings.pcs() >= 1)) {
            bad = "--pcs must be above 50% and below 100%, got " + pcs;
        }
        if (bad == null && maxReplications != null && (long) files.size() * n0 > maxReplications) {
            bad = "--max-replications " + maxReplications + " is less than the first stage (" + files.size()
                    + " designs x --n0 " + n0 + ")";
        }
        if (bad == null && work.check() != null) {
            bad = work.check();
        }
        if (bad == null && seed != null && seed < 0) {
            bad = "--seed must not be negative, got " + seed;
        }
        return bad;
    }

    /**
     * The designs by name, all on one seed (common random numbers): --seed, else the first design's by name, so the
     * order of the files does not matter. Null after one line when two designs share a name.
     */
    private Map<String, Scenario> designs(List<Scenario> read, PrintWriter err) {
        Map<String, Scenario> byName = new java.util.TreeMap<>();
        for (int i = 0; i < read.size(); i++) {
            Scenario s = read.get(i);
            if (byName.put(s.name(), s) != null) {
                err.println("error: " + files.get(i) + ": two designs are named '" + s.name() + "'; a selection names"
                        + " its designs, so give each its own name");
                err.flush();
                return null;
            }
        }
        long common = seed != null ? seed : byName.values().iterator().next().run().seed();
        Map<String, Scenario> out = new LinkedHashMap<>();
        byName.forEach((n, s) -> out.put(n, s.withRun(s.run().withSeed(common))));
        return out;
    }

    /** The end of each round on stderr, unless quiet. */
    private Watch rounds(PrintWriter err) {
        return new Watch.Silent() {
            @Override
            public void round(Round r) {
                progress(err, r);
            }
        };
    }

    private void progress(PrintWriter err, Round r) {
        if (work.quiet()) {
            return;
        }
        err.printf(Locale.ROOT, "select: round %d (%s): %d replications each, %d in all; %d in contention%s%s%s%n",
                r.number(), r.phase(), r.replications(), r.total(), r.contenders().size(),
                r.eliminated().isEmpty() ? "" : "; eliminated " + String.join(", ", r.eliminated()),
                r.feasible().isEmpty() ? "" : "; feasible " + String.join(", ", r.feasible()),
                r.infeasible().isEmpty() ? "" : "; infeasible " + String.join(", ", r.infeasible()));
        err.flush();
    }

    private static void print(PrintWriter out, Outcome o, Path target, double seconds) {
        out.printf(Locale.ROOT, "%s -> %s%n", o.selected() == null ? "no design selected" : "selected " + o.selected(),
                target);
        out.println("  " + o.guarantee());
        for (DesignOutcome d : o.designs()) {
            out.printf(Locale.ROOT, "  %-28s %14s  %5d replications  %s%n", d.name(), Console.num(d.mean()),
                    d.replications(), d.feasibility().name().toLowerCase(Locale.ROOT));
        }
        out.printf(Locale.ROOT, "  %d replications in %d rounds, %.1f s%n", o.total(), o.rounds().size(), seconds);
        out.flush();
    }
}
