package org.fifsim.model;

import static org.fifsim.TestScenarios.line;
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

/** The model against results known from theory: each test fails if the mechanism it names is wrong. */
class KnownAnswersTest {
    private static final double HOURS_PER_YEAR = 8760;

    /** A 44 s station under a 45 s vehicle takt: the vehicle line sets the pace, 80 vehicles an hour, never starved. */
    @Test
    void taktArithmetic() {
        Scenario s = line("{horizon: 3d, warmup: 2h, replications: 1}", "45s",
                "  stations: [{name: a, cycle_time: 44s}]\n  yield: 1", "{mode: co-located, transfer: 20min}");
        ReplicationResult r = runOne(s, 0);
        assertEquals(80 * HOURS_PER_YEAR, r.kpi(Kpis.VEHICLES_BUILT), 80 * HOURS_PER_YEAR * 0.001);
        assertEquals(0.0, r.kpi(Kpis.VEHICLE_LINE_STARVED), 1e-12);
        assertEquals(1.0, r.kpi(Kpis.PACK_LINE_AVAILABILITY), 1e-12);
        assertEquals(20.0 / 60, r.kpi(Kpis.LEAD_TIME_H), 1e-9);
    }

    /** A 50 s station under a 45 s takt starves the vehicle line for 1 - 45/50 = 10% of its time. */
    @Test
    void slowPackLineStarvesTheVehicleLine() {
        Scenario s = line("{horizon: 3d, warmup: 4h, replications: 1}", "45s",
                "  stations: [{name: a, cycle_time: 50s}]\n  yield: 1", "{mode: co-located, transfer: 20min}");
        ReplicationResult r = runOne(s, 0);
        assertEquals(0.10, r.kpi(Kpis.VEHICLE_LINE_STARVED), 0.002);
        assertEquals(72 * HOURS_PER_YEAR, r.kpi(Kpis.VEHICLES_BUILT), 72 * HOURS_PER_YEAR * 0.002);
    }

    /** Yield 0.9 with no rework scraps 10% of the tested packs (binomial tolerance, 4 sd). */
    @Test
    void yieldScrapsItsShare() {
        Scenario s = line("{horizon: 2d, warmup: 1h, replications: 1}", "5s",
                "  stations: [{name: a, cycle_time: 10s}]\n  yield: 0.9",
                "{mode: co-located, transfer: 1min, safety_stock: 100000, initial_stock: 0}");
        ReplicationResult r = runOne(s, 0);
        double good = r.kpi(Kpis.PACKS_GOOD);
        double scrap = r.kpi(Kpis.PACKS_SCRAPPED);
        double n = (good + scrap) * (47.0 / 24) / 365;
        double share = scrap / (good + scrap);
        assertEquals(0.10, share, 4 * Math.sqrt(0.09 / n));
    }

    /** Rework recovers its share of the failed packs: scrap = (1 - yield) x (1 - rework). */
    @Test
    void reworkRecoversItsShare() {
        Scenario s = line("{horizon: 2d, warmup: 1h, replications: 1}", "5s",
                "  stations: [{name: a, cycle_time: 10s}]\n  yield: 0.8\n  rework: 0.5\n  rework_time: 10min",
                "{mode: co-located, transfer: 1min, safety_stock: 100000, initial_stock: 0}");
        ReplicationResult r = runOne(s, 0);
        double share = r.kpi(Kpis.PACKS_SCRAPPED) / (r.kpi(Kpis.PACKS_GOOD) + r.kpi(Kpis.PACKS_SCRAPPED));
        assertEquals(0.10, share, 0.01);
        assertTrue(r.balance().balances(), r.balance().toString());
    }

    /** One failing bottleneck produces at its rate times MTBF/(MTBF+MTTR); availability is that ratio. */
    @Test
    void failingBottleneckLosesItsUnavailability() {
        Scenario s = line("{horizon: 120d, warmup: 1d, replications: 4}", "30s",
                "  stations: [{name: a, cycle_time: 60s, mtbf: {exponential: 2h}, mttr: {exponential: 30min}}]\n"
                        + "  yield: 1",
                "{mode: co-located, transfer: 5min, safety_stock: 1000000, initial_stock: 0}");
        List<ReplicationResult> rs = runAll(s, 2);
        Estimate availability = Estimate.of(rs.stream().mapToDouble(r -> r.kpi(Kpis.PACK_LINE_AVAILABILITY)).toArray());
        Estimate perHour = Estimate.of(rs.stream().mapToDouble(r -> r.kpi(Kpis.PACKS_GOOD) / HOURS_PER_YEAR).toArray());
        assertEquals(0.8, availability.mean(), 0.015);
        assertEquals(60 * 0.8, perHour.mean(), 60 * 0.8 * 0.015);
    }

