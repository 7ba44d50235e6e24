package org.fifsim.report.selection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.analysis.Numbers;
import org.fifsim.report.Block;
import org.fifsim.report.MarkdownReport;
import org.fifsim.report.Report;
import org.fifsim.report.ReportFiles;
import org.fifsim.report.figure.SelectionFigures;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.selection.DesignOutcome;
import org.fifsim.selection.Outcome;
import org.fifsim.store.Json;
import org.fifsim.store.Manifest;
import org.fifsim.store.ResultsFolder;

/**
 * Writes the results folder of a selection, atomically: selection.json, designs.csv, mcb.csv, feasibility.csv (with
 * constraints), manifest.json, the charts, report.md/report.html and summary.md (the decision, for a README).
 */
public final class SelectionWriter {
    private SelectionWriter() {
    }

    /**
     * @param designs the scenarios by name
     * @param results every replication each design ran
     * @param where where it ran, for the report ("2 threads")
     * @param seconds the wall time of the selection
     */
    public static void write(Path target, Outcome o, Map<String, Scenario> designs,
            Map<String, List<ReplicationResult>> results, int threads, List<String> command, String where,
            double seconds) throws IOException {
        try (ResultsFolder folder = ResultsFolder.open(target)) {
            Path dir = folder.dir();
            int most = o.designs().stream().mapToInt(DesignOutcome::replications).max().orElse(0);
            Manifest.write(dir, Manifest.build(List.copyOf(designs.values()), most, threads, command));
            writeInto(dir, o, designs, results, where, seconds);
            folder.commit();
        }
    }

    /**
     * The selection's files in {@code dir}, a folder inside an open results folder (optimize writes its clean-up
     * there): selection.json, designs.csv, mcb.csv, feasibility.csv (with constraints), the charts, report.md,
     * report.html and summary.md; no manifest.
     */
    public static void writeInto(Path dir, Outcome o, Map<String, Scenario> designs,
            Map<String, List<ReplicationResult>> results, String where, double seconds) throws IOException {
        Map<String, List<KpiSummary>> kpis = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (DesignOutcome d : o.designs()) {
            kpis.put(d.name(), KpiSummary.of(results.get(d.name())));
            Scenario s = designs.get(d.name());
            files.put(d.name(), s.source() == null ? "" : s.source().toString());
        }
        Files.createDirectories(dir);
        Json.write(dir.resolve("selection.json"), SelectionJson.build(o, files));
        SelectionCsv.designs(dir.resolve("designs.csv"), o, kpis);
        SelectionCsv.mcb(dir.resolve("mcb.csv"), o);
        if (!o.constraints().isEmpty()) {
            SelectionCsv.feasibility(dir.resolve("feasibility.csv"), o);
        }
        Report report = SelectionReport.build(o, kpis, figures(dir, o), where, seconds);
        ReportFiles.write(dir, report);
        Files.writeString(dir.resolve("summary.md"), MarkdownReport.fragment(report.sections().get(0).blocks()),
                StandardCharsets.UTF_8);
    }

    private static List<Block.Figure> figures(Path dir, Outcome o) throws IOException {
        Shown kpi = Shown.of(o.goal().kpi());
        List<SelectionFigures.Bar> bars = new ArrayList<>();
        for (DesignOutcome d : o.designs()) {
            if (d.mcb() == null) {
                continue;
            }
            double best = o.designs().stream().filter(x -> x != d && x.mcb() != null).mapToDouble(DesignOutcome::mean)
                    .reduce(o.goal().maximize() ? Math::max : Math::min).orElse(Double.NaN);
            double diff = (d.mean() - best) * kpi.factor();
            double lo = d.mcb().low() * kpi.factor();
            double hi = d.mcb().high() * kpi.factor();
            bars.add(new SelectionFigures.Bar(d.name(), diff, lo, hi, Numbers.signed(diff, Numbers.decimalsFor(diff))
                    + " " + kpi.unit(), d.name().equals(o.selected()), o.goal().maximize() ? hi <= 0 : lo >= 0));
        }
        int[] contenders = o.rounds().stream().mapToInt(r -> r.contenders().size()).toArray();
        return SelectionFigures.write(dir, bars, kpi.name() + " minus the best of the others (" + kpi.unit() + ")",
                contenders);
    }
}
