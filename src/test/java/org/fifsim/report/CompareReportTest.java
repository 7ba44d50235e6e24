package org.fifsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.TestScenarios;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.results.KpiValues;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.stats.Estimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison report: differences in words with the no-difference mark, bridges, offline HTML. */
class CompareReportTest {
    @TempDir
    Path tmp;

    /** The full KPI table: money of millions in M CNY, shares in % with differences in points, noise muted. */
    @Test
    void everyKpiWithPlainUnitsAndNoiseMuted() {
        Map<String, KpiSummary> base = KpiSummary.byName(List.of(
                KpiSummary.of("cost_logistics_cny", new double[] {48e6, 48.2e6, 47.9e6}),
                KpiSummary.of("vehicle_line_starved", new double[] {0.0107, 0.0105, 0.0109}),
                KpiSummary.of("pv_share", new double[] {0.744, 0.745, 0.743})));
        Map<String, KpiSummary> other = KpiSummary.byName(List.of(
                KpiSummary.of("cost_logistics_cny", new double[] {5.6e6, 5.61e6, 5.59e6}),
                KpiSummary.of("vehicle_line_starved", new double[] {0.0014, 0.0013, 0.0015}),
                KpiSummary.of("pv_share", new double[] {0.745, 0.742, 0.744})));
        Map<String, Estimate> d = new LinkedHashMap<>();
        d.put("cost_logistics_cny", new Estimate(-42.379e6, 1e6, -43.36e6, -41.40e6, 3));
        d.put("vehicle_line_starved", new Estimate(-0.0093, 0.002, -0.0116, -0.0071, 3));
        d.put("pv_share", new Estimate(-0.0003, 0.002, -0.004, 0.0034, 3));
        Block.Table t = DifferenceTable.of("remote", "fif", base, other, d);
        assertEquals(List.of("cost_logistics_cny", "48.0", "5.60", "\u221242.38", "[\u221243.36, \u221241.40]",
                "\u221288%", "M CNY/yr"), t.rows().get(0));
        assertEquals("\u22120.93", t.rows().get(1).get(3));
        assertEquals("% (difference in points)", t.rows().get(1).get(6));
        assertEquals(List.of(2), t.muted(), "pv_share's interval includes 0");
    }

    @Test
    void compareFolderHasReportChartsAndJsonAndOpensOffline() throws Exception {
        Scenario base = Synthetic.scenario("24h");
        Scenario other = TestScenarios.parse(Files.readString(Path.of("src/test/resources/report/other.yaml")));
        Map<String, List<ReplicationResult>> results = new LinkedHashMap<>();
        results.put(base.name(), Synthetic.results(3, true, 0));
        results.put(other.name(), Synthetic.results(3, true, 0).stream().map(r -> shifted(r, 1.01)).toList());
        Path target = tmp.resolve("cmp");
        var diffs = CompareWriter.write(target, List.of(base, other), results, 2, List.of("compare"));
        assertTrue(diffs.containsKey(other.name()));
        for (String f : List.of("comparison.json", "manifest.json", "report.md", "report.html",
                "synth/summary.json", "synth-b/replications.csv")) {
            assertTrue(Files.isRegularFile(target.resolve(f)), f);
        }
        assertTrue(OfflineHtml.assertOffline(target) >= 1, "the decision chart");
        assertTrue(Files.isRegularFile(target.resolve("charts/decision-synth-b.png")));
        String md = Files.readString(target.resolve("report.md"), StandardCharsets.UTF_8);
        assertTrue(md.indexOf("## Decision") < md.indexOf("## Method"), "decision before method");
        assertTrue(md.contains("| packs\\_good |"), "every KPI in the full table");
        assertTrue(md.contains("| *truck\\_trips* |"), "a zero difference is muted");
        String summary = Files.readString(target.resolve("summary.md"), StandardCharsets.UTF_8);
        assertTrue(summary.startsWith("Recommendation: "), summary);
        assertTrue(summary.contains("\nsynth-b against synth (differences are synth-b minus synth): "), summary);
        assertTrue(summary.contains("| Vehicles built (vehicles/yr) |"), summary);
        assertFalse(summary.contains("# "), "an excerpt has no headings");
    }

    /** The same replication with every KPI scaled: a clear, paired difference. */
    private static ReplicationResult shifted(ReplicationResult r, double factor) {
        KpiValues.Builder k = KpiValues.builder();
        r.kpis().forEach((kpi, v) -> k.put(kpi, v * factor));
        return new ReplicationResult(r.replication(), k.build(), r.details(), r.balance(), r.events(), r.series(),
                r.leadTimes(), r.activity(), r.profiles());
    }
}
