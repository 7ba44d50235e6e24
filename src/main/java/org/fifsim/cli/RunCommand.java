package org.fifsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.fifsim.experiment.ExperimentOutcome;
import org.fifsim.experiment.ExperimentSpec;
import org.fifsim.experiment.PrecisionRun;
import org.fifsim.experiment.Runner;
import org.fifsim.experiment.engine.EngineUnavailable;
import org.fifsim.experiment.engine.SimulationFailure;
import org.fifsim.report.TraceFile;
import org.fifsim.scenario.Scenario;
import org.fifsim.store.ResultsFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code fifsim run FILE...}: simulates each scenario and writes its results folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Simulates each scenario; writes summary.json, replications.csv, manifest.json, report.md, "
                + "report.html and charts/ to DIR (default results/<name>/).")
final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files (YAML)")
    private List<Path> files;

    @Mixin
    private RunOptions options = new RunOptions();

    @Mixin
    private PrecisionOptions precision = new PrecisionOptions();

    @Mixin
    private DesignSettings settings = new DesignSettings();

    @Mixin
    private TraceOptions trace = new TraceOptions();

    /** Where the replications run. */
    @Mixin
    private EngineOptions engine;

    @Option(names = "--no-report", description = "write only summary.json, replications.csv and manifest.json: "
            + "no report.md/html, no charts (faster batch runs)")
    private boolean noReport;

    @Option(names = "--out", paramLabel = "DIR",
            description = "results folder (default results/<name>); with several files, DIR/<name>")
    private Path out;

    @Override
    public Integer call() throws IOException, InterruptedException, SimulationFailure, EngineUnavailable {
        PrintWriter err = spec.commandLine().getErr();
        for (String bad : new String[] {options.check(), precision.check(), trace.check(), engine.check(),
                shardCheck()}) {
            if (bad != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), bad);
            }
        }
        List<String> warnings = new ArrayList<>();
        List<Scenario> scenarios = Inputs.read(files, err, parsedSettings(), warnings);
        if (scenarios == null) {
            return Main.BAD_INPUT;
        }
        for (Scenario s : scenarios) {
            String bad = trace.check(s);
            if (bad != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), bad);
            }
        }
        List<Path> inputs = ReadPaths.of(files);
        List<Path> targets = new ArrayList<>();
        for (Scenario s : scenarios) {
            Path target = target(s, scenarios.size());
            if (targets.contains(target)) {
                err.println("error: two scenarios are named '" + s.name() + "' and would write the same results "
                        + "folder " + target + "; give each scenario its own name");
                return Main.BAD_INPUT;
            }
            targets.add(target);
            ResultsFolder.check(target, inputs);
            if (trace.active()) {
                TraceFile.check(trace.fileFor(s, scenarios.size()), inputs);
            }
        }
        List<Scenario> applied = scenarios.stream().map(options::apply).toList();
        // a precision-driven run may add replications up to its cap: the limits hold for the most it may reach
        List<Scenario> atMost = !precision.active() ? applied : applied.stream().map(s -> s.withRun(
                s.run().withReplications(Math.max(s.run().replications(), precision.cap())))).toList();
        if (!options.withinLimits(atMost, err)) {
            return Main.BAD_INPUT;
        }
        for (Scenario s : atMost) {
            if (trace.active() && trace.replication() >= s.run().replications()) {
                // a trace of a replication that is not in the results would explain nothing in them
                throw new CommandLine.ParameterException(spec.commandLine(), "--trace-replication "
                        + trace.replication() + ": " + s.name() + " runs " + s.run().replications()
                        + " replications (0 to " + (s.run().replications() - 1) + ")");
            }
        }
        warnings.forEach(err::println);
        err.flush();
        List<ExperimentSpec.Run> specs = new ArrayList<>();
        for (Scenario s : applied) {
            specs.add(new ExperimentSpec.Run(s, precision.active() ? new ExperimentSpec.Precision(precision.target(),
                    precision.chosen(), precision.cap()) : null, !noReport, new ExperimentSpec.Output(
                    target(s, scenarios.size()), inputs, options.threads(), command(), options.quiet())));
        }
        // a precision-driven run starts with the scenario's replications and adds more only if it must
        ReportWarmup.startIf(!noReport, engine, options.threads(),
                applied.stream().mapToInt(s -> s.run().replications()).max().orElse(1));
        try (Runner runner = engine.runner(specs.get(0), Progress.watch(options.quiet(), err))) {
            for (ExperimentSpec.Run run : specs) {
                Interruption.target(run.output().target());
                Optional<ExperimentOutcome.RunOutcome> outcome;
                try {
                    outcome = runner.run(run);
                } catch (PrecisionRun.MissingKpi e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--kpi: " + e.getMessage());
                }
                if (outcome.isEmpty()) {
                    engine.printShardSaved(spec.commandLine().getOut(), run.scenario().name(),
                            run.output().target());
                    continue;
                }
                Outputs.run(outcome.get(), trace, scenarios.size(), spec.commandLine().getOut(), err);
            }
        }
        return Main.OK;
    }

    /** Where a scenario's results go: --out, or DIR/NAME with several scenarios, or results/NAME. */
    private Path target(Scenario s, int count) {
        return out == null ? Path.of("results", s.name()) : count == 1 ? out : out.resolve(s.name());
    }

    /** A shard is one slice of one plan: one file, a fixed replication count, nothing run after it. */
    private String shardCheck() {
        if (engine.sharded() && (files.size() > 1 || precision.active() || trace.active())) {
            return "--shard needs one FILE and no --precision or --trace (run each file as its own array job)";
        }
        return null;
    }

    private List<String> command() {
        return Main.commandLine(spec);
    }

    private List<DesignSettings.Setting> parsedSettings() {
        try {
            return settings.parse();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
