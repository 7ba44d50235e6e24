package org.fifsim.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fifsim.accounting.FactorBand;
import org.fifsim.accounting.FactorSet;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.analysis.ModelChecks;
import org.fifsim.analysis.PrecisionNote;
import org.fifsim.analysis.WarmupCheck;
import org.fifsim.report.figure.Render;
import org.fifsim.report.figure.RunFigures;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.store.ActivityJson;
import org.fifsim.store.Json;
import org.fifsim.store.Manifest;
import org.fifsim.store.OutputPaths;
import org.fifsim.store.ReplicationsCsv;
import org.fifsim.store.ResultsFolder;
import org.fifsim.store.SummaryJson;

/** Writes the results folder of one scenario run, atomically (see {@link ResultsFolder}). */
public final class RunWriter {
    private RunWriter() {
    }

    /**
     * Writes summary.json (with the factor bands), replications.csv, activity.json, factors.json, manifest.json, the
     * charts and the report into {@code target}; returns the KPI summaries.
     */
    public static List<KpiSummary> write(Path target, Scenario scenario, List<ReplicationResult> results, int threads,
            List<String> command) throws IOException {
        return write(target, scenario, results, threads, command, WarmupCheck.of(scenario, results), null, true);
    }

    /**
     * As {@link #write(Path, Scenario, List, int, List)} with the warm-up judgement already made (the caller warns
     * on stderr) and, for a precision-driven run, how it ended (null for a fixed count); {@code withReport} false
     * writes only the data files (batch runs, benchmarks).
     */
    public static List<KpiSummary> write(Path target, Scenario scenario, List<ReplicationResult> results, int threads,
            List<String> command, WarmupCheck warmup, PrecisionNote precision, boolean withReport)
            throws IOException {
        try (ResultsFolder folder = ResultsFolder.open(target);
                Render.Drawing<List<Block.Figure>> charts = withReport
                        ? RunFigures.start(folder.dir(), results, warmup) : null) {
            // the charts are drawn on their own threads while this one computes and writes the data files
            Path dir = folder.dir();
            List<KpiSummary> kpis = KpiSummary.of(results);
            FactorSet factors = FactorSet.of(scenario);
            Map<String, FactorBand.Band> bands = FactorBand.of(factors,
                    results.stream().map(ReplicationResult::activity).toList(), scenario.run().seed(),
                    FactorSet.DRAWS);
            ObjectNode summary = SummaryJson.build(scenario, results.size(), kpis, bands);
            Json.write(dir.resolve("summary.json"), summary);
            ReplicationsCsv.write(dir.resolve("replications.csv"), results);
            ActivityJson.write(dir, scenario, factors, results);
            ObjectNode manifest = Manifest.build(List.of(scenario), results.size(), threads, command);
            Manifest.write(dir, manifest);
            if (charts != null) {
                var figures = RunFigures.bySection(charts.get());
                Report report = RunReport.build(scenario, kpis, results.size(), warmup,
                        ModelChecks.of(scenario, results), figures, precision, manifest, bands);
                ReportFiles.write(dir, report);
                OutputPaths.writeString(dir.resolve(CompareWriter.SUMMARY_MD),
                        MarkdownReport.fragment(report.sections().get(0).blocks()));
            }
            folder.commit();
            return kpis;
        }
    }
}
