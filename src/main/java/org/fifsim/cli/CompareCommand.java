package org.fifsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.fifsim.report.DecisionContext;
import org.fifsim.claims.Claim;
import org.fifsim.experiment.ExperimentOutcome;
import org.fifsim.experiment.ExperimentSpec;
import org.fifsim.experiment.Runner;
import org.fifsim.explain.Between;
import org.fifsim.explain.Groups;
import org.fifsim.scenario.Scenario;
import org.fifsim.store.ResultsFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code fifsim compare BASE OTHER...}: all scenarios on common random numbers, paired differences against BASE. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Runs all scenarios with common random numbers (the baseline's seed and replications) and "
                + "writes paired differences of every KPI against the first, with report.md, report.html and charts.")
final class CompareCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "baseline scenario, then the others")
    private List<Path> files;

    @Mixin
    private RunOptions options = new RunOptions();

    @Mixin
    private DesignSettings settings = new DesignSettings();

    /** Where the replications run. */
    @Mixin
    private EngineOptions engine;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default results/compare-<base>-vs-<other>)")
    private Path out;

    @Option(names = "--claims", paramLabel = "FILE",
            description = "claims file (YAML) to check against the baseline and the first other scenario; the report "
                    + "and claims.json show claim, simulation with interval, verdict and assumption")
    private Path claimsFile;

    @Option(names = "--explain",
            description = "also split the difference (other minus baseline) into the shares of the groups of keys in "
                    + "which the two differ, as fifsim explain does; written to explain/ in the results folder and "
                    + "a section of the report (two scenarios only)")
    private boolean explain;

    @Option(names = "--group", paramLabel = "NAME=KEY,KEY",
            description = "with --explain: put the differing keys under these key prefixes into group NAME, as in "
                    + "fifsim explain; repeatable")
    private List<String> groups = new ArrayList<>();

    @Option(names = "--context", paramLabel = "DIR",
            description = "finished results of sweep --against, explain or sensitivity of these designs: their "
                    + "break-even, what the difference is made of and what moves it go on the report's first screen; "
                    + "repeatable")
    private List<Path> context = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String bad = files.size() < 2 ? "compare needs the baseline scenario and at least one other to compare "
                + "with it, e.g. fifsim compare scenarios/seres-remote.yaml scenarios/seres-fif.yaml"
                : options.check();
        if (bad == null) {
            bad = engine.check();
        }
        if (bad == null && !explain && !groups.isEmpty()) {
            bad = "--group only groups the keys of --explain; add --explain";
        }
        if (bad == null && explain && files.size() != 2) {
            bad = "--explain explains one pair: compare the baseline with one other scenario, got " + files.size()
                    + " scenarios";
        }
        if (bad == null && explain && engine.sharded()) {
            bad = "--explain runs all its designs in one request and cannot run as a shard; leave out --shard";
        }
        List<Groups.Rule> own = List.of();
        try {
            own = Explanation.rules(groups);
        } catch (IllegalArgumentException e) {
            bad = bad != null ? bad : e.getMessage();
        }
        if (bad != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), bad);
        }
        List<String> warnings = new ArrayList<>();
        List<Scenario> read = Inputs.read(files, err, parsedSettings(), warnings);
        List<Claim> claims = claimsFile == null ? List.of() : Inputs.claims(claimsFile, err);
        if (read == null || claims == null) {
            return Main.BAD_INPUT;
        }
        Scenario base = options.apply(read.get(0));
        List<Scenario> scenarios = new ArrayList<>();
        for (Scenario s : read) {
            // pairing needs the same seed and replication count everywhere: the baseline's
            scenarios.add(options.apply(s).withRun(s.run().withSeed(base.run().seed())
                    .withReplications(base.run().replications())));
        }
        if (scenarios.stream().map(Scenario::name).distinct().count() < scenarios.size()) {
            err.println("error: compare needs scenarios with different names");
            return Main.BAD_INPUT;
        }
        if (!options.withinLimits(scenarios, err) || !Inputs.sameRoadMethod(scenarios, files, err)) {
            return Main.BAD_INPUT;
        }
        DecisionContext studies;
        try {
            studies = DecisionContext.read(context, scenarios.get(0).name(), scenarios.get(1).name());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Between between = null;
        if (explain) {
            between = Explanation.between(scenarios.get(0), scenarios.get(1), own, options, err);
            if (between == null) {
                return Main.BAD_INPUT;
            }
        }
        Path target = out != null ? out : Path.of("results", "compare-" + String.join("-vs-",
                scenarios.stream().map(Scenario::name).toList()));
        List<Path> inputs = ReadPaths.of(files, claimsFile);
        inputs.addAll(context);
        ResultsFolder.check(target, inputs);
        warnings.forEach(err::println);
        err.flush();
        Interruption.target(target);
        ExperimentSpec.Compare compare = new ExperimentSpec.Compare(scenarios, claimsFile, context, between,
                new ExperimentSpec.Output(target, inputs, options.threads(), Main.commandLine(spec), options.quiet()));
        Optional<ExperimentOutcome.ComparisonOutcome> outcome;
        ReportWarmup.startIf(true, engine, options.threads(),
                scenarios.size() * scenarios.get(0).run().replications());
        try (Runner runner = engine.runner(compare, Progress.watch(options.quiet(), err))) {
            outcome = runner.run(compare);
        }
        if (outcome.isEmpty()) {
            engine.printShardSaved(spec.commandLine().getOut(), "compare", target);
            return Main.OK;
        }
        Outputs.compare(outcome.get(), claims, studies, spec.commandLine().getOut());
        return Main.OK;
    }

    private List<DesignSettings.Setting> parsedSettings() {
        try {
            return settings.parse();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
