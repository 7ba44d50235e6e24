package org.fifsim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fifsim.claims.Claim;
import org.fifsim.experiment.ExperimentOutcome;
import org.fifsim.experiment.ExperimentSpec;
import org.fifsim.experiment.SimulationFailure;
import org.fifsim.experiment.sweep.SensitivityOutcome;
import org.fifsim.experiment.sweep.SweepOutcome;
import org.fifsim.report.CompareWriter;
import org.fifsim.report.ConsoleText;
import org.fifsim.report.ExplainWriter;
import org.fifsim.report.Json;
import org.fifsim.report.KpiSummary;
import org.fifsim.report.Manifest;
import org.fifsim.report.PrecisionNote;
import org.fifsim.report.ReportFiles;
import org.fifsim.report.ResultsFolder;
import org.fifsim.report.RunWriter;
import org.fifsim.report.WarmupCheck;
import org.fifsim.report.sweep.PointCaveats;
import org.fifsim.report.sweep.SensitivityReport;
import org.fifsim.report.sweep.SensitivityWriter;
import org.fifsim.report.sweep.SweepCharts;
import org.fifsim.report.sweep.SweepCsv;
import org.fifsim.report.sweep.SweepJson;
import org.fifsim.report.sweep.SweepReport;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;

/**
 * Hands an experiment's outcome to the writers and tells the user where the files are: what a command does after
 * {@link org.fifsim.experiment.Runner} returns, and what {@code fifsim merge} does with the shards' outcome.
 */
final class Outputs {
    private Outputs() {
    }

