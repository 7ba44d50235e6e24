package org.fifsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;

/** Writes the results folder of one scenario run, atomically (see {@link ResultsFolder}). */
public final class RunWriter {
    private RunWriter() {
    }

    /** Writes summary.json, replications.csv and manifest.json into {@code target}; returns the KPI summaries. */
    public static List<KpiSummary> write(Path target, Scenario scenario, List<ReplicationResult> results, int threads,
            List<String> command) throws IOException {
        List<KpiSummary> kpis = KpiSummary.of(results);
        try (ResultsFolder folder = ResultsFolder.open(target)) {
            Path dir = folder.dir();
            SummaryJson.write(dir.resolve("summary.json"), scenario, results.size(), kpis);
            ReplicationsCsv.write(dir.resolve("replications.csv"), results);
            Json.write(dir.resolve("manifest.json"), Manifest.build(List.of(scenario), results.size(), threads, command));
            folder.commit();
        }
        return kpis;
    }
}
