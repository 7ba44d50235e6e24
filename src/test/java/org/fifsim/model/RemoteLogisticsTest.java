package org.fifsim.model;

import static org.fifsim.TestScenarios.parse;
import static org.fifsim.TestScenarios.runOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The remote pipeline against hand-computable cases: stages, trucks, closures, swings and reorder points. */
class RemoteLogisticsTest {
    private static final double YEAR_H = 8760;

    private static Scenario remote(String run, String takt, String station, String logisticsExtra, String stages) {
        return parse("name: t\nrun: " + run + "\nvehicle_line: {takt: " + takt + "}\n"
                + "pack_line:\n  stations: [{name: a, cycle_time: " + station + "}]\n  yield: 1\n"
                + "logistics:\n  mode: remote\n" + logisticsExtra + "  stages:\n" + stages);
    }

    @Test
    void constantStagesAddUpToTheLeadTime() {
        Scenario s = remote("{horizon: 4d, warmup: 1d, replications: 1}", "45s", "40s", "  safety_stock: 20\n",
                "    - {name: fg, type: store, dwell: 2h}\n"
                        + "    - {name: road, type: road, truck_capacity: 1, fleet: 1000, transit: 3h, return_trip: 3h}\n"
                        + "    - {name: inbound, type: store, dwell: 1h}\n"
                        + "    - {name: feed, type: transfer, delay: 30min}\n");
        ReplicationResult r = runOne(s, 0);
        assertEquals(6.5, r.kpi(Kpis.LEAD_TIME_H), 1e-9);
        assertEquals(6.5, r.kpi(Kpis.LEAD_TIME_P95_H), 6.5 * 0.01);
        // Little's law per stage at 80 packs/h
        assertEquals(160, r.details().column("stage.fg.mean_packs"), 2);
        assertEquals(240, r.details().column("stage.road.mean_packs"), 2);
        assertEquals(0.0, r.kpi(Kpis.VEHICLE_LINE_STARVED), 1e-12);
    }

    @Test
    void fullLoadDispatchSendsPacksOverCapacityTrucks() {
        Scenario s = remote("{horizon: 5d, warmup: 1d, replications: 1}", "45s", "40s", "",
                "    - {name: road, type: road, truck_capacity: 20, fleet: 50, distance_km: 100, transit: 2h}\n");
        ReplicationResult r = runOne(s, 0);
        assertEquals(r.kpi(Kpis.VEHICLES_BUILT) / 20, r.kpi(Kpis.TRUCK_TRIPS), r.kpi(Kpis.TRUCK_TRIPS) * 0.005);
        assertEquals(20.0, r.details().column("stage.road.mean_load_packs"), 1e-12);
        assertEquals(r.kpi(Kpis.TRUCK_TRIPS) * 100, r.details().column("stage.road.loaded_km_per_yr"), 1e-6);
        // a pack waits on average (capacity - 1)/2 takts for its load to fill: 9.5 x 45 s
        assertEquals(2 + 9.5 * 45 / 3600, r.kpi(Kpis.LEAD_TIME_H), 0.02);
    }

    @Test
    void maximumWaitSendsPartialLoads() {
        Scenario s = remote("{horizon: 5d, warmup: 1d, replications: 1}", "45s", "40s", "",
                "    - {name: road, type: road, truck_capacity: 1000, fleet: 50, max_wait: 1h, transit: 2h}\n");
        ReplicationResult r = runOne(s, 0);
        // one truck an hour, each carrying the hour's 80 packs
        assertEquals(YEAR_H, r.kpi(Kpis.TRUCK_TRIPS), YEAR_H * 0.01);
        assertEquals(80, r.details().column("stage.road.mean_load_packs"), 1);
    }

    @Test
    void aFleetTooSmallBuildsAQueueAtTheDock() {
        String stages = "    - {name: road, type: road, truck_capacity: 10, fleet: %d, transit: 5h}\n";
        Scenario small = remote("{horizon: 6d, warmup: 1d, replications: 1}", "45s", "40s", "  safety_stock: 100\n",
                String.format(stages, 1));
        Scenario large = remote("{horizon: 6d, warmup: 1d, replications: 1}", "45s", "40s", "  safety_stock: 100\n",
                String.format(stages, 100));
        ReplicationResult s = runOne(small, 0);
        ReplicationResult l = runOne(large, 0);
        // one truck of 10 packs per 10 h round trip carries 1 pack/h against a demand of 80/h
        assertEquals(YEAR_H, s.kpi(Kpis.VEHICLES_BUILT), YEAR_H * 0.1);
        assertTrue(s.details().column("stage.road.dock_packs") > 400, "packs pile up at the dock");
        assertEquals(1.0, s.details().column("stage.road.trucks_away_share"), 1e-9);
        assertTrue(l.details().column("stage.road.dock_packs") < 10, "enough trucks: no queue");
        assertEquals(0.0, l.kpi(Kpis.VEHICLE_LINE_STARVED), 1e-12);
    }