    /**
     * Writes any outcome as the command of its kind does (no trace).
     *
     * @param claims the claims of a comparison (empty for none)
     * @param where where the work ran, for a sweep's speed line
     */
    static void write(ExperimentOutcome o, List<Claim> claims, String where, PrintWriter out, PrintWriter err)
            throws Exception {
        if (o instanceof ExperimentOutcome.RunOutcome r) {
            run(r, null, 1, out, err);
        } else if (o instanceof ExperimentOutcome.ComparisonOutcome c) {
            compare(c, claims, out);
        } else if (o instanceof ExperimentOutcome.SweptOutcome s) {
            sweep(s, where, out, err);
        } else {
            sensitivity((ExperimentOutcome.SensitivityRunOutcome) o, where, out, err);
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
        PrecisionNote note = null;
        if (o.precision() != null) {
            ExperimentSpec.Precision p = o.spec().precision();
            note = new PrecisionNote(p.target(), p.kpis(), results.size(), p.cap(), o.precision().batches(),
                    o.precision().met(), o.precision().estimates());
        }
        // every output is written before any is put in place: a trace that cannot be written keeps the earlier
        // results, and results that cannot be written keep the earlier trace
        Path file = trace != null && trace.active() ? trace.fileFor(s, files) : null;
        List<KpiSummary> kpis;
        long rows = 0;
        try (Tracer.Pending traced = file == null ? null
                : Tracer.write(s, trace.replication(), trace.components(), file)) {
            kpis = RunWriter.write(output.target(), s, results, output.threads(), output.command(), warmup, note,
                    o.spec().report());
            if (traced != null) {
                traced.publish();
                rows = traced.rows();
            }
        }
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
    static void compare(ExperimentOutcome.ComparisonOutcome o, List<Claim> claims, PrintWriter out)
            throws Exception {
        Interruption.check();
        ExperimentSpec.Output output = o.spec().output();
        ExperimentOutcome.Explained e = o.explained();
        ExplainWriter.Explained explained = e == null ? null
                : new ExplainWriter.Explained(e.between(), e.results(), e.attribution());
        CompareWriter.Written written = CompareWriter.written(output.target(), o.spec().scenarios(), o.results(),
                output.threads(), output.command(), claims, explained);
        for (String line : ConsoleText.lines(written.decision())) {
            out.println(line);
        }
        out.printf(Locale.ROOT, "results (every KPI, paired against %s) -> %s%n",
                o.spec().scenarios().get(0).name(), output.target());
        out.flush();
        if (explained != null) {
            out.printf(Locale.ROOT, "explained by group (Shapley shares) -> %s%n",
                    output.target().resolve(CompareWriter.EXPLAIN).resolve("report.md"));
            out.flush();
        }
    }

    /** A sweep's folder (sweep.csv, sweep.json, charts, report), the table on the console, and its speed. */
    static void sweep(ExperimentOutcome.SweptOutcome s, String where, PrintWriter out, PrintWriter err)
            throws Exception {
        missing(s.missing(), err);
        ExperimentSpec.Sweep spec = s.spec();
        List<List<Scenario>> cases = spec.cases();
        List<PointCaveats> caveats = new ArrayList<>();
        List<PointCaveats.Service> services = new ArrayList<>();
        for (int sc = 0; sc < cases.size(); sc++) {
            for (int p = 0; p < cases.get(sc).size(); p++) {
                String label = PointCaveats.label(s.grid().overrides(p));
                PointCaveats c = PointCaveats.of(cases.get(sc).get(p), label, s.run().at(sc, p));
                if (c != null) {
                    caveats.add(c);
                }
                services.add(PointCaveats.Service.of(cases.get(sc).get(p), label, s.run().at(sc, p)));
            }
        }
        SweepOutcome o = s.outcome();
        ExperimentSpec.Output output = spec.output();
        try (ResultsFolder folder = ResultsFolder.open(output.target())) {
            Path dir = folder.dir();
            SweepCsv.writeScenario(dir.resolve("sweep.csv"), o, 0);
            if (o.scenarios().size() == 2) {
                SweepCsv.writeScenario(dir.resolve("against.csv"), o, 1);
                SweepCsv.writeDifferences(dir.resolve("difference.csv"), o);
            }
            ObjectNode json = SweepJson.build(o);
            PointCaveats.into(json, caveats);
            PointCaveats.serviceInto(json, services);
            Json.write(dir.resolve("sweep.json"), json);
            var charts = SweepCharts.write(dir, o);
            List<Scenario> firstPoint = cases.stream().map(c -> c.get(0)).toList();
            ObjectNode manifest = Manifest.build(firstPoint, o.replications(), output.threads(), output.command());
            SweepSpeed.record(manifest, s.run());
            Manifest.write(dir, manifest);
            ReportFiles.write(dir, PointCaveats.into(SweepReport.build(o, charts, manifest), caveats));
            folder.commit();
        }
        SweepPrinter.print(out, o, output.target());
        if (!output.quiet()) {
            SweepSpeed.print(err, "sweep", s.run(), where);
        }
    }

    /** A sensitivity analysis's folder (sensitivity.csv/json, tornado charts, report), the console lines, speed. */
    static void sensitivity(ExperimentOutcome.SensitivityRunOutcome s, String where, PrintWriter out,
            PrintWriter err) throws Exception {
        missing(s.missing(), err);
        ExperimentSpec.Sensitivity spec = s.spec();
        ExperimentSpec.Output output = spec.output();
        SensitivityOutcome o = s.outcome();
        List<Map<String, String>> points = SensitivityOutcome.points(spec.settings());
        List<PointCaveats> caveats = new ArrayList<>();
        for (int p = 0; p < spec.cases().size(); p++) {
            PointCaveats c = PointCaveats.of(spec.cases().get(p), PointCaveats.label(points.get(p)), s.run().at(0, p));
            if (c != null) {
                caveats.add(c);
            }
        }
        try (ResultsFolder folder = ResultsFolder.open(output.target())) {
            var charts = SensitivityWriter.write(folder.dir(), o);
            if (!caveats.isEmpty()) {
                Path json = folder.dir().resolve("sensitivity.json");
                var tree = (ObjectNode) Json.MAPPER.readTree(json.toFile());
                PointCaveats.into(tree, caveats);
                Json.write(json, tree);
            }
            ObjectNode manifest = Manifest.build(List.of(spec.cases().get(0)), spec.replications(),
                    output.threads(), output.command());
            SweepSpeed.record(manifest, s.run());
            Manifest.write(folder.dir(), manifest);
            ReportFiles.write(folder.dir(), PointCaveats.into(SensitivityReport.build(o, charts, manifest),
                    caveats));
            folder.commit();
        }
        SensitivityCommand.print(out, o, output.target());
        if (!output.quiet()) {
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
