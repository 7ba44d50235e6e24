package org.fifsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.fifsim.analysis.CheckResult;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.analysis.ModelChecks;
import org.fifsim.analysis.Numbers;
import org.fifsim.analysis.PrecisionNote;
import org.fifsim.analysis.WarmupCheck;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.store.Json;
import org.junit.jupiter.api.Test;

/** The run report's content, built from synthetic results and rendered to Markdown and HTML. */
class RunReportTest {
    private final Scenario scenario = Synthetic.scenario("24h");
    private final List<ReplicationResult> results = Synthetic.results(4, true, 0);

    private Report build(PrecisionNote precision) {
        ObjectNode manifest = Json.object();
        manifest.put("fifsim_version", "9.9.9");
        manifest.put("git_commit", "abc123");
        List<KpiSummary> kpis = KpiSummary.of(results);
        return RunReport.build(scenario, kpis, results.size(), WarmupCheck.of(scenario, results),
                ModelChecks.of(scenario, results), Map.of("kpis", List.of(new Block.Figure("charts/k.png", "K",
                        "Look here.", 520, 340))), precision, manifest);
    }

    private static <T extends Block> List<T> blocks(Report r, Class<T> type) {
        return r.sections().stream().flatMap(s -> s.blocks().stream()).filter(type::isInstance).map(type::cast)
                .toList();
    }

    @Test
    void standsAloneWithScenarioSettingsAssumptionsKpisChecksAndManifest() {
        Report r = build(null);
        assertEquals("synth", r.title());
        assertTrue(r.subtitle().contains("Synthetic <test>"), r.subtitle());
        List<String> ids = r.sections().stream().map(Report.Section::id).toList();
        assertEquals(List.of("summary", "kpis", "carbon", "warmup", "scenario", "checks", "definitions", "manifest"),
                ids);
        String facts = blocks(r, Block.Facts.class).toString();
        for (String expected : List.of("Horizon", "33.3 d", "Warm-up", "24 h", "Replications", "Base seed", "7",
                "9.9.9", "run.json", "test.yaml")) {
            assertTrue(facts.contains(expected), expected + " in " + facts);
        }
        // the commit changes with every build: it is in run.json, so an unchanged rerun rewrites the report as it was
        assertFalse(facts.contains("abc123"), facts);
        String assumptions = blocks(r, Block.Bullets.class).toString();
        for (String expected : List.of("Logistics (co-located)", "Safety stock", "Energy", "PV 6.00 GWh")) {
            assertTrue(assumptions.contains(expected), expected + " in " + assumptions);
        }
    }