    /** Two exponential stations with a buffer of b between them (blocking after service): mu (b+2)/(b+3). */
    @Test
    void tandemWithFiniteBuffer() {
        int b = 2;
        Scenario s = line("{horizon: 60d, warmup: 1d, replications: 4}", "1s",
                "  buffer: " + b + "\n  stations:\n    - {name: a, cycle_time: {exponential: 60s}}\n"
                        + "    - {name: b, cycle_time: {exponential: 60s}}\n  yield: 1",
                "{mode: co-located, transfer: 1s, safety_stock: 10000000, initial_stock: 0}");
        List<ReplicationResult> rs = runAll(s, 2);
        double perHour = rs.stream().mapToDouble(r -> r.kpi(Kpis.PACKS_GOOD)).average().orElseThrow() / HOURS_PER_YEAR;
        double expected = 60.0 * (b + 2) / (b + 3);
        assertEquals(expected, perHour, expected * 0.01);
    }

    /** Little's law: at 80 packs/h a 48 h transfer holds 80 x 48 = 3,840 packs in transit. */
    @Test
    void littlesLawInTransit() {
        Scenario s = line("{horizon: 12d, warmup: 4d, replications: 1}", "45s",
                "  stations: [{name: a, cycle_time: 44s}]\n  yield: 1",
                "{mode: co-located, transfer: 48h, safety_stock: 50}");
        ReplicationResult r = runOne(s, 0);
        assertEquals(3840, r.details().column("stage.transfer.mean_packs"), 3840 * 0.002);
        assertEquals(48.0, r.kpi(Kpis.LEAD_TIME_H), 1e-9);
        // the pull rule holds the pipeline at lead-time demand plus safety stock
        assertEquals(3840 + 50, r.kpi(Kpis.PIPELINE_PACKS), 3);
    }

    /** Every pack is accounted for: started = good + scrapped + in process; good + initial = installed + pipeline. */
    @Test
    void packCountBalances() {
        Scenario s = line("{horizon: 5d, warmup: 1d, replications: 3}", "45s",
                "  buffer: 1\n  stations:\n"
                        + "    - {name: a, cycle_time: {triangular: [30s, 40s, 50s]}, mtbf: {exponential: 4h}, "
                        + "mttr: {exponential: 30min}}\n"
                        + "    - {name: b, cycle_time: {uniform: [35s, 45s]}, mtbf: {exponential: 6h}, "
                        + "mttr: {lognormal: {mean: 20min, sd: 10min}}, failure_clock: operating}\n"
                        + "  yield: 0.95\n  rework: 0.5",
                "{mode: co-located, transfer: {normal: {mean: 20min, sd: 5min}}, safety_stock: 10}");
        for (ReplicationResult r : runAll(s, 2)) {
            assertTrue(r.balance().balances(), r.balance().toString());
            assertTrue(r.balance().started() > 5 * 24 * 60, "the line ran");
        }
    }

    /** A vehicle line working 12 h a day builds half a year's 24/7 volume and is not starved off shift. */
    @Test
    void calendarHalvesVolume() {
        Scenario s = TestScenarios_withCalendar();
        ReplicationResult r = runOne(s, 0);
        assertEquals(0.5 * 80 * HOURS_PER_YEAR, r.kpi(Kpis.VEHICLES_BUILT), 0.5 * 80 * HOURS_PER_YEAR * 0.003);
        assertEquals(0.0, r.kpi(Kpis.VEHICLE_LINE_STARVED), 1e-9);
    }

    /** A pack line on 8 h shifts cannot feed a 24/7 vehicle line: starved for about 2/3 of the time. */
    @Test
    void packLineShiftsStarveA247VehicleLine() {
        Scenario s = org.fifsim.TestScenarios.parse("name: t\nrun: {horizon: 14d, warmup: 7d, replications: 1}\n"
                + "vehicle_line: {takt: 45s}\n"
                + "pack_line:\n  stations: [{name: a, cycle_time: 45s}]\n  yield: 1\n"
                + "  calendar: {hours_per_day: 8, days_per_week: 7, start_hour: 6}\n"
                + "logistics: {mode: co-located, transfer: 10min, safety_stock: 0, initial_stock: 0}\n");
        ReplicationResult r = runOne(s, 0);
        assertEquals(2.0 / 3, r.kpi(Kpis.VEHICLE_LINE_STARVED), 0.01);
        double station = r.details().column("station.a.share_off");
        assertEquals(2.0 / 3, station, 0.01);
    }

    private static Scenario TestScenarios_withCalendar() {
        return org.fifsim.TestScenarios.parse("name: t\nrun: {horizon: 15d, warmup: 1d, replications: 1}\n"
                + "vehicle_line: {takt: 45s, calendar: {hours_per_day: 12, days_per_week: 7, start_hour: 6}}\n"
                + "pack_line:\n  stations: [{name: a, cycle_time: 40s}]\n  yield: 1\n"
                + "logistics: {mode: co-located, transfer: 20min, safety_stock: 30}\n");
    }
}
