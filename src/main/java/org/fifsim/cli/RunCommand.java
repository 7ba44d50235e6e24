package org.fifsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fifsim.experiment.Experiment;
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
    private TraceOptions trace = new TraceOptions();

    @Option(names = "--no-report", description = "write only summary.json, replications.csv and manifest.json: "
            + "no report.md/html, no charts (faster batch runs)")
    private boolean noReport;

    @Option(names = "--out", paramLabel = "DIR",
            description = "results folder (default results/<name>); with several files, DIR/<name>")
    private Path out;

    @Override
    public Integer call() throws IOException, InterruptedException, SimulationFailure {
        PrintWriter err = spec.commandLine().getErr();
        for (String bad : new String[] {options.check(), precision.check(), trace.check()}) {
            if (bad != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), bad);
            }
        }
        List<Scenario> scenarios = Inputs.read(files, err);
        if (scenarios == null) {
            return Main.BAD_INPUT;
        }
        for (Scenario s : scenarios) {
            String bad = trace.check(s);
            if (bad != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), bad);
            }
        }
        List<Path> targets = new ArrayList<>();
        for (Scenario s : scenarios) {
            Path target = target(s, scenarios.size());
            if (targets.contains(target)) {
                err.println("error: two scenarios are named '" + s.name() + "' and would write the same results "
                        + "folder " + target + "; give each scenario its own name");
                return Main.BAD_INPUT;
            }
            targets.add(target);
            ResultsFolder.check(target, files);
            if (trace.active()) {
                Tracer.check(trace.fileFor(s, scenarios.size()), files);
            }
        }
        List<Scenario> applied = scenarios.stream().map(options::apply).toList();
        // a precision-driven run may add replications up to its cap: the limits hold for the most it may reach
        List<Scenario> atMost = !precision.active() ? applied : applied.stream().map(s -> s.withRun(
                s.run().withReplications(Math.max(s.run().replications(), precision.cap())))).toList();
        if (!options.withinLimits(atMost, err)) {
            return Main.BAD_INPUT;
        }
        for (Scenario applying : applied) {
            Scenario s = applying;
            Path target = target(s, scenarios.size());
            Interruption.target(target);
            List<ReplicationResult> results;
            PrecisionNote note = null;
            if (precision.active()) {
                PrecisionRun.Outcome o;
                try {
                    o = runToPrecision(s);
                } catch (PrecisionRun.MissingKpi e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--kpi: " + e.getMessage());
                }
                results = o.results();
                note = new PrecisionNote(precision.target(), precision.chosen(), results.size(), precision.cap(),
                        o.batches(), o.met(), PrecisionRun.achieved(o.estimates()));
                s = s.withRun(s.run().withReplications(results.size()));
            } else {
                results = Experiment.run(s, options.threads(),
                        new Progress(s.name(), s.run().replications(), options.quiet));
            }
            Interruption.check();
            WarmupCheck warmup = WarmupCheck.of(s, results);
            if (warmup.tooShort()) {
                err.println("warning: " + warmup.warning(s.name()));
                err.flush();
            }
            List<KpiSummary> kpis = RunWriter.write(target, s, results, options.threads(), command(), warmup, note,
                    !noReport);
            Interruption.written();
            PrintWriter stdout = spec.commandLine().getOut();
            Console.printSummary(stdout, s, kpis, target);
            if (note != null) {
                stdout.println(note.sentence());
            }
            if (trace.active()) {
                Path file = trace.fileFor(s, scenarios.size());
                long rows = Tracer.write(s, trace.replication(), trace.components(), file);
                stdout.printf("trace: %,d events of replication %d%s -> %s%n", rows, trace.replication(),
                        trace.components().isEmpty() ? "" : " (" + String.join(", ", trace.components()) + ")", file);
            }
            stdout.flush();
        }
        return Main.OK;
    }

    /** Where a scenario's results go: --out, or DIR/NAME with several scenarios, or results/NAME. */
    private Path target(Scenario s, int count) {
        return out == null ? Path.of("results", s.name()) : count == 1 ? out : out.resolve(s.name());
    }

    private PrecisionRun.Outcome runToPrecision(Scenario s) throws SimulationFailure, InterruptedException {
        Progress progress = Progress.open(s.name(), precision.cap(), options.quiet);
        PrecisionRun.Outcome o = PrecisionRun.run((from, count) -> {
            progress.batchFrom(from);
            return Experiment.run(s, from, count, options.threads(), progress);
        }, s.run().replications(), precision.cap(), precision.target(), precision.chosen());
        progress.finish();
        return o;
    }

    private List<String> command() {
        List<String> c = new ArrayList<>();
        c.addAll(spec.commandLine().getParseResult().originalArgs());
        return c;
    }
}
