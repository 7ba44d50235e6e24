package org.fifsim.model;

import static org.fifsim.TestScenarios.parse;
import static org.fifsim.TestScenarios.runAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Everything at once (orders with the rework rule, three variants with changeover, vehicle-line stoppages, shifts,
 * remote stores and a road, quality incidents with scrap): no pack is lost or made up, every KPI is a number, and the
 * results do not depend on the thread count.
 */
class OrdersTogetherTest {

    @Test
    void everythingTogetherKeepsThePackBalanceAndIsReproducible() {
        Scenario s = parse("""
                name: t
                run: {horizon: 12d, warmup: 2d, replications: 3, seed: 11}
                vehicle_line:
                  takt: 60s
                  calendar: {hours_per_day: 16, days_per_week: 6}
                  mtbf: {exponential: 6h}
                  mttr: {exponential: 15min}
                pack_line:
                  stations:
                    - {name: a, cycle_time: {triangular: [30s, 35s, 45s]}, mtbf: {exponential: 5h}, mttr: {exponential: 20min}}
                    - {name: b, cycle_time: {uniform: [30s, 40s]}}
                  yield: 0.97
                  rework: 0.5
                  changeover: {uniform: [5s, 20s]}
                logistics:
                  mode: remote
                  safety_stock: 40
                  stages:
                    - {name: fg, type: store, dwell: {triangular: [1h, 2h, 4h]}}
                    - {name: road, type: road, truck_capacity: 10, fleet: 3, max_wait: 1h, transit: 1h}
                    - {name: feed, type: transfer, delay: 10min}
                orders:
                  interarrival: {exponential: 80s}
                  frozen_horizon: 3h
                  sequence_miss: rework
                  rework_time: {uniform: [1h, 3h]}
                variants:
                  - {name: m5, share: 0.3, cycle_factor: 0.9, value_cny: 36000}
                  - {name: m7, share: 0.4, cycle_time: {b: {triangular: [35s, 40s, 50s]}}}
                  - {name: m9, share: 0.3, cycle_factor: 1.2}
                quality:
                  station: a
                  every: {exponential: 3d}
                  detection: {point: field, after_install: {uniform: [2h, 10h]}, delay: 1h}
                  bad_share: 0.3
                  inspection: {time: 20min, stations: 3, cny_per_pack: 100}
                  rework_share: 0.5
                  rework_time: 1h
                  recall_cny_per_vehicle: 1000
                """);
        List<ReplicationResult> one = runAll(s, 1);
        List<ReplicationResult> two = runAll(s, 2);
        for (int i = 0; i < one.size(); i++) {
            ReplicationResult r = one.get(i);
            assertTrue(r.balance().balances(), r.balance().toString());
            assertEquals(r.kpis(), two.get(i).kpis());
            assertEquals(r.details(), two.get(i).details());
            r.kpis().asMap().forEach((k, v) -> assertTrue(Double.isFinite(v) || k.contains("per_incident")
                    || k.startsWith("order_to_delivery"), k + " = " + v));
        }
        assertTrue(one.stream().mapToDouble(r -> r.kpi("quality_incidents")).sum() > 0);
        assertTrue(one.stream().mapToDouble(r -> r.kpi("sequence_misses")).sum() > 0);
    }
}
