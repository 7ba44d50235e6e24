package org.fifsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fifsim.experiment.engine.EngineUnavailable;
import org.fifsim.experiment.engine.ExperimentService;
import org.fifsim.experiment.PrecisionRun;
import org.fifsim.experiment.SimulationFailure;
import org.fifsim.report.KpiSummary;
import org.fifsim.report.PrecisionNote;
import org.fifsim.report.ResultsFolder;
import org.fifsim.report.RunWriter;
import org.fifsim.report.WarmupCheck;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    /** Made by picocli's factory, so {@code fifsim merge} can hand in the shards' results. */
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
        List<Path> inputs = ReadPaths.of(files, engine);
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
                Tracer.check(trace.fileFor(s, scenarios.size()), inputs);
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
        try (ExperimentService service = engine.service(options.threads(), target(applied.get(0), 1), command(),
                inputs)) {
            return run(scenarios.size(), applied, service, err);
        }
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

    private Integer run(int files, List<Scenario> applied, ExperimentService service, PrintWriter err)
            throws IOException, InterruptedException, SimulationFailure, EngineUnavailable {
        for (Scenario applying : applied) {
            Scenario s = applying;
            Path target = target(s, files);
            Interruption.target(target);
            List<ReplicationResult> results;
            PrecisionNote note = null;
            if (precision.active()) {
                PrecisionRun.Outcome o;
                try {
                    o = runToPrecision(s, service);
                } catch (PrecisionRun.MissingKpi e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--kpi: " + e.getMessage());
                }
                results = o.results();
                note = new PrecisionNote(precision.target(), precision.chosen(), results.size(), precision.cap(),
                        o.batches(), o.met(), PrecisionRun.achieved(o.estimates()));
                s = s.withRun(s.run().withReplications(results.size()));
            } else {
                var ran = service.each(List.of(s), new Progress(s.name(), s.run().replications(), options.quiet));
                if (ran.isEmpty()) {
                    printShard(s);
                    continue;
                }
                results = ran.get().get(0);
            }
            Interruption.check();
            WarmupCheck warmup = WarmupCheck.of(s, results);
            if (warmup.tooShort()) {
                err.println("warning: " + warmup.warning(s.name()));
                err.flush();
            }
            // every output is written before any is put in place: a trace that cannot be written keeps the earlier
            // results, and results that cannot be written keep the earlier trace
            Path file = trace.active() ? trace.fileFor(s, files) : null;
            List<KpiSummary> kpis;
            long rows = 0;
            try (Tracer.Pending traced = file == null ? null
                    : Tracer.write(s, trace.replication(), trace.components(), file)) {
                kpis = RunWriter.write(target, s, results, options.threads(), command(), warmup, note, !noReport);
                if (traced != null) {
                    traced.publish();
                    rows = traced.rows();
                }
            }
            PrintWriter stdout = spec.commandLine().getOut();
            Console.printSummary(stdout, s, kpis, target);
            if (note != null) {
                stdout.println(note.sentence());
            }
            if (file != null) {
                stdout.printf("trace: %,d events of replication %d%s -> %s%n", rows, trace.replication(),
                        trace.components().isEmpty() ? "" : " (" + String.join(", ", trace.components()) + ")", file);
            }
            stdout.flush();
        }
        return Main.OK;
    }

    private void printShard(Scenario s) {
        engine.printShardSaved(spec.commandLine().getOut(), s.name(), target(s, 1));
    }

    private PrecisionRun.Outcome runToPrecision(Scenario s, ExperimentService service)
            throws SimulationFailure, InterruptedException, EngineUnavailable {
        Progress progress = Progress.open(s.name(), precision.cap(), options.quiet);
        PrecisionRun.Outcome o = PrecisionRun.run((from, count) -> {
            progress.batchFrom(from);
            return service.batch(s, from, count, progress);
        }, s.run().replications(), precision.cap(), precision.target(), precision.chosen());
        progress.finish();
        return o;
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