    /** A 4 h closure against a safety stock of 1 h of demand starves the vehicle line for about 3 h. */
    @Test
    void aClosureLongerThanTheSafetyStockStarvesForTheDifference() {
        Scenario s = remote("{horizon: 6d, warmup: 1d, replications: 1}", "45s", "40s",
                "  safety_stock: 80\n  disruptions: [{name: slide, every: 5d, duration: 4h}]\n",
                "    - {name: road, type: road, truck_capacity: 1, fleet: 1000, transit: 1h}\n");
        ReplicationResult r = runOne(s, 0);
        double starvedHours = r.kpi(Kpis.VEHICLE_LINE_STARVED) * 5 * 24;
        assertEquals(3.0, starvedHours, 0.1);
        assertEquals(4.0 / (5 * 24), r.details().column("stage.road.closed_share"), 1e-6);
    }

    @Test
    void aDemandSwingChangesTheVehicleRate() {
        Scenario s = parse("name: t\nrun: {horizon: 3d, warmup: 1d, replications: 1}\n"
                + "vehicle_line: {takt: 45s, swings: [{start: 2d, duration: 1d, takt: 30s}]}\n"
                + "pack_line:\n  stations: [{name: a, cycle_time: 20s}]\n  yield: 1\n"
                + "logistics: {mode: co-located, transfer: 10min}\n");
        ReplicationResult r = runOne(s, 0);
        double vehicles = r.kpi(Kpis.VEHICLES_BUILT) * 2 / 365;
        assertEquals(86400 / 45.0 + 86400 / 30.0, vehicles, 2);
    }

    @Test
    void lineSideReorderPointKeepsStockBetweenSAndSPlusQ() {
        Scenario s = remote("{horizon: 4d, warmup: 1d, replications: 1}", "45s", "30s",
                "  safety_stock: 200\n  line_side_replenishment: {rule: reorder_point, reorder_point: 20, "
                        + "order_quantity: 40}\n",
                "    - {name: inbound, type: store, dwell: 2h}\n    - {name: feed, type: transfer, delay: 10min}\n");
        ReplicationResult r = runOne(s, 0);
        double lineSide = r.kpi(Kpis.LINE_SIDE_PACKS);
        assertTrue(lineSide > 5 && lineSide < 60, "line-side stock follows (s, Q): " + lineSide);
        assertEquals(0.0, r.kpi(Kpis.VEHICLE_LINE_STARVED), 1e-9);
        assertTrue(r.balance().balances(), r.balance().toString());
    }

    @Test
    void productionReorderPointReleasesBatches() {
        Scenario s = remote("{horizon: 4d, warmup: 1d, replications: 1}", "45s", "30s",
                "  replenishment: {rule: reorder_point, reorder_point: 100, order_quantity: 50}\n",
                "    - {name: feed, type: transfer, delay: 30min}\n");
        ReplicationResult r = runOne(s, 0);
        double pipeline = r.kpi(Kpis.PIPELINE_PACKS);
        assertTrue(pipeline > 90 && pipeline <= 150, "inventory position stays within (s, s + Q]: " + pipeline);
        assertEquals(80 * YEAR_H, r.kpi(Kpis.VEHICLES_BUILT), 80 * YEAR_H * 0.005);
        assertTrue(r.balance().balances(), r.balance().toString());
    }

    /**
     * A saturated store of capacity 2 with a dwell uniform on [1 min, 60 min] lets out 2 / 30.5 min = 3.93 packs/h.
     * A full store lets a waiting pack in while it releases: the next release must still be the earliest one.
     */
    @Test
    void aSaturatedStoreReleasesAtItsCapacityOverTheMeanDwell() {
        Scenario s = remote("{horizon: 61d, warmup: 1d, replications: 1}", "1s", "10min",
                "  safety_stock: 100000\n  initial_stock: 0\n",
                "    - {name: store, type: store, dwell: {uniform: [1min, 60min]}, capacity: 2}\n");
        ReplicationResult r = runOne(s, 0);
        double perHour = r.kpi(Kpis.VEHICLES_BUILT) / YEAR_H;
        assertEquals(2 / (30.5 / 60), perHour, 2 / (30.5 / 60) * 0.02);
    }

    /** A closure that starts exactly when a truck arrives holds it for the closure: 1 h transit + 4 h closed. */
    @Test
    void aClosureStartingAtATrucksArrivalDelaysItByTheClosure() {
        Scenario s = remote("{horizon: 6h, warmup: 0s, replications: 1}", "45s", "40s",
                "  safety_stock: 0\n  disruptions: [{name: slide, every: 3640s, duration: 4h}]\n",
                "    - {name: road, type: road, truck_capacity: 1, fleet: 1, transit: 1h, return_trip: 1h}\n");
        ReplicationResult r = runOne(s, 0);
        assertEquals(5.0, r.kpi(Kpis.LEAD_TIME_H), 1e-9);
    }
}