    /** The first section is the summary: the deciding figures in plain names and units, before anything else. */
    @Test
    void opensWithTheDecidingFiguresInPlainUnits() {
        Report r = build(null);
        Report.Section first = r.sections().get(0);
        assertEquals("summary", first.id());
        Block.Table t = first.blocks().stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast)
                .findFirst().orElseThrow();
        assertEquals(List.of("figure", "mean", "95% interval", "replications p5\u2013p95"), t.header());
        List<String> names = t.rows().stream().map(row -> row.get(0)).toList();
        assertTrue(names.contains("Vehicles built (vehicles/yr)"), names.toString());
        assertTrue(names.contains("Vehicle line starved for packs (%)"), names.toString());
        KpiSummary starved = KpiSummary.byName(KpiSummary.of(results)).get(Kpis.VEHICLE_LINE_STARVED);
        String shown = t.rows().stream().filter(row -> row.get(0).startsWith("Vehicle line starved")).findFirst()
                .orElseThrow().get(1);
        assertEquals(starved.estimate().mean() * 100, Double.parseDouble(shown.replace(",", "")), 0.01,
                "a share is shown in %");
    }

    /** A factor band in the results appears as its own column; without one the note says where it will go. */
    @Test
    void showsTheFactorBandWhenTheResultsCarryOne() {
        List<KpiSummary> kpis = KpiSummary.of(results);
        Report r = RunReport.build(scenario, kpis, results.size(), WarmupCheck.of(scenario, results),
                ModelChecks.of(scenario, results), Map.of(), null, Json.object(),
                Map.of(Kpis.VEHICLES_BUILT, new org.fifsim.accounting.FactorBand.Band(1000, 2000)));
        Block.Table t = (Block.Table) r.sections().get(0).blocks().get(1);
        assertEquals("factor band (p5\u2013p95)", t.header().get(t.header().size() - 1));
        List<String> row = t.rows().stream().filter(x -> x.get(0).startsWith("Vehicles built")).findFirst()
                .orElseThrow();
        assertTrue(row.get(row.size() - 1).startsWith("[1,000"), row.toString());
        assertTrue(blocks(build(null), Block.Paragraph.class).stream().anyMatch(p -> p.text().contains(
                "a factor band appears here")));
    }

    @Test
    void kpiTableHasOneRowPerKpiWithIntervalSpreadAndUnit() {
        Block.Table t = blocks(build(null), Block.Table.class).stream().filter(b -> b.header().equals(KpiTable.HEADER))
                .findFirst().orElseThrow();
        assertEquals(results.get(0).kpis().size(), t.rows().size());
        List<String> good = t.rows().stream().filter(row -> row.get(0).equals(Kpis.PACKS_GOOD)).findFirst()
                .orElseThrow();
        KpiSummary s = KpiSummary.byName(KpiSummary.of(results)).get(Kpis.PACKS_GOOD);
        assertEquals(Numbers.format(s.estimate().mean(), 0), good.get(1));
        assertEquals(Numbers.format(s.estimate().ci95Low(), 0), good.get(2));
        assertEquals(Numbers.percent(s.estimate().relativeHalfWidth()), good.get(4));
        assertEquals("packs/yr", good.get(8));
    }

    @Test
    void everyCheckPassesOnConsistentResults() {
        List<CheckResult> checks = blocks(build(null), Block.Checks.class).get(0).results();
        assertEquals(4, checks.size());
        assertTrue(checks.stream().allMatch(c -> c.outcome() == CheckResult.Outcome.PASS), checks.toString());
    }

    /** An estimate of mean 1 whose 95% interval is {@code share} either side of it. */
    private static org.fifsim.stats.Estimate halfWidth(double share) {
        return new org.fifsim.stats.Estimate(1, share, 1 - share, 1 + share, 12);
    }

    @Test
    void precisionRunSaysHowManyReplicationsAndWhetherMet() {
        var note = new PrecisionNote(0.01, List.of("packs_good", "vehicle_line_starved"), 12, 12, 3, false,
                Map.of("packs_good", halfWidth(0.001), "vehicle_line_starved", halfWidth(0.034)));
        Report r = build(note);
        String text = blocks(r, Block.Notice.class).toString();
        assertTrue(text.contains("NOT met within the cap of 12"), text);
        assertTrue(text.contains("vehicle_line_starved \u00b13.4%") && !text.contains("packs_good \u00b1"), text);
        String facts = blocks(r, Block.Facts.class).toString();
        assertTrue(facts.contains("precision-driven, target \u00b11%, not met within 12"), facts);
        assertTrue(new PrecisionNote(0.01, List.of("packs_good"), 6, 200, 2, true, Map.of("packs_good", halfWidth(0.004)))
                .sentence().contains("6 replications were needed (2 batches); the target was met"));
    }

    @Test
    void markdownAndHtmlCarryTheSameContentEscaped() {
        Report r = build(null);
        String md = MarkdownReport.render(r);
        String html = HtmlReport.render(r);
        assertTrue(md.startsWith("# synth\n"), md.substring(0, 40));
        assertTrue(md.contains("| KPI | mean | 95% CI low |"), "Markdown table header");
        assertTrue(md.contains("![K](charts/k.png)") && md.contains("*Look here.*"), "figure with caption");
        assertTrue(md.contains("Synthetic \\<test\\> & scenario \\| with \\* markup"), "Markdown escapes markup");
        assertTrue(html.contains("Synthetic &lt;test&gt; &amp; scenario"), "HTML escapes text");
        assertFalse(html.contains("<test>"), "no raw text as markup");
        assertTrue(html.contains("<img src=\"charts/k.png\""), "figure as img");
        assertTrue(html.contains("<style>") && !html.contains("<script") && !html.contains("<link"),
                "inline CSS, no script, no external stylesheet");
        for (Report.Section s : r.sections()) {
            assertTrue(md.contains("## " + MarkdownReport.inline(s.title())), s.title());
            assertTrue(html.contains("<section id=\"" + s.id() + "\">"), s.id());
        }
    }
}
