package org.fifsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.explain.Attribution;
import org.fifsim.explain.Between;
import org.fifsim.report.figure.BridgeFigures;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.stats.Estimate;
import org.fifsim.store.CsvFile;
import org.fifsim.store.ExplainJson;
import org.fifsim.store.Json;
import org.fifsim.store.Manifest;
import org.fifsim.store.ResultsFolder;

/**
 * Writes the results folder of {@code fifsim explain}, atomically: explain.json, designs.csv (every design in between
 * with the groups it takes from B and its KPI means), manifest.json, the bridge charts and report.md/report.html.
 */
public final class ExplainWriter {
    private ExplainWriter() {
    }

    /**
     * The designs between A and B, their replications and the split.
     *
     * @param results the replications of every design, indexed like {@code between.designs()}
     */
    public record Explained(Between between, List<List<ReplicationResult>> results, Attribution attribution) {
    }

    /** As {@link #write(Path, Scenario, Scenario, Between, List, Attribution, int, List)}. */
    public static void write(Path target, Scenario a, Scenario b, Explained e, int threads, List<String> command)
            throws IOException {
        write(target, a, b, e.between(), e.results(), e.attribution(), threads, command);
    }

    /**
     * The explanation's files in {@code dir}, a folder inside an open results folder (compare --explain writes them
     * into its own): explain.json, designs.csv, the bridge charts and report.md/report.html.
     *
     * @return the bridge figures, their files relative to {@code dir}
     */
    public static List<Block.Figure> writeInto(Path dir, String a, String b, Explained e) throws IOException {
        Json.write(dir.resolve("explain.json"), ExplainJson.build(a, b, e.between(), e.attribution()));
        designs(dir.resolve("designs.csv"), e.between(), e.results(), e.attribution());
        List<Block.Figure> bridges = BridgeFigures.write(dir, a, b, e.attribution());
        ReportFiles.write(dir, ExplainReport.build(a, b, e.between(), e.attribution(), bridges));
        return bridges;
    }

    /**
     * @param results the replications of every design, indexed like {@code between.designs()}
     */
    public static void write(Path target, Scenario a, Scenario b, Between between,
            List<List<ReplicationResult>> results, Attribution attribution, int threads, List<String> command)
            throws IOException {
        try (ResultsFolder folder = ResultsFolder.open(target)) {
            Path dir = folder.dir();
            Manifest.write(dir, Manifest.build(List.of(a, b), results.get(0).size(), threads, command));
            writeInto(dir, a.name(), b.name(), new Explained(between, results, attribution));
            folder.commit();
        }
    }

    private static void designs(Path file, Between between, List<List<ReplicationResult>> results,
            Attribution attribution) throws IOException {
        try (CsvFile csv = CsvFile.create(file)) {
            List<String> header = new ArrayList<>(List.of("design", "from_b"));
            header.addAll(attribution.kpis().keySet());
            csv.row(header);
            for (int t = 0; t < between.designs().size(); t++) {
                List<String> row = new ArrayList<>(List.of(CsvFile.text(between.designs().get(t).name()),
                        CsvFile.text(Between.describe(t, between.groups()))));
                for (String k : attribution.kpis().keySet()) {
                    row.add(CsvFile.number(Estimate.of(results.get(t).stream().mapToDouble(r -> r.kpi(k)).toArray())
                            .mean()));
                }
                csv.row(row);
            }
        }
    }
}
