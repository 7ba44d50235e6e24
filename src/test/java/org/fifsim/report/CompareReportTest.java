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
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.stats.Estimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison report: differences in words with the no-difference mark, bridges, offline HTML. */
class CompareReportTest {
    @TempDir
    Path tmp;

    @Test
    void aSavingIsSaidInMillions() {
        Estimate d = new Estimate(-42.379e6, 1e6, -43.36e6, -41.40e6, 10);
        KpiSummary base = KpiSummary.of("cost_logistics_cny", new double[] {48e6, 48.2e6, 47.9e6});
        String s = DifferenceSentences.sentence("seres-remote", "seres-fif", "cost_logistics_cny", d, base);
        assertEquals("cost_logistics_cny: seres-fif saves 42.38 M CNY/yr (\u221288%), 95% CI [41.40, 43.36]", s);
        Estimate more = new Estimate(27, 5, 17, 37, 10);
        assertEquals("co2_grid_t: b adds 27 t/yr, 95% CI [17, 37] more",
                DifferenceSentences.sentence("a", "b", "co2_grid_t", more, null));
    }

    @Test
    void aDifferenceIsSaidInWordsWithItsIntervalAndSignedInUnicode() {
        Estimate d = new Estimate(-4170.4, 10, -4180.2, -4160.6, 10);
        KpiSummary base = KpiSummary.of("pipeline_packs", new double[] {4220, 4230, 4240});
        String s = DifferenceSentences.sentence("seres-remote", "seres-fif", "pipeline_packs", d, base);
        // a half-width of 9.8 shows to one decimal
        assertEquals("pipeline_packs: \u22124,170.4 packs (\u221299%), 95% CI "
                + "[\u22124,180.2, \u22124,160.6]", s);
    }

    @Test
    void aDifferenceWhoseIntervalIncludesZeroIsMarked() {
        Estimate d = new Estimate(0.001, 0.01, -0.002, 0.004, 10);
        String s = DifferenceSentences.sentence("a", "b", "pv_share", d, null);
        assertTrue(s.endsWith(DifferenceSentences.NO_CLEAR_DIFFERENCE), s);
        Estimate clear = new Estimate(0.01, 0.01, 0.005, 0.015, 10);
        assertFalse(DifferenceSentences.sentence("a", "b", "pv_share", clear, null)
                .contains(DifferenceSentences.NO_CLEAR_DIFFERENCE));
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
        assertTrue(summary.startsWith("synth-b against synth: "), summary);
        assertTrue(summary.contains("| Vehicles built (vehicles/yr) |"), summary);
        assertFalse(summary.contains("# "), "an excerpt has no headings");
    }

    /** The same replication with every KPI scaled: a clear, paired difference. */
    private static ReplicationResult shifted(ReplicationResult r, double factor) {
        Map<String, Double> k = new LinkedHashMap<>();
        r.kpis().forEach((name, v) -> k.put(name, v * factor));
        return new ReplicationResult(r.replication(), k, r.details(), r.balance(), r.events(), r.series(),
                r.leadTimes(), r.activity(), r.profiles());
    }
}
