package org.fifsim.accounting;

import static org.fifsim.TestScenarios.parse;
import static org.fifsim.TestScenarios.runAll;
import static org.fifsim.TestScenarios.runOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.analysis.PairedDifferences;
import org.fifsim.results.KpiValues;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.stats.Estimate;
import org.fifsim.stats.UnpairedDifference;
import org.junit.jupiter.api.Test;

/** Accounting inside runs: factors drawn with common random numbers, KPIs in place, paired comparisons. */
class AccountingRunTest {

    /** A short co-located plant with one uncertain factor; {@code extra} is added to its logistics section. */
    private static Scenario plant(String name, String logistics, int replications) {
        return parse("name: " + name + "\nrun: {horizon: 3d, warmup: 1d, replications: " + replications
                + ", seed: 11}\nvehicle_line: {takt: 45s}\n"
                + "pack_line:\n  stations: [{name: a, cycle_time: {triangular: [36s, 40s, 44s]},"
                + " mtbf: {exponential: 8h}, mttr: {exponential: 20min}}]\n  yield: 0.99\n  rework: 0.5\n"
                + "logistics: {mode: co-located, " + logistics + "}\n"
                + "accounting: {pack_value_cny: {uniform: [36000, 60000]}}\n");
    }

    @Test
    void accountingKpisFollowTheEnergyKpisAtTheFactorsCentralValues() {
        ReplicationResult r = runOne(plant("a", "transfer: 20min", 1), 0);
        List<String> names = new ArrayList<>(r.kpis().names());
        int energy = names.indexOf(Kpis.STORAGE_THROUGHPUT_KWH);
        List<String> terms = Accounting.TERMS.stream().map(Accounting.Term::name)
                .filter(n -> !n.equals(Kpis.COST_CONTAINMENT_CNY)).toList();
        assertEquals(terms, names.subList(energy + 1, energy + 1 + terms.size()));
        // the run's own numbers: inventory = central pack value 48,000 x 25%/yr x pipeline
        assertEquals(48_000 * 0.25 * r.kpi(Kpis.PIPELINE_PACKS), r.kpi(Kpis.COST_INVENTORY_CNY), 1e-6);
        assertEquals(0, r.kpi(Kpis.CO2_TRANSPORT_T), 0, "no road, no road carbon");
        assertTrue(r.kpi(Kpis.COST_HANDLING_CNY) > 0, "the transfer stage handles every pack");
        // and they are exactly the accounting of the saved activity
        assertEquals(Accounting.compute(r.activity(), FactorSet.of(plant("a", "transfer: 20min", 1)).central()),
                KpiValues.of(r.kpis().asMap().entrySet().stream().filter(e -> Accounting.computes(e.getKey()))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
    }

    /**
     * The pack value is uncertain by +-25%; drawn once per replication and averaged, that uncertainty used to shrink
     * into a +-1% interval. Now the replication interval carries only the simulation noise and the band the price.
     */
    @Test
    void aFactorsBandIsWideWhileTheReplicationIntervalStaysNarrow() {
        Scenario s = plant("a", "transfer: 20min", 4);
        List<ReplicationResult> r = runAll(s, 2);
        double[] inventory = r.stream().mapToDouble(x -> x.kpi(Kpis.COST_INVENTORY_CNY)).toArray();
        Estimate ci = Estimate.of(inventory);
        FactorBand.Band band = FactorBand.of(FactorSet.of(s), r.stream().map(ReplicationResult::activity).toList(),
                s.run().seed(), FactorSet.DRAWS).get(Kpis.COST_INVENTORY_CNY);
        double mean = ci.mean();
        assertTrue(band.p5() <= 0.8 * mean && band.p95() >= 1.2 * mean, "at least +-20%: " + band + " around " + mean);
        double halfWidth = (ci.ci95High() - ci.ci95Low()) / 2;
        assertTrue(halfWidth < band.width() / 2 / 4, "replication interval +-" + halfWidth + " vs band " + band);
    }

    /** A remote pack plant on a hydro grid: the electricity difference is no longer zero by construction. */
    @Test
    void aSiteOnALowerGridFactorShowsAnElectricityDifference() {
        String base = "name: %s\nrun: {horizon: 3d, warmup: 1d, replications: 3, seed: 11}\nvehicle_line: {takt: 45s}\n"
                + "pack_line: {stations: [{name: a, cycle_time: 40s}]}\nlogistics: {mode: co-located, transfer: 20min}\n"
                + "energy: {grid: {kg_co2_per_kwh: %s}}\n";
        Scenario chongqing = parse(String.format(base, "cq", "0.5227"));
        Scenario sichuan = parse(String.format(base, "sc", "{uniform: [0.1255, 0.1404]}"));
        List<ReplicationResult> a = runAll(chongqing, 2);
        List<ReplicationResult> b = runAll(sichuan, 2);
        Estimate d = PairedDifferences.of(a, b).get(Kpis.CO2_ELECTRICITY_T);
        assertTrue(d.ci95High() < 0, "lower grid, less electricity carbon: " + d);
        // the same activity, 0.5227 - 0.13295 kg/kWh apart
        double kwh = a.get(0).kpi(Kpis.GRID_KWH);
        assertEquals(-kwh * (0.5227 - 0.13295) / 1000, b.get(0).kpi(Kpis.CO2_GRID_T) - a.get(0).kpi(Kpis.CO2_GRID_T),
                1e-6);
        FactorBand.Band band = FactorBand.difference(FactorSet.of(chongqing), activity(a), FactorSet.of(sichuan),
                activity(b), 11, FactorSet.DRAWS).get(Kpis.CO2_ELECTRICITY_T);
        assertTrue(band.p95() < 0 && band.p5() < band.p95(), band.toString());
    }

    private static List<org.fifsim.results.Activity> activity(List<ReplicationResult> r) {
        return r.stream().map(ReplicationResult::activity).toList();
    }

    @Test
    void aScenarioComparedWithItselfDiffersByExactlyZero() {
        Scenario s = plant("same", "transfer: 20min", 3);
        Map<String, Estimate> d = PairedDifferences.of(runAll(s, 3), runAll(s, 1));
        assertTrue(d.keySet().containsAll(Accounting.TERMS.stream().map(Accounting.Term::name)
                .filter(n -> !n.equals(Kpis.COST_CONTAINMENT_CNY)).toList()));
        for (Map.Entry<String, Estimate> e : d.entrySet()) {
            assertEquals(0.0, e.getValue().mean(), 0.0, e.getKey());
            assertEquals(0.0, e.getValue().ci95Low(), 0.0, e.getKey());
            assertEquals(0.0, e.getValue().ci95High(), 0.0, e.getKey());
        }
    }

    @Test
    void pairedIntervalOfACostIsNarrowerThanTheUnpairedOne() {
        int n = 5;
        List<ReplicationResult> base = runAll(plant("base", "transfer: 20min, safety_stock: 30", n), 4);
        List<ReplicationResult> more = runAll(plant("more", "transfer: 20min, safety_stock: 60", n), 4);
        for (String kpi : List.of(Kpis.COST_INVENTORY_CNY, Kpis.COST_TOTAL_CNY)) {
            Estimate paired = PairedDifferences.of(base, more).get(kpi);
            double[] b = base.stream().mapToDouble(r -> r.kpi(kpi)).toArray();
            double[] o = more.stream().mapToDouble(r -> r.kpi(kpi)).toArray();
            Estimate welch = UnpairedDifference.welch(b, o);
            assertEquals(welch.mean(), paired.mean(), Math.abs(paired.mean()) * 1e-9, kpi + ": same point estimate");
            if (kpi.equals(Kpis.COST_INVENTORY_CNY)) {
                // the total also counts the margin of vehicles not built, which more stock lowers
                assertTrue(paired.mean() > 0, kpi + ": 30 more packs of stock cost more: " + paired.mean());
            }
            double pw = paired.ci95High() - paired.ci95Low();
            double uw = welch.ci95High() - welch.ci95Low();
            assertTrue(pw < uw, kpi + ": paired width " + pw + " vs unpaired " + uw);
        }
    }
}
