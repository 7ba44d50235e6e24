package org.fifsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.analysis.ServiceCheck;
import org.fifsim.results.Kpi;
import org.fifsim.results.Kpis;
import org.fifsim.scenario.ServiceSpec;
import org.fifsim.stats.Estimate;
import org.junit.jupiter.api.Test;

/** The decision table: plain names and units, a verdict from the paired interval, the band when there is one. */
class DecisionTest {
    private static KpiSummary level(String kpi, double... v) {
        return KpiSummary.of(kpi, v);
    }

    private final Map<String, KpiSummary> base = KpiSummary.byName(List.of(
            level(Kpis.COST_TOTAL_CNY, 190e6, 191e6, 192e6), level(Kpis.CO2_TOTAL_T, 2640, 2650, 2655),
            level(Kpis.VEHICLES_BUILT, 693000, 693300, 693600),
            level(Kpis.VEHICLE_LINE_STARVED, 0.0107, 0.0105, 0.0109), level(Kpis.PIPELINE_PACKS, 4200, 4201, 4202)));
    private final Map<String, KpiSummary> other = KpiSummary.byName(List.of(
            level(Kpis.COST_TOTAL_CNY, 97e6, 97.5e6, 98e6), level(Kpis.CO2_TOTAL_T, 1300, 1320, 1330),
            level(Kpis.VEHICLES_BUILT, 699800, 699850, 699900),
            level(Kpis.VEHICLE_LINE_STARVED, 0.0014, 0.0013, 0.0015), level(Kpis.PIPELINE_PACKS, 4300, 4301, 4302)));
    private final Map<String, Estimate> diffs = new LinkedHashMap<>();

    DecisionTest() {
        diffs.put(Kpis.COST_TOTAL_CNY, new Estimate(-93.5e6, 2e6, -99.5e6, -87.5e6, 10));
        diffs.put(Kpis.CO2_TOTAL_T, new Estimate(-1329, 20, -1346, -1312, 10));
        diffs.put(Kpis.VEHICLES_BUILT, new Estimate(6542, 1500, 4958, 8126, 10));
        diffs.put(Kpis.VEHICLE_LINE_STARVED, new Estimate(-0.0093, 0.002, -0.0116, -0.0071, 10));
        diffs.put(Kpis.PIPELINE_PACKS, new Estimate(100, 300, -50, 250, 10));
    }

