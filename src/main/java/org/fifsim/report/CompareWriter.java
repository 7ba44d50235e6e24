package org.fifsim.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.accounting.FactorBand;
import org.fifsim.accounting.FactorSet;
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
     * The factor bands of a comparison: every scenario and every difference from the same draws (the baseline's
     * seed), so a factor both designs share takes the same value in both.
     */
    public record Bands(Map<String, Map<String, FactorBand.Band>> scenarios,
            Map<String, Map<String, FactorBand.Band>> differences) {

        static Bands of(List<Scenario> scenarios, Map<String, List<ReplicationResult>> results) {
            long seed = scenarios.get(0).run().seed();
            Map<String, FactorBand.Draws> draws = new LinkedHashMap<>();
            for (Scenario s : scenarios) {
                draws.put(s.name(), FactorBand.draws(FactorSet.of(s), activity(results.get(s.name())), seed,
                        FactorSet.DRAWS));
            }
            return from(draws);
        }

        /** Bands from each scenario's draws (baseline first), made with the same seed. */
        public static Bands from(Map<String, FactorBand.Draws> draws) {
            Map<String, Map<String, FactorBand.Band>> each = new LinkedHashMap<>();
            Map<String, Map<String, FactorBand.Band>> diffs = new LinkedHashMap<>();
            FactorBand.Draws base = null;
            for (Map.Entry<String, FactorBand.Draws> e : draws.entrySet()) {
                each.put(e.getKey(), FactorBand.of(e.getValue()));
                if (base == null) {
                    base = e.getValue();
                } else {
                    diffs.put(e.getKey(), FactorBand.difference(base, e.getValue()));
                }
            }
            return new Bands(each, diffs);
        }

        private static List<org.fifsim.results.Activity> activity(List<ReplicationResult> r) {
            return r.stream().map(ReplicationResult::activity).toList();
        }
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
        Bands bands = Bands.of(scenarios, results);
        try (ResultsFolder folder = ResultsFolder.open(target)) {
            Path dir = folder.dir();
            Json.write(dir.resolve("comparison.json"), ComparisonJson.build(base.name(), diffs, bands.differences()));
            for (Scenario s : scenarios) {
                Path sub = dir.resolve(s.name());
                Files.createDirectories(sub);
                List<ReplicationResult> r = results.get(s.name());
                SummaryJson.write(sub.resolve("summary.json"), s, r.size(), kpis.get(s.name()),
                        bands.scenarios().get(s.name()));
                ReplicationsCsv.write(sub.resolve("replications.csv"), r);
                ActivityJson.write(sub, s, r);
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
