package org.fifsim.model;

import static org.fifsim.TestScenarios.parse;
import static org.fifsim.TestScenarios.runAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.stats.Estimate;
import org.junit.jupiter.api.Test;

/** The vehicle line's own stoppages against renewal theory. */
class VehicleStoppagesTest {

    /**
     * MTBF 2 h, MTTR 30 min in clock time: the line is up 2/(2+0.5) = 80% of the time and, never short of packs,
     * builds 80% of its 60/h takt rate; the time it is down is not counted as starved.
     */
    @Test
    void availabilityIsMtbfOverMtbfPlusMttr() {
        Scenario s = parse("""
                name: t
                run: {horizon: 60d, warmup: 1d, replications: 4}
                vehicle_line: {takt: 60s, mtbf: {exponential: 2h}, mttr: {exponential: 30min}}
                pack_line:
                  stations: [{name: a, cycle_time: 30s}]
                  yield: 1
                logistics: {mode: co-located, transfer: 5min, safety_stock: 200}
                """);
        List<ReplicationResult> rs = runAll(s, 2);
        Estimate availability = Estimate.of(rs.stream().mapToDouble(r -> r.kpi(Kpis.VEHICLE_LINE_AVAILABILITY))
                .toArray());
        Estimate perHour = Estimate.of(rs.stream().mapToDouble(r -> r.kpi(Kpis.VEHICLES_BUILT) / 8760).toArray());
        assertEquals(0.8, availability.mean(), 0.015);
        assertEquals(60 * 0.8, perHour.mean(), 60 * 0.8 * 0.015);
        for (ReplicationResult r : rs) {
            assertEquals(0.0, r.kpi(Kpis.VEHICLE_LINE_STARVED), 1e-12);
        }
    }

    /** Without stoppages the line is always available. */
    @Test
    void aLineWithoutStoppagesIsAlwaysAvailable() {
        Scenario s = parse("""
                name: t
                run: {horizon: 1d, warmup: 1h, replications: 1}
                vehicle_line: {takt: 60s}
                pack_line:
                  stations: [{name: a, cycle_time: 30s}]
                logistics: {mode: co-located, transfer: 5min}
                """);
        assertEquals(1.0, runAll(s, 1).get(0).kpi(Kpis.VEHICLE_LINE_AVAILABILITY), 0);
    }
}
