package org.fifsim.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.report.figure.CompareFigures;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.stats.Estimate;

/**
 * Writes the results folder of a comparison, atomically: comparison.json, a sub-folder per scenario (summary.json,
 * replications.csv), manifest.json, the charts and the report.
 */
public final class CompareWriter {
    private CompareWriter() {
    }

    /**
     * @param scenarios baseline first
     * @param results replications by scenario name
     * @return the paired differences by other scenario name
     */
    public static Map<String, Map<String, Estimate>> write(Path target, List<Scenario> scenarios,
            Map<String, List<ReplicationResult>> results, int threads, List<String> command) throws IOException {
        Scenario base = scenarios.get(0);
        List<ReplicationResult> baseResults = results.get(base.name());
        Map<String, Map<String, Estimate>> diffs = new LinkedHashMap<>();
        Map<String, List<KpiSummary>> kpis = new LinkedHashMap<>();
        Map<String, List<CheckResult>> checks = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            kpis.put(s.name(), KpiSummary.of(results.get(s.name())));
            checks.put(s.name(), ModelChecks.of(s, results.get(s.name())));
            if (s != base) {
                diffs.put(s.name(), ComparisonJson.differences(baseResults, results.get(s.name())));
            }
        }
        int replications = baseResults.size();
        try (ResultsFolder folder = ResultsFolder.open(target)) {
            Path dir = folder.dir();
            Json.write(dir.resolve("comparison.json"), ComparisonJson.build(base.name(), diffs));
            for (Scenario s : scenarios) {
                Path sub = dir.resolve(s.name());
                Files.createDirectories(sub);
                List<ReplicationResult> r = results.get(s.name());
                SummaryJson.write(sub.resolve("summary.json"), s, r.size(), kpis.get(s.name()));
                ReplicationsCsv.write(sub.resolve("replications.csv"), r);
            }
            ObjectNode manifest = Manifest.build(scenarios, replications, threads, command);
            Json.write(dir.resolve("manifest.json"), manifest);
            var bars = CompareFigures.kpiBars(dir, kpis, replications);
            var bridges = CompareFigures.waterfalls(dir, base.name(), KpiSummary.byName(kpis.get(base.name())), diffs,
                    replications);
            ReportFiles.write(dir, CompareReport.build(scenarios, replications, kpis, diffs, checks, bars, bridges,
                    manifest));
            folder.commit();
        }
        return diffs;
    }
}
