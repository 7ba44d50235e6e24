package org.fifsim.model;

import static org.fifsim.TestScenarios.parse;
import static org.fifsim.TestScenarios.runAll;
import static org.fifsim.TestScenarios.runOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.stats.Estimate;
import org.junit.jupiter.api.Test;

/** Electricity follows the simulated line state; PV follows the sun and the weather. */
class EnergyModelTest {

    private static Scenario line(String run, String calendar, String energy) {
        return parse("name: t\nrun: " + run + "\nvehicle_line: {takt: 600s}\n"
                + "pack_line:\n  stations: [{name: a, cycle_time: 600s}]\n  yield: 1\n" + calendar
                + "logistics: {mode: co-located, transfer: 10min, safety_stock: 5}\n" + energy);
    }

    /** kWh per pack plus base load while running plus standby otherwise, annualised. */
    @Test
    void loadFollowsPacksAndRunningTime() {
        Scenario s = line("{horizon: 8d, warmup: 1d, replications: 1}",
                "  calendar: {hours_per_day: 12, days_per_week: 7, start_hour: 6}\n",
                "energy: {line: {kwh_per_pack: 10, base_kw: 100, standby_kw: 20}}\n");
        ReplicationResult r = runOne(s, 0);
        double packs = r.kpi(Kpis.PACKS_GOOD);
        double expected = packs * 10 + 100 * 8760 / 2.0 + 20 * 8760 / 2.0;
        assertEquals(expected, r.kpi(Kpis.ENERGY_KWH), expected * 0.002);
        assertEquals(0.0, r.kpi(Kpis.PV_SHARE));
        assertEquals(r.kpi(Kpis.ENERGY_KWH), r.kpi(Kpis.GRID_KWH), 1e-6);
    }

    @Test
    void noPvGivesShareZero() {
        ReplicationResult r = runOne(line("{horizon: 3d, warmup: 1d, replications: 1}", "", ""), 0);
        assertEquals(0.0, r.kpi(Kpis.PV_SHARE));
        assertEquals(0.0, r.kpi(Kpis.PV_KWH));
    }

    /** Over whole years the PV energy generated matches the scenario's annual energy within its interval. */
    @Test
    void annualPvMatchesTheInput() {
        Scenario s = line("{horizon: 366d, warmup: 1d, replications: 6}", "",
                "energy: {pv: {annual_kwh: 2.0e6}}\n");
        List<ReplicationResult> rs = runAll(s, 2);
        Estimate pv = Estimate.of(rs.stream().mapToDouble(r -> r.kpi(Kpis.PV_KWH)).toArray());
        assertTrue(pv.ci95Low() <= 2.0e6 * 1.005 && pv.ci95High() >= 2.0e6 * 0.995,
                "interval " + pv.ci95Low() + ".." + pv.ci95High());
        assertEquals(2.0e6, pv.mean(), 2.0e6 * 0.03);
    }

    /** A line that works only at night gets almost no PV, whatever the PV size. */
    @Test
    void aNightLineGetsAlmostNoPv() {
        Scenario s = line("{horizon: 30d, warmup: 1d, replications: 1}",
                "  calendar: {hours_per_day: 8, days_per_week: 7, start_hour: 22}\n",
                "energy: {line: {kwh_per_pack: 50, base_kw: 200, standby_kw: 0}, pv: {annual_kwh: 5.0e6}}\n");
        ReplicationResult r = runOne(s, 0);
        assertTrue(r.kpi(Kpis.PV_SHARE) < 0.03, "night line PV share " + r.kpi(Kpis.PV_SHARE));
        assertTrue(r.kpi(Kpis.PV_SURPLUS_KWH) > 0.9 * r.kpi(Kpis.PV_KWH));
    }

    /** Storage moves midday surplus into the night: higher PV share, same weather (common random numbers). */
    @Test
    void storageRaisesThePvShare() {
        String energy = "energy: {line: {kwh_per_pack: 10, base_kw: 100}, pv: {annual_kwh: 3.0e6}%s}\n";
        Scenario without = line("{horizon: 31d, warmup: 1d, replications: 1}", "", String.format(energy, ""));
        Scenario with = line("{horizon: 31d, warmup: 1d, replications: 1}", "",
                String.format(energy, ", storage: {capacity_kwh: 4000, power_kw: 1000, round_trip_efficiency: 0.9}"));
        ReplicationResult a = runOne(without, 0);
        ReplicationResult b = runOne(with, 0);
        assertEquals(a.kpi(Kpis.PV_KWH), b.kpi(Kpis.PV_KWH), 1e-6, "same weather draws");
        assertTrue(b.kpi(Kpis.PV_SHARE) > a.kpi(Kpis.PV_SHARE) + 0.05,
                a.kpi(Kpis.PV_SHARE) + " -> " + b.kpi(Kpis.PV_SHARE));
        assertTrue(b.kpi(Kpis.STORAGE_THROUGHPUT_KWH) > 0);
        assertEquals(0.0, a.kpi(Kpis.STORAGE_THROUGHPUT_KWH));
    }
}
