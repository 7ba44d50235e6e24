package org.fifsim.model;

import static org.fifsim.TestScenarios.parse;
import static org.fifsim.TestScenarios.runOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Quality incidents against known answers: suspect packs = production rate x (time to the detection point + delay). */
class QualityIncidentsTest {
    private static final double YEAR_H = 8760;

    /**
     * One 60 s station (the bottleneck under a 30 s takt, so nothing waits downstream), no stock: the pipe from the
     * station to the line-side is the 20 min transfer and a pack goes into a vehicle as it arrives.
     */
    private static Scenario line(String quality) {
        return parse("""
                name: t
                run: {horizon: 2.5d, warmup: 12h, replications: 1}
                vehicle_line: {takt: 30s}
                pack_line:
                  stations: [{name: weld, cycle_time: 60s}]
                  yield: 1
                logistics: {mode: co-located, transfer: 20min, safety_stock: 0}
                quality:
                """ + quality);
    }

    /**
     * Found at the pack end-of-line test 2 h after the drift began: 60/h x 2 h = 120 suspect packs each time. The
     * delay lets those of the first 1 h 40 min through the 20 min transfer into vehicles (100 recalled); the 20 in the
     * transfer are quarantined. Annual figures are that rate x the per-incident figures.
     */
    @Test
    void suspectPacksAtPackEndOfLine() {
        ReplicationResult r = runOne(line("""
                  station: weld
                  every: 1d
                  detection: {point: pack_eol, delay: 2h}
                """), 0);
        // the scenario's rate: one drift per cycle of every (1 d) plus drift-to-detection (2 h); two were realised
        assertEquals(YEAR_H / 26, r.kpi(Kpis.QUALITY_INCIDENTS), 1e-6);
        assertEquals(2 * YEAR_H / 48, r.kpi(Kpis.QUALITY_INCIDENTS_REALISED), 1e-6);
        assertEquals(120, r.kpi(Kpis.SUSPECT_PACKS_PER_INCIDENT), 1);
        assertEquals(100, r.kpi(Kpis.VEHICLES_RECALLED) / r.kpi(Kpis.QUALITY_INCIDENTS), 1);
        assertEquals(20, r.kpi(Kpis.QUARANTINED_PACKS_PER_INCIDENT), 1);
    }

    /**
     * Found at the vehicle end-of-line: 20 min of transfer, 1 h from installation to the vehicle end-of-line, 1 h of
     * delay: 60/h x 2 h 20 min = 140 suspect packs; the 20 still in the transfer are quarantined, the rest recalled.
     */
    @Test
    void suspectPacksAtVehicleEndOfLine() {
        ReplicationResult r = runOne(line("""
                  station: weld
                  every: 1d
                  detection: {point: vehicle_eol, delay: 1h, after_install: 1h}
                  inspection: {time: 10min, cny_per_pack: 100}
                  recall_cny_per_vehicle: 1000
                """), 0);
        double incidentsPerYear = r.kpi(Kpis.QUALITY_INCIDENTS);
        assertEquals(140, r.kpi(Kpis.SUSPECT_PACKS_PER_INCIDENT), 1);
        assertEquals(20, r.kpi(Kpis.QUARANTINED_PACKS_PER_INCIDENT), 1);
        assertEquals(120, r.kpi(Kpis.VEHICLES_RECALLED) / incidentsPerYear, 1);
        assertEquals(r.kpi(Kpis.QUARANTINED_PACKS) * 100 + r.kpi(Kpis.VEHICLES_RECALLED) * 1000,
                r.kpi(Kpis.COST_CONTAINMENT_CNY), 1e-6);
        assertTrue(r.balance().balances(), r.balance().toString());
    }

    /**
     * A full line-side (the pack line outruns the vehicle line) is all suspect when the drift is found: one slow
     * inspection station empties it and the vehicle line starves; bad packs are scrapped and built again.
     */
    @Test
    void quarantineStarvesTheVehicleLine() {
        Scenario s = parse("""
                name: t
                run: {horizon: 3d, warmup: 12h, replications: 1}
                vehicle_line: {takt: 60s}
                pack_line:
                  stations: [{name: weld, cycle_time: 40s}]
                  yield: 1
                logistics: {mode: co-located, transfer: 20min, safety_stock: 100}
                quality:
                  station: weld
                  every: 1d
                  detection: {point: pack_eol, delay: 4h}
                  bad_share: 0.5
                  inspection: {time: 5min, stations: 2}
                """);
        ReplicationResult r = runOne(s, 0);
        assertTrue(r.kpi(Kpis.QUARANTINED_PACKS_PER_INCIDENT) > 100, "" + r.kpi(Kpis.QUARANTINED_PACKS_PER_INCIDENT));
        assertTrue(r.kpi(Kpis.VEHICLES_LOST) > 0);
        assertTrue(r.kpi(Kpis.VEHICLE_LINE_STARVED) > 0.01);
        assertTrue(r.details().column("quality.scrapped_packs_per_yr") > 0);
        assertTrue(r.balance().balances(), r.balance().toString());
    }
}
