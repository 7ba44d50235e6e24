package org.fifsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.analysis.PrecisionNote;
import org.fifsim.analysis.WarmupCheck;
import org.fifsim.claims.Claim;
import org.fifsim.experiment.ExperimentOutcome;
import org.fifsim.experiment.ExperimentSpec;
import org.fifsim.experiment.engine.SimulationFailure;
import org.fifsim.report.CompareWriter;
import org.fifsim.report.ConsoleText;
import org.fifsim.report.DecisionContext;
import org.fifsim.report.Publish;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;

/**
 * Publishes an experiment's outcome ({@link Publish} writes the files) and tells the user what it found and where the
 * files are: what a command does after {@link org.fifsim.experiment.Runner} returns, and what {@code fifsim merge}
 * does with the shards' outcome.
 */
final class Outputs {
    private Outputs() {
    }

    /**
     * Writes any outcome as the command of its kind does (no trace).
     *
     * @param claims the claims of a comparison (empty for none)
     * @param studies the finished studies of a comparison's pair, for its first screen
     * @param where where the work ran, for a sweep's speed line
     */
    static void write(ExperimentOutcome o, List<Claim> claims, DecisionContext studies, String where,
            PrintWriter out, PrintWriter err) throws Exception {
        if (o instanceof ExperimentOutcome.RunOutcome r) {
            run(r, null, 1, out, err);
        } else if (o instanceof ExperimentOutcome.ComparisonOutcome c) {
            compare(c, claims, studies, out);
        } else if (o instanceof ExperimentOutcome.SweptOutcome s) {
            sweep(s, where, out, err);
        } else if (o instanceof ExperimentOutcome.SensitivityRunOutcome s) {
            sensitivity(s, where, out, err);
        } else {
            // explain, select and optimize ask for replications as they go: they cannot be sharded, so never merged
            throw new IllegalArgumentException("no merge of " + o.getClass().getSimpleName());
        }
    }

    /**
     * A run's results folder and, with {@code trace}, the trace of one replication; then the summary lines.
     *
     * @param trace the trace to write, or null
     * @param files the scenarios of the command (names the trace file)
     */
    static void run(ExperimentOutcome.RunOutcome o, TraceOptions trace, int files, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException, SimulationFailure {
        Interruption.check();
        Scenario s = o.scenario();
        List<ReplicationResult> results = o.results();
        ExperimentSpec.Output output = o.spec().output();
        WarmupCheck warmup = WarmupCheck.of(s, results);
        if (warmup.tooShort()) {
            err.println("warning: " + warmup.warning(s.name()));
            err.flush();
        }
        PrecisionNote note = Publish.note(o);
        Path file = trace != null && trace.active() ? trace.fileFor(s, files) : null;
        Publish.Written written = Publish.run(o, warmup, note, file == null ? null
                : new Publish.Trace(file, trace.replication(), trace.components()));
        List<KpiSummary> kpis = written.kpis();
        long rows = written.traceRows();
        Console.printSummary(out, s, kpis, output.target());
        if (note != null) {
            out.println(note.sentence());
        }
        if (file != null) {
            out.printf("trace: %,d events of replication %d%s -> %s%n", rows, trace.replication(),
                    trace.components().isEmpty() ? "" : " (" + String.join(", ", trace.components()) + ")", file);
        }
        out.flush();
    }

    /**
     * The comparison's folder, then the decision as summary.md has it: the answer sentence and the decision table of
     * each design against the base, the service verdicts, then where the results are. The full KPI list is in the
     * results files, not here.
     */
    static void compare(ExperimentOutcome.ComparisonOutcome o, List<Claim> claims, DecisionContext studies,
            PrintWriter out) throws Exception {
        Interruption.check();
        ExperimentSpec.Output output = o.spec().output();
        CompareWriter.Written written = Publish.compare(o, claims, studies);
        for (String line : ConsoleText.lines(written.decision())) {
            out.println(line);
        }
        out.printf(Locale.ROOT, "results (every KPI, paired against %s) -> %s%n",
                o.spec().scenarios().get(0).name(), output.target());
        out.flush();
        Path explained = Publish.explainReport(o);
        if (explained != null) {
            out.printf(Locale.ROOT, "explained by group (Shapley shares) -> %s%n", explained);
            out.flush();
        }
    }

    /** A sweep's folder (sweep.csv, sweep.json, charts, report), the table on the console, and its speed. */
    static void sweep(ExperimentOutcome.SweptOutcome s, String where, PrintWriter out, PrintWriter err)
            throws IOException {
        missing(s.missing(), err);
        Publish.sweep(s);
        SweepPrinter.print(out, s.outcome(), s.spec().output().target());
        if (!s.spec().output().quiet()) {
            SweepSpeed.print(err, "sweep", s.run(), where);
        }
    }

    /** A sensitivity study's folder (sensitivity.csv/json, tornado charts, report), the console lines, speed. */
    static void sensitivity(ExperimentOutcome.SensitivityRunOutcome s, String where, PrintWriter out,
            PrintWriter err) throws IOException {
        missing(s.missing(), err);
        Publish.sensitivity(s);
        SensitivityCommand.print(out, s.outcome(), s.spec().output().target());
        if (!s.spec().output().quiet()) {
            SweepSpeed.print(err, "sensitivity", s.run(), where);
        }
    }

    /** One warning line per asked KPI the results do not have. */
    private static void missing(List<String> kpis, PrintWriter err) {
        for (String k : kpis) {
            err.println("warning: KPI " + k + " is not in these results (the scenario does not produce it); "
                    + "no chart or crossing for it");
        }
        err.flush();
    }
}