    private Map<String, List<String>> rows(Block.Table t) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        t.rows().forEach(r -> m.put(r.get(0), r));
        return m;
    }

    @Test
    void verdictsComeFromTheIntervalAndSayWhichWayIsBetter() {
        Block.Table t = Decision.compared("seres-remote", "seres-fif", base, other, diffs, Map.of());
        assertEquals(List.of("figure", "seres-remote", "seres-fif", "difference", "95% interval", "verdict"),
                t.header());
        Map<String, List<String>> r = rows(t);
        assertEquals(List.of("Total cost (M CNY/yr)", "191", "97.5", "\u221293.5", "[\u221299.5, \u221287.5]",
                "saves"), r.get("Total cost (M CNY/yr)"));
        assertEquals("saves", r.get("Carbon (t CO2/yr)").get(5));
        // a throughput row never "saves": more vehicles built is "builds more"
        assertEquals("builds more", r.get("Vehicles built (vehicles/yr)").get(5));
        assertEquals("\u22120.93 points", r.get("Vehicle line starved for packs (%)").get(3));
        assertEquals("[\u22121.16, \u22120.71]", r.get("Vehicle line starved for packs (%)").get(4));
        assertEquals(Decision.UNCLEAR, r.get("Packs in the pipeline (packs)").get(5));
        int muted = t.rows().indexOf(r.get("Packs in the pipeline (packs)"));
        assertEquals(List.of(muted), t.muted());
        // a clear increase of something that is not money is "higher", and worse by its direction
        Map<String, Estimate> worse = Map.of(Kpis.PIPELINE_PACKS, new Estimate(100, 10, 90, 110, 10));
        assertEquals("higher", rows(Decision.compared("a", "b", base, other, worse, Map.of()))
                .get("Packs in the pipeline (packs)").get(5));
        assertFalse(Decision.good(Decision.figure(Kpis.PIPELINE_PACKS), worse.get(Kpis.PIPELINE_PACKS)));
        assertTrue(Decision.good(Decision.figure(Kpis.VEHICLES_BUILT), new Estimate(100, 10, 90, 110, 10)));
        assertEquals(Kpi.Direction.NEITHER, Kpis.get(Kpis.LINE_SIDE_PACKS).direction());
        assertEquals(Kpi.Direction.MORE_IS_BETTER, Kpis.get(Kpis.VEHICLES_BUILT).direction());
        assertEquals(Kpi.Direction.LESS_IS_BETTER, Kpis.get(Kpis.COST_TOTAL_CNY).direction());
    }

    @Test
    void theAnswerLeadsWithMoneyAndCarbon() {
        String s = Decision.answer("seres-remote", "seres-fif", base, other, diffs, 10);
        assertTrue(s.startsWith("seres-fif against seres-remote (differences are seres-fif minus seres-remote): "
                + "saves 93.5 M CNY/yr in total cost (\u221293.5 [\u221299.5, \u221287.5]) and saves 1,329 t CO2/yr "
                + "in carbon (\u22121,329 [\u22121,346, \u22121,312])."), s);
    }

    /** Issue 27: one sign, one interval: the sentence prints each difference and interval exactly as the table does. */
    @Test
    void theSentenceAndTheTablePrintTheSameIntervalWithTheSameSign() {
        Map<String, Estimate> mixed = new LinkedHashMap<>(diffs);
        // a cost increase and an unclear carbon difference: the same rule in every case
        mixed.put(Kpis.COST_TOTAL_CNY, new Estimate(12.3e6, 1e6, 11.2e6, 13.4e6, 10));
        mixed.put(Kpis.CO2_TOTAL_T, new Estimate(-5, 20, -25, 15, 10));
        for (Map<String, Estimate> d : List.of(diffs, mixed)) {
            String s = Decision.answer("seres-remote", "seres-fif", base, other, d, 10);
            Map<String, List<String>> r = rows(Decision.compared("seres-remote", "seres-fif", base, other, d,
                    Map.of()));
            for (String name : List.of("Total cost (M CNY/yr)", "Carbon (t CO2/yr)")) {
                List<String> row = r.get(name);
                String cells = row.get(3) + " " + row.get(4);
                assertTrue(s.contains(cells), name + ": " + cells + " not in " + s);
                double mean = Double.parseDouble(row.get(3).replace(",", "").replace('\u2212', '-'));
                for (String end : row.get(4).replaceAll("[\\[\\]]", "").split(", ")) {
                    double e = Double.parseDouble(end.replace(",", "").replace('\u2212', '-'));
                    if (!row.get(5).equals(Decision.UNCLEAR)) {
                        assertEquals(Math.signum(mean), Math.signum(e), name + " " + row);
                    }
                }
            }
        }
        assertTrue(Decision.answer("seres-remote", "seres-fif", base, other, mixed, 10)
                .contains("costs 12.3 M CNY/yr in total cost (+12.3 [11.2, 13.4])"));
    }

    /**
     * Issue 21, case 1: a design that misses its service is never headlined as a saving. The sentence says so first,
     * with the words "misses service", and the vehicles it does not build.
     */
    @Test
    void aDesignMissingItsServiceIsSaidFirst() {
        ServiceSpec.Bound starved = new ServiceSpec.Bound(Kpis.VEHICLE_LINE_STARVED, true, 0.01);
        List<ServiceCheck> meets = List.of(ServiceCheck.of(starved, new double[] {0.003, 0.004, 0.0035}));
        List<ServiceCheck> misses = List.of(ServiceCheck.of(starved, new double[] {0.29, 0.31, 0.30}));
        Map<String, Estimate> cheaperButShort = new java.util.HashMap<>(diffs);
        cheaperButShort.put(Kpis.VEHICLES_BUILT, new Estimate(-192_756, 5000, -200_000, -185_000, 10));
        String s = Decision.answer("seres-fif", "remote-120km-2shift", base, other, cheaperButShort, 10, meets,
                misses);
        assertTrue(s.startsWith("remote-120km-2shift misses service: the vehicle line waits for packs 30"), s);
        assertTrue(s.contains("remote-120km-2shift builds 192,756"), s);
        assertTrue(s.indexOf("misses service") < s.indexOf("saves"), s);
        assertEquals(ServiceCheck.MEETS, meets.get(0).verdict());
        // without a stated requirement, building clearly fewer vehicles still comes first
        String t = Decision.answer("seres-fif", "remote-120km-2shift", base, other, cheaperButShort, 10, List.of(),
                List.of());
        assertTrue(t.startsWith("remote-120km-2shift builds 192,756"), t);
    }

    @Test
    void aFactorBandGetsItsColumnOnlyWhenPresent() {
        Block.Table t = Decision.compared("a", "b", base, other, diffs,
                Map.of(Kpis.COST_TOTAL_CNY, new org.fifsim.accounting.FactorBand.Band(-120e6, -70e6)));
        assertEquals("factor band (p5\u2013p95)", t.header().get(6));
        // precision by the widest half-width in the row: a band of ±25 M CNY/yr leaves no decimals
        assertEquals(List.of("\u221294", "[\u2212100, \u221288]", "[\u2212120, \u221270]"),
                rows(t).get("Total cost (M CNY/yr)").subList(3, 7).stream().filter(c -> !c.equals("saves")).toList());
        assertEquals("", rows(t).get("Carbon (t CO2/yr)").get(6));
        // and the sentence prints the same, by the same function
        String s = Decision.answer("a", "b", base, other, diffs, 10, List.of(), List.of(),
                Map.of(Kpis.COST_TOTAL_CNY, new org.fifsim.accounting.FactorBand.Band(-120e6, -70e6)));
        assertTrue(s.contains("saves 94 M CNY/yr in total cost (\u221294 [\u2212100, \u221288])"), s);
    }

    /** Issue 27: the first-screen recommendation in plain words, with its condition from the factor band. */
    @Test
    void theRecommendationNamesTheDesignItsSavingAndItsCondition() {
        var band = new org.fifsim.accounting.FactorBand.Band(-120e6, -70e6);
        String s = Decision.recommendation("seres-remote", "seres-fif", base, diffs, List.of(), List.of(),
                Map.of(Kpis.COST_TOTAL_CNY, band));
        assertTrue(s.startsWith("Recommendation: seres-fif. It saves 94 M CNY/yr in total cost against seres-remote, "
                + "70\u2013120 M CNY/yr at any price in the factor band (p5\u2013p95); it also saves 1,329 t CO2/yr of carbon."),
                s);
        // a band that crosses 0 is said as a condition, not hidden
        String t = Decision.recommendation("seres-remote", "seres-fif", base, diffs, List.of(), List.of(),
                Map.of(Kpis.COST_TOTAL_CNY, new org.fifsim.accounting.FactorBand.Band(-120e6, 10e6)));
        assertTrue(t.contains("but not at every price in the factor band"), t);
        // a trade-off that goes the other way is named
        Map<String, Estimate> worse = new LinkedHashMap<>(diffs);
        worse.put(Kpis.PIPELINE_PACKS, new Estimate(100, 10, 90, 110, 10));
        assertTrue(Decision.recommendation("seres-remote", "seres-fif", base, worse, List.of(), List.of(), Map.of())
                .endsWith("It is worse on packs in the pipeline (see the table)."));
        // no clear cost difference: no recommendation on cost
        Map<String, Estimate> unclear = new LinkedHashMap<>(diffs);
        unclear.put(Kpis.COST_TOTAL_CNY, new Estimate(1e6, 2e6, -3e6, 5e6, 10));
        assertTrue(Decision.recommendation("a", "b", base, unclear, List.of(), List.of(), Map.of())
                .startsWith("Recommendation: neither design is clearly cheaper"));
    }

    /** A verdict says "saves" or "costs", so every deciding figure must be one the registry says which way is better. */
    @Test
    void everyFigureIsARegisteredKpiWithADirection() {
        for (Decision.Figure f : Decision.FIGURES) {
            var k = Kpis.named(f.kpi());
            assertEquals(k.label(), f.name());
            assertEquals(k.display().unit(), f.unit());
            assertTrue(f.direction() != org.fifsim.results.Kpi.Direction.NEITHER, f.kpi());
        }
    }
}
