package org.fifsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.analysis.PrecisionNote;
import org.fifsim.analysis.WarmupCheck;
import org.fifsim.claims.Claim;
import org.fifsim.experiment.ExperimentOutcome;
import org.fifsim.experiment.ExperimentSpec;
import org.fifsim.experiment.engine.SimulationFailure;
import org.fifsim.report.selection.OptimizeWriter;
import org.fifsim.report.selection.SelectionWriter;
import org.fifsim.report.selection.StudyFolder;
import org.fifsim.report.selection.StudyResults;
import org.fifsim.report.sweep.SweepFiles;
import org.fifsim.scenario.Scenario;

/**
 * Turns an experiment's outcome into its results folder: the one step between {@link org.fifsim.experiment.Runner}
 * and the console, the same for a command and for {@code fifsim merge}. Each kind of outcome has its writer; what the
 * console prints afterwards is the command's.
 */
public final class Publish {
    private Publish() {
    }

    /**
     * How a precision-driven run ended, for its report and the console, or null for a fixed number of replications.
     */
    public static PrecisionNote note(ExperimentOutcome.RunOutcome o) {
        if (o.precision() == null) {
            return null;
        }
        ExperimentSpec.Precision p = o.spec().precision();
        return new PrecisionNote(p.target(), p.kpis(), o.results().size(), p.cap(), o.precision().batches(),
                o.precision().met(), o.precision().estimates());
    }

    /**
     * A run's results folder (summary.json, replications.csv, charts and report unless the spec leaves the report
     * out) and, with {@code trace}, the trace of one of its replications, run again with the audit trail on.
     *
     * @param warmup the warm-up judgement, made before so that its warning comes first
     * @param note how a precision-driven run ended ({@link #note}), or null
     * @param trace the trace to write, or null
     */
    public static Written run(ExperimentOutcome.RunOutcome o, WarmupCheck warmup, PrecisionNote note, Trace trace)
            throws IOException, SimulationFailure {
        ExperimentSpec.Output output = o.spec().output();
        // every output is written before any is put in place: a trace that cannot be written keeps the earlier
        // results, and results that cannot be written keep the earlier trace
        try (TraceFile.Pending traced = trace == null ? null
                : TraceFile.write(o.scenario(), trace.replication(), trace.components(), trace.file())) {
            List<KpiSummary> kpis = RunWriter.write(output.target(), o.scenario(), o.results(), output.threads(),
                    output.command(), warmup, note, o.spec().report());
            long rows = 0;
            if (traced != null) {
                traced.publish();
                rows = traced.rows();
            }
            return new Written(kpis, rows);
        }
    }

    /** A run's results folder, its warm-up judged here: for callers that warn of nothing (the benchmark). */
    public static List<KpiSummary> run(ExperimentOutcome.RunOutcome o) throws IOException, SimulationFailure {
        return run(o, WarmupCheck.of(o.scenario(), o.results()), note(o), null).kpis();
    }

    /**
     * The trace of one replication.
     *
     * @param file the trace file as the user named it
     * @param components the components whose events it keeps (empty for all)
     */
    public record Trace(Path file, int replication, Set<String> components) {
    }

    /**
     * What a run's publishing leaves for the console.
     *
     * @param kpis the KPI summaries
     * @param traceRows the events in the trace (0 without one)
     */
    public record Written(List<KpiSummary> kpis, long traceRows) {
    }

    /**
     * A comparison's folder, with its explanation when the spec asked for one; returns the decision its report opens
     * with, which the console prints too.
     *
     * @param claims the claims checked against the results (empty for none)
     * @param studies the finished studies of the pair, for the first screen
     */
    public static CompareWriter.Written compare(ExperimentOutcome.ComparisonOutcome o, List<Claim> claims,
            DecisionContext studies) throws IOException {
        ExperimentSpec.Output output = o.spec().output();
        return CompareWriter.written(output.target(), o.spec().scenarios(), o.results(), output.threads(),
                output.command(), claims, explained(o.explained()), studies);
    }

    /** Where a comparison's explanation is, or null when it has none. */
    public static Path explainReport(ExperimentOutcome.ComparisonOutcome o) {
        return o.explained() == null ? null
                : o.spec().output().target().resolve(CompareWriter.EXPLAIN).resolve("report.md");
    }

    /** A sweep's folder: sweep.csv, sweep.json, charts, report. */
    public static void sweep(ExperimentOutcome.SweptOutcome o) throws IOException {
        SweepFiles.write(o);
    }

    /** A sensitivity study's folder: sensitivity.csv/json, tornado charts, report. */
    public static void sensitivity(ExperimentOutcome.SensitivityRunOutcome o) throws IOException {
        SweepFiles.write(o);
    }

    /** An explanation's folder: explain.json, designs.csv, bridge charts, report. */
    public static void explain(ExperimentOutcome.ExplainOutcome o) throws IOException {
        ExperimentSpec.Explain spec = o.spec();
        ExperimentSpec.Output output = spec.output();
        ExplainWriter.write(output.target(), spec.a(), spec.b(), explained(o.explained()), output.threads(),
                output.command());
    }

    /**
     * A selection's folder: selection.json, designs.csv, mcb.csv, feasibility.csv, charts, report.
     *
     * @param where where it ran, for the report ("2 threads")
     */
    public static void select(ExperimentOutcome.SelectOutcome o, String where) throws IOException {
        ExperimentSpec.Output output = o.spec().output();
        Map<String, Scenario> designs = new LinkedHashMap<>();
        o.spec().designs().forEach(d -> designs.put(d.name(), d));
        SelectionWriter.write(output.target(), o.outcome(), designs, o.results(), output.threads(), output.command(),
                where, o.seconds());
    }

    /**
     * A study's folder beside the history the run kept in {@code folder}: designs.csv, best.json, best.yaml,
     * cleanup/, report and charts.
     *
     * @param where where it ran, for the report
     */
    public static void optimize(ExperimentOutcome.StudyOutcome o, StudyFolder folder, String where)
            throws IOException {
        ExperimentSpec.Output output = o.spec().output();
        ExperimentOutcome.AsTyped t = o.asTyped();
        StudyResults.AsTyped asTyped = t == null ? null
                : new StudyResults.AsTyped(t.design(), t.from(), t.best(), t.typed());
        OptimizeWriter.write(output.target(), new StudyResults(o.study(), o.spec().base(), o.outcome(),
                o.cleanupDesigns(), o.cleanupResults(), asTyped, folder.history(), folder.studyText(),
                folder.identity(), output.threads(), output.command(), where, o.seconds()));
    }

    private static ExplainWriter.Explained explained(ExperimentOutcome.Explained e) {
        return e == null ? null : new ExplainWriter.Explained(e.between(), e.results(), e.attribution());
    }
}
