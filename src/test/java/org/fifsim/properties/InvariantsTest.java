package org.fifsim.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.TestScenarios;
import org.fifsim.results.Details;
import org.fifsim.results.Histogram;
import org.fifsim.results.KpiValues;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.results.ReplicationResult.PackBalance;
import org.fifsim.results.TimeSeries;
import org.junit.jupiter.api.Test;

/** The invariant checker used by the properties finds each kind of broken result (so the properties can fail). */
class InvariantsTest {
    private static final PackBalance GOOD_BALANCE = new PackBalance(100, 90, 5, 5, 80, 10, 20);

    private static ReplicationResult result(Map<String, Double> kpis, PackBalance balance, Histogram leadTimes) {
        return new ReplicationResult(0, KpiValues.of(kpis), Details.none(), balance, 0, TimeSeries.empty(), leadTimes,
                null, null);
    }

    private static Map<String, Double> kpis(String name, double value) {
        Map<String, Double> k = new LinkedHashMap<>();
        k.put(Kpis.PACKS_GOOD, 1000.0);
        k.put(Kpis.VEHICLE_LINE_STARVED, 0.1);
        k.put(Kpis.LEAD_TIME_H, 0.3);
        k.put(name, value);
        return k;
    }

    private static final Histogram SOME = new Histogram(new double[] {0.1}, new double[] {0.2}, new long[] {5});

    @Test
    void aGoodResultHasNoViolations() {
        assertEquals(List.of(), Invariants.check(result(kpis(Kpis.PV_SHARE, 0.4), GOOD_BALANCE, SOME)));
    }

    @Test
    void findsEachKindOfViolation() {
        assertFalse(Invariants.check(result(kpis(Kpis.PACKS_GOOD, 1000.0),
                new PackBalance(100, 90, 5, 4, 80, 10, 20), SOME)).isEmpty(), "a pack lost in the line");
        assertFalse(Invariants.check(result(kpis(Kpis.PACKS_GOOD, 1000.0),
                new PackBalance(100, 90, 5, 5, 101, 10, -1), SOME)).isEmpty(), "more vehicles than packs");
        assertFalse(Invariants.check(result(kpis(Kpis.VEHICLE_LINE_STARVED, 1.0000000000000002), GOOD_BALANCE, SOME))
                .isEmpty(), "a fraction above 1");
        assertFalse(Invariants.check(result(kpis(Kpis.PV_SHARE, -0.0001), GOOD_BALANCE, SOME)).isEmpty(),
                "a negative fraction");
        assertFalse(Invariants.check(result(kpis("cost_total_cny", -5.0), GOOD_BALANCE, SOME)).isEmpty(),
                "a negative cost (any KPI that is not a fraction)");
        assertFalse(Invariants.check(result(kpis("co2_total_t", Double.POSITIVE_INFINITY), GOOD_BALANCE, SOME))
                .isEmpty(), "an infinite carbon figure");
        assertFalse(Invariants.check(result(kpis(Kpis.ENERGY_KWH, Double.NaN), GOOD_BALANCE, SOME)).isEmpty(),
                "NaN energy");
        assertFalse(Invariants.check(result(kpis(Kpis.LEAD_TIME_H, Double.NaN), GOOD_BALANCE, SOME)).isEmpty(),
                "NaN lead time although packs reached the line-side");
    }

    @Test
    void aNaNLeadTimeIsAllowedOnlyWhenNoPackArrived() {
        assertEquals(List.of(), Invariants.check(result(kpis(Kpis.LEAD_TIME_H, Double.NaN), GOOD_BALANCE,
                Histogram.empty())));
        assertFalse(Invariants.check(result(kpis(Kpis.LEAD_TIME_H, 2.0), GOOD_BALANCE, Histogram.empty())).isEmpty(),
                "a lead time without any pack arriving");
    }

    @Test
    void differencesFindAChangedKpiAndNothingInIdenticalRuns() {
        var s = TestScenarios.parse("name: t\nrun: {horizon: 1d, warmup: 1h, replications: 1, seed: 3}\n"
                + "vehicle_line: {takt: 45s}\npack_line: {stations: [{name: a, cycle_time: {exponential: 40s}}]}\n"
                + "logistics: {mode: co-located, transfer: 20min}\n");
        ReplicationResult a = TestScenarios.runOne(s, 0);
        ReplicationResult b = TestScenarios.runOne(s, 0);
        assertEquals(List.of(), Invariants.differences(a, b));
        Map<String, Double> changed = new LinkedHashMap<>(b.kpis().asMap());
        changed.put(Kpis.PACKS_GOOD, Math.nextUp(changed.get(Kpis.PACKS_GOOD)));
        ReplicationResult c = new ReplicationResult(0, KpiValues.of(changed), b.details(), b.balance(), b.events(),
                b.series(),
                b.leadTimes(), b.activity(), b.profiles());
        assertEquals(1, Invariants.differences(a, c).size(), Invariants.differences(a, c).toString());
    }
}
