package org.fifsim.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.analysis.PairedDifferences;
import org.fifsim.chart.WaterfallChart;
import org.fifsim.report.Block;
import org.fifsim.report.PngCheck;
import org.fifsim.results.KpiValues;
import org.fifsim.results.ReplicationResult;
import org.fifsim.stats.Estimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cost and carbon bridges on synthetic KPIs named as the accounting issue will name them. */
class WaterfallFiguresTest {
    @TempDir
    Path dir;

    /** Remote: transport 30 M, warehousing 8 M, inventory 40 M, energy 4 M CNY; 1,500 t transport, 3,000 t grid. */
    private static List<ReplicationResult> remote() {
        return List.of(costs(0, 30e6, 8e6, 40e6, 4e6, 1500, 3000, 0), costs(1, 30.2e6, 8.1e6, 40.5e6, 4.1e6, 1510,
                3010, 0), costs(2, 29.8e6, 7.9e6, 39.5e6, 3.9e6, 1490, 2990, 0));
    }

    /** Co-located: almost no transport or warehousing, little inventory, same energy. */
    private static List<ReplicationResult> colocated() {
        return List.of(costs(0, 0.1e6, 0, 1e6, 4e6, 2, 3000, 0), costs(1, 0.1e6, 0, 1.01e6, 4.1e6, 2, 3010, 0),
                costs(2, 0.1e6, 0, 0.99e6, 3.9e6, 2, 2990, 0));
    }

    private static ReplicationResult costs(int rep, double transport, double warehousing, double inventory,
            double energy, double co2Transport, double co2Grid, double extra) {
        Map<String, Double> k = new LinkedHashMap<>();
        k.put("packs_good", 700_000.0 + rep);
        k.put("cost_transport_cny", transport);
        k.put("cost_warehousing_cny", warehousing);
        k.put("cost_inventory_cny", inventory);
        k.put("cost_energy_cny", energy);
        k.put("cost_total_cny", transport + warehousing + inventory + energy + extra);
        k.put("co2_transport_t", co2Transport);
        k.put("co2_grid_t", co2Grid);
        k.put("co2_total_t", co2Transport + co2Grid);
        return ReplicationResult.ofKpis(rep, KpiValues.of(k));
    }

    private static Map<String, KpiSummary> base(List<ReplicationResult> r) {
        return KpiSummary.byName(KpiSummary.of(r));
    }

    @Test
    void costBridgeHasOneStepPerPresentTermAndEndsAtTheOtherTotal() {
        Map<String, Estimate> diffs = PairedDifferences.of(remote(), colocated());
        var b = WaterfallFigures.bridge(base(remote()), diffs, WaterfallFigures.COST_TERMS,
                WaterfallFigures.COST_TOTAL, "cost_", "_cny", true);
        assertEquals("M CNY/yr", b.unit());
        assertEquals(List.of("transport", "warehousing", "inventory", "electricity"),
                b.steps().stream().map(WaterfallChart.Step::term).toList(), "handling, scrap, rework are missing");
        assertEquals(82.0, b.base(), 1e-9);
        double end = b.base() + b.steps().stream().mapToDouble(WaterfallChart.Step::delta).sum();
        assertEquals(5.1, end, 1e-9);
    }

    @Test
    void aTotalLargerThanItsKnownTermsClosesWithOther() {
        List<ReplicationResult> other = List.of(costs(0, 0, 0, 0, 0, 0, 0, 5e6), costs(1, 0, 0, 0, 0, 0, 0, 5e6),
                costs(2, 0, 0, 0, 0, 0, 0, 5e6));
        var b = WaterfallFigures.bridge(base(remote()), PairedDifferences.of(remote(), other),
                WaterfallFigures.COST_TERMS, WaterfallFigures.COST_TOTAL, "cost_", "_cny", true);
        var last = b.steps().get(b.steps().size() - 1);
        assertEquals("other", last.term());
        assertEquals(5.0, last.delta(), 1e-9);
    }

    @Test
    void withoutCostOrCarbonKpisThereIsNoBridge() throws Exception {
        List<ReplicationResult> a = List.of(ReplicationResult.ofKpis(0, KpiValues.of(Map.of("packs_good", 1.0))),
                ReplicationResult.ofKpis(1, KpiValues.of(Map.of("packs_good", 2.0))));
        Map<String, Estimate> diffs = PairedDifferences.of(a, a);
        assertNull(WaterfallFigures.bridge(base(a), diffs, WaterfallFigures.COST_TERMS, WaterfallFigures.COST_TOTAL,
                "cost_", "_cny", true));
        var figures = CompareFigures.write(dir, "a", base(a), Map.of("b", diffs), 2);
        assertTrue(figures.get("b").isEmpty(), figures.toString());
    }

    @Test
    void costAndCarbonWaterfallsAreDrawn() throws Exception {
        Map<String, Estimate> diffs = PairedDifferences.of(remote(), colocated());
        Map<String, List<Block.Figure>> f = CompareFigures.write(dir, "seres-remote", base(remote()),
                Map.of("seres-fif", diffs), 3);
        List<Block.Figure> figures = f.get("seres-fif");
        assertEquals(List.of("charts/decision-seres-fif.png", "charts/cost-waterfall-seres-fif.png",
                "charts/carbon-waterfall-seres-fif.png"),
                figures.stream().map(Block.Figure::file).toList());
        for (Block.Figure fig : figures) {
            PngCheck.assertDrawn(dir.resolve(fig.file()), fig.width(), fig.height());
        }
    }

    @Test
    void aTermWithinNoiseIsLeftOutOfTheBarsAndNamedInAFootnoteTheTotalsKeepIt() throws Exception {
        // both designs draw the same electricity: its paired difference is 0, within noise
        Map<String, Estimate> diffs = PairedDifferences.of(remote(), colocated());
        Block.Figure cost = CompareFigures.write(dir, "seres-remote", base(remote()), Map.of("seres-fif", diffs), 3)
                .get("seres-fif").get(1);
        assertTrue(cost.caption().contains("Left out, within noise") && cost.caption().contains("electricity 0"),
                cost.caption());
        String svg = java.nio.file.Files.readString(dir.resolve("charts/cost-waterfall-seres-fif.svg"));
        assertTrue(svg.contains("Cost bridge: seres-remote to seres-fif"), "titled in words");
        assertTrue(svg.contains("Left out, within noise"), "the footnote is on the chart itself");
        assertTrue(svg.contains(">transport<") && !svg.contains(">electricity<"), "no bar for the noise term");
        // the other total is still the full one: 82 - 29.9 - 8 - 39 + 0 = 5.1 M CNY/yr
        assertTrue(svg.contains(">5.1<"), "the total bar keeps the noise term");
    }
}
