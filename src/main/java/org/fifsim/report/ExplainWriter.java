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

/**
 * Writes the results folder of {@code fifsim explain}, atomically: explain.json, designs.csv (every design in between
 * with the groups it takes from B and its KPI means), manifest.json, the bridge charts and report.md/report.html.
 */
public final class ExplainWriter {
    private ExplainWriter() {
    }

    /**
     * @param results the replications of every design, indexed like {@code between.designs()}
     */
    public static void write(Path target, Scenario a, Scenario b, Between between,
            List<List<ReplicationResult>> results, Attribution attribution, int threads, List<String> command)
            throws IOException {
        try (ResultsFolder folder = ResultsFolder.open(target)) {
            Path dir = folder.dir();
            Json.write(dir.resolve("explain.json"), ExplainJson.build(a.name(), b.name(), between, attribution));
            designs(dir.resolve("designs.csv"), between, results, attribution);
            Manifest.write(dir, Manifest.build(List.of(a, b), results.get(0).size(), threads, command));
            List<Block.Figure> bridges = BridgeFigures.write(dir, a.name(), b.name(), attribution);
            ReportFiles.write(dir, ExplainReport.build(a.name(), b.name(), between, attribution, bridges));
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
