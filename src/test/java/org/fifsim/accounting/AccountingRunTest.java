package org.fifsim.accounting;

import static org.fifsim.TestScenarios.parse;
import static org.fifsim.TestScenarios.runAll;
import static org.fifsim.TestScenarios.runOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.report.ComparisonJson;
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
    void accountingKpisFollowTheEnergyKpisAndFactorsAreInTheDetails() {
        ReplicationResult r = runOne(plant("a", "transfer: 20min", 1), 0);
        List<String> names = new ArrayList<>(r.kpis().keySet());
        int energy = names.indexOf(Kpis.STORAGE_THROUGHPUT_KWH);
        List<String> terms = Accounting.TERMS.stream().map(Accounting.Term::name).toList();
        assertEquals(terms, names.subList(energy + 1, energy + 1 + terms.size()));
        for (String f : Factors.NAMES) {
            assertTrue(r.details().containsKey("factor." + f), f);
        }
        assertEquals(0.5703, r.details().get("factor.grid_kg_co2_per_kwh"), 1e-12);
        // the run's own numbers: inventory = drawn pack value x 25%/yr x pipeline
        assertEquals(r.details().get("factor.pack_value_cny") * 0.25 * r.kpi(Kpis.PIPELINE_PACKS),
                r.kpi(Kpis.COST_INVENTORY_CNY), 1e-6);
        assertEquals(0, r.kpi(Kpis.CO2_TRANSPORT_T), 0, "no road, no road carbon");
        assertTrue(r.kpi(Kpis.COST_HANDLING_CNY) > 0, "the transfer stage handles every pack");
    }

    @Test
    void aDistributedFactorDiffersAcrossReplicationsButNotAcrossScenarios() {
        Scenario a = plant("a", "transfer: 20min", 3);
        Scenario b = plant("b", "transfer: 40min, safety_stock: 60", 3);
        List<ReplicationResult> ra = runAll(a, 2);
        List<ReplicationResult> rb = runAll(b, 2);
        String key = "factor.pack_value_cny";
        for (int i = 0; i < 3; i++) {
            assertEquals(ra.get(i).details().get(key), rb.get(i).details().get(key), "replication " + i);
        }
        assertNotEquals(ra.get(0).details().get(key), ra.get(1).details().get(key));
        assertNotEquals(ra.get(1).details().get(key), ra.get(2).details().get(key));
    }

    @Test
    void aScenarioComparedWithItselfDiffersByExactlyZero() {
        Scenario s = plant("same", "transfer: 20min", 3);
        Map<String, Estimate> d = ComparisonJson.differences(runAll(s, 3), runAll(s, 1));
        assertTrue(d.keySet().containsAll(Accounting.TERMS.stream().map(Accounting.Term::name)
                .toList()));
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
            Estimate paired = ComparisonJson.differences(base, more).get(kpi);
            double[] b = base.stream().mapToDouble(r -> r.kpi(kpi)).toArray();
            double[] o = more.stream().mapToDouble(r -> r.kpi(kpi)).toArray();
            Estimate welch = UnpairedDifference.welch(b, o);
            assertEquals(welch.mean(), paired.mean(), Math.abs(paired.mean()) * 1e-9, kpi + ": same point estimate");
            assertTrue(paired.mean() > 0, kpi + ": 30 more packs of stock cost more: " + paired.mean());
            double pw = paired.ci95High() - paired.ci95Low();
            double uw = welch.ci95High() - welch.ci95Low();
            assertTrue(pw < uw / 2, kpi + ": paired width " + pw + " vs unpaired " + uw);
        }
    }
}
