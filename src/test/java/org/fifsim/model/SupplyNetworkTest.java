package org.fifsim.model;

import static org.fifsim.TestScenarios.parse;
import static org.fifsim.TestScenarios.runOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The remote baseline as a supply network: stock under policy, distance that takes time, cells from somewhere. */
class SupplyNetworkTest {
    private static final double YEAR_H = 8760;

    private static Scenario remote(String run, String logistics, String stages) {
        return parse("name: t\nrun: " + run + "\nvehicle_line: {takt: 45s}\n"
                + "pack_line:\n  stations: [{name: a, cycle_time: 40s}]\n  yield: 1\n"
                + "logistics:\n  mode: remote\n" + logistics + "  stages:\n" + stages);
    }

    private static double detail(ReplicationResult r, String key) {
        Double v = r.details().column(key);
        assertTrue(v != null, "no detail " + key + " in " + r.details().columns().keySet());
        return v;
    }

    /** Little's law, L = lambda W, for every stage and for the pipeline, with stock points holding their targets. */
    @Test
    void littlesLawHoldsPerStageAndInTotalUnderPolicies() {
        Scenario s = remote("{horizon: 12d, warmup: 2d, replications: 1}", "  safety_stock: 40\n",
                "    - {name: fg, type: store, handling: {uniform: [1h, 3h]}, target_cover: 12h}\n"
                        + "    - {name: road, type: road, truck_capacity: 20, fleet: 40, max_wait: 1h,"
                        + " distance_km: 120, speed_kmh: {triangular: [50, 60, 70]}, loading: 30min}\n"
                        + "    - {name: inbound, type: store, handling: 1h, target_cover: 8h}\n"
                        + "    - {name: feed, type: transfer, delay: {triangular: [20min, 30min, 1h]}}\n");
        ReplicationResult r = runOne(s, 0);
        double perHour = r.kpi(Kpis.VEHICLES_BUILT) / YEAR_H;
        assertEquals(80, perHour, 0.5);
        double stays = 0;
        for (String stage : new String[] {"fg", "road", "inbound", "feed"}) {
            double packs = detail(r, "stage." + stage + ".mean_packs");
            double stay = detail(r, "stage." + stage + ".mean_stay_h");
            assertEquals(packs, perHour * stay, packs * 0.03, "Little's law at " + stage);
            stays += stay;
        }
        assertEquals(stays, r.kpi(Kpis.LEAD_TIME_H), stays * 0.01);
        double inPipeline = r.kpi(Kpis.PIPELINE_PACKS) - r.kpi(Kpis.LINE_SIDE_PACKS);
        assertEquals(inPipeline, perHour * r.kpi(Kpis.LEAD_TIME_H), inPipeline * 0.03);
        // each stock point holds its target (12 h and 8 h at 80 packs/h), and the stays follow from it
        assertEquals(960, detail(r, "stage.fg.mean_packs"), 960 * 0.03);
        assertEquals(640, detail(r, "stage.inbound.mean_packs"), 640 * 0.03);
        assertEquals(0.0, r.kpi(Kpis.VEHICLE_LINE_STARVED), 1e-9);
        assertTrue(r.balance().balances(), r.balance().toString());
    }

    /**
     * The same 24 h of stock either way: 18 h releasable at the inbound store rides out a 12 h road closure; held at
     * the finished-goods store before the road, 6 h at the inbound store leaves the line starved for most of the rest.
     */
    @Test
    void releasableStockRidesOutAClosureThatStockTooFarUpstreamDoesNot() {
        String stages = "    - {name: fg, type: store, handling: 30min, target_cover: %s}\n"
                + "    - {name: road, type: road, truck_capacity: 20, fleet: 60, transit: 1h}\n"
                + "    - {name: inbound, type: store, handling: 30min, target_cover: %s}\n";
        String closure = "  safety_stock: 40\n  disruptions: [{name: slide, every: 4d, duration: 12h}]\n";
        ReplicationResult nearLine = runOne(remote("{horizon: 6d, warmup: 1d, replications: 1}", closure,
                String.format(stages, "6h", "18h")), 0);
        ReplicationResult upstream = runOne(remote("{horizon: 6d, warmup: 1d, replications: 1}", closure,
                String.format(stages, "18h", "6h")), 0);
        double closedHours = detail(nearLine, "stage.road.closed_share") * 5 * 24;
        assertEquals(12, closedHours, 1e-6);
        double nearStarved = nearLine.kpi(Kpis.VEHICLE_LINE_STARVED) * 5 * 24;
        double farStarved = upstream.kpi(Kpis.VEHICLE_LINE_STARVED) * 5 * 24;
        assertTrue(nearStarved < 0.05, "releasable stock near the line covers the closure: " + nearStarved + " h");
        // 12 h closed against 6 h inbound + 0.5 h line-side cover, plus the first truck's hour after reopening
        assertEquals(6.5, farStarved, 0.75);
    }

    /** Transit = loading + distance/speed + rests + unloading; the empty return drives and rests only. */
    @Test
    void transitIsLoadingDrivingRestsAndUnloading() {
        Scenario s = remote("{horizon: 4d, warmup: 1d, replications: 1}", "  safety_stock: 20\n",
                "    - {name: road, type: road, truck_capacity: 1, fleet: 2000, distance_km: 300, speed_kmh: 60,"
                        + " loading: 1h, unloading: 30min, max_drive: 4h, rest: 30min}\n");
        ReplicationResult r = runOne(s, 0);
        // 1 h + 300 km / 60 km/h (5 h, one rest of 30 min after 4 h) + 30 min = 7 h
        assertEquals(7.0, r.kpi(Kpis.LEAD_TIME_H), 1e-9);
        // trucks away = departures/h x (7 h out + 5.5 h back): 80 x 12.5 = 1000 of 2000
        assertEquals(0.5, detail(r, "stage.road.trucks_away_share"), 0.01);
    }

    /** From 30 to 300 km the lead time grows by the added driving and rests, and the trucks on the road in proportion. */
    @Test
    void distanceAddsDrivingTimeAndTrucksInProportion() {
        String stages = "    - {name: fg, type: store, handling: 1h, target_cover: 12h}\n"
                + "    - {name: road, type: road, truck_capacity: 20, fleet: 200, distance_km: %d, speed_kmh: 60}\n"
                + "    - {name: inbound, type: store, handling: 1h, target_cover: 12h}\n"
                + "    - {name: feed, type: transfer, delay: 30min}\n";
        ReplicationResult near = runOne(remote("{horizon: 8d, warmup: 2d, replications: 1}", "  safety_stock: 40\n",
                String.format(stages, 30)), 0);
        ReplicationResult far = runOne(remote("{horizon: 8d, warmup: 2d, replications: 1}", "  safety_stock: 40\n",
                String.format(stages, 300)), 0);
        // 270 km more at 60 km/h is 4.5 h, and 5 h of driving needs one 20 min rest
        double added = far.kpi(Kpis.LEAD_TIME_H) - near.kpi(Kpis.LEAD_TIME_H);
        assertEquals(4.5 + 20.0 / 60, added, 0.15);
        double nearTrucks = detail(near, "stage.road.trucks_away_share") * 200;
        double farTrucks = detail(far, "stage.road.trucks_away_share") * 200;
        // round trips of 2 x 0.5 h and 2 x 5 h 20 min
        assertEquals((2 * (5 + 1.0 / 3)) / 1.0, farTrucks / nearTrucks, 10.67 * 0.05);
        assertEquals(0.0, far.kpi(Kpis.VEHICLE_LINE_STARVED), 1e-9);
    }

    /** A closure naming one road closes that road only: here the first, which the hub's 10 h of stock rides out. */
    @Test
    void aClosureHitsTheRoadsItNames() {
        Scenario s = remote("{horizon: 6d, warmup: 1d, replications: 1}",
                "  safety_stock: 200\n  disruptions: [{name: slide, every: 2d, duration: 6h, roads: [first]}]\n",
                "    - {name: first, type: road, truck_capacity: 10, fleet: 100, transit: 1h}\n"
                        + "    - {name: hub, type: store, handling: 1h, target_cover: 10h}\n"
                        + "    - {name: second, type: road, truck_capacity: 10, fleet: 100, transit: 1h}\n");
        ReplicationResult r = runOne(s, 0);
        assertEquals(0.0, detail(r, "stage.second.closed_share"), 1e-12);
        assertEquals(12.0 / 120, detail(r, "stage.first.closed_share"), 1e-9);
        assertEquals(0.0, r.kpi(Kpis.VEHICLE_LINE_STARVED), 1e-9);
    }

    /** A 16 h x 5 d vehicle line needs 80/168 of a calendar lead time's takts: the line-side holds no hoard. */
    @Test
    void leadTimeDemandCountsTheVehicleLinesWorkingHours() {
        Scenario s = parse("name: t\nrun: {horizon: 22d, warmup: 8d, replications: 1}\n"
                + "vehicle_line: {takt: 45s, calendar: {hours_per_day: 16, days_per_week: 5}}\n"
                + "pack_line:\n  stations: [{name: a, cycle_time: 40s}]\n  yield: 1\n"
                + "logistics:\n  mode: remote\n  safety_stock: 80\n  stages:\n"
                + "    - {name: road, type: road, truck_capacity: 20, fleet: 300, max_wait: 1h, transit: 24h}\n");
        assertEquals((int) Math.ceil((24 * 3600 + 900) * (80.0 / 168) / 45) + 80,
                s.logistics().pipelineLimit(45, 80.0 / 168));
        ReplicationResult r = runOne(s, 0);
        // calendar hours would have held 24 h x 80/h = 1,920 packs of lead-time demand: ~1,000 too many at line-side
        assertTrue(r.kpi(Kpis.LINE_SIDE_PACKS) < 500, "line-side " + r.kpi(Kpis.LINE_SIDE_PACKS));
    }

    /** Cells come by truck in both designs: the co-located plant's cell leg has trips, km, cost and carbon. */
    @Test
    void theCellLegIsSimulatedAndPriced() {
        Scenario s = parse("name: t\nrun: {horizon: 6d, warmup: 1d, replications: 1}\nvehicle_line: {takt: 45s}\n"
                + "pack_line:\n  stations: [{name: a, cycle_time: 40s}]\n  yield: 1\n"
                + "logistics: {mode: co-located, transfer: 20min, safety_stock: 40}\n"
                + "cell_supply:\n  distance_km: 260\n  cell_mass_kg: 450\n"
                + "  road: {truck_capacity: 40, fleet: 30, speed_kmh: 65, loading: 1h, unloading: 1h}\n"
                + "  store: {handling: 2h, target_cover: 24h}\n");
        ReplicationResult r = runOne(s, 0);
        assertEquals(80 * YEAR_H, r.kpi(Kpis.VEHICLES_BUILT), 80 * YEAR_H * 0.01);
        assertEquals(r.kpi(Kpis.PACKS_GOOD) / 40, r.kpi(Kpis.CELL_TRUCK_TRIPS), r.kpi(Kpis.CELL_TRUCK_TRIPS) * 0.02);
        assertEquals(r.kpi(Kpis.CELL_TRUCK_TRIPS) * 520, r.kpi(Kpis.CELL_TRUCK_KM), 1e-6);
        assertEquals(0.0, r.kpi(Kpis.TRUCK_TRIPS), 0.0);
        assertTrue(r.kpi(Kpis.COST_CELL_TRANSPORT_CNY) > 0);
        assertTrue(r.kpi(Kpis.CO2_CELL_TRANSPORT_T) > 0);
        assertEquals(r.kpi(Kpis.COST_CELL_TRANSPORT_CNY), r.kpi(Kpis.COST_TRANSPORT_CNY), 1e-6);
        assertEquals(r.kpi(Kpis.CO2_CELL_TRANSPORT_T), r.kpi(Kpis.CO2_TRANSPORT_T), 1e-9);
        // the cell store holds its 24 h target (1,920 packs' worth); the pack line never waits
        assertEquals(1920, detail(r, "cells.cell-store.mean_packs"), 1920 * 0.03);
        assertEquals(0.0, r.kpi(Kpis.PACK_LINE_CELL_WAIT), 1e-9);
        Map<String, Double> a = r.activity().flat();
        assertEquals(450, a.get("leg.cell-road.unit_mass_kg"), 0);
        assertEquals(r.kpi(Kpis.PACKS_GOOD) * 260 * 0.45, r.kpi(Kpis.TRANSPORT_TKM), r.kpi(Kpis.TRANSPORT_TKM) * 0.02,
                "the cell leg's t-km: a pack's cells (450 kg) over 260 km, and nothing else on the road");
    }

    /** A cell road closed longer than the cell store's cover stops the pack line, and then the vehicle line. */
    @Test
    void aCellRoadClosureLongerThanTheCellCoverStopsThePackLine() {
        Scenario s = parse("name: t\nrun: {horizon: 6d, warmup: 1d, replications: 1}\nvehicle_line: {takt: 45s}\n"
                + "pack_line:\n  stations: [{name: a, cycle_time: 40s}]\n  yield: 1\n"
                + "logistics: {mode: co-located, transfer: 20min, safety_stock: 40}\n"
                + "cell_supply:\n  distance_km: 60\n  cell_mass_kg: 450\n"
                + "  road: {truck_capacity: 40, fleet: 30, speed_kmh: 60}\n"
                + "  store: {target_cover: 4h}\n"
                + "  disruptions: [{name: flood, every: 4d, duration: 10h}]\n");
        ReplicationResult r = runOne(s, 0);
        // 10 h closed against 4.25 h of cells (target and half a load) and 0.8 h of packs after the pack line, plus
        // the 20 min transfer after the first held truck, minutes from the store, arrives: about 5.3 h lost
        double starved = r.kpi(Kpis.VEHICLE_LINE_STARVED) * 5 * 24;
        assertEquals(5.3, starved, 0.6);
        assertTrue(r.kpi(Kpis.PACK_LINE_CELL_WAIT) > 0.04);
    }

    /**
     * A stock point lets its ready packs go in the order they became ready: a pack leaves when the packs ready before
     * it are used, so its stay is its own handling time plus a constant, and the lead time is spread like the handling
     * (uniform on [10 min, 3 h]): the 95th percentile lies 0.45 x 2 h 50 min above the median. Any other order (last
     * in first out, random) would spread it over the whole 10 h of stock.
     */
    @Test
    void aStockPointReleasesReadyPacksInTheOrderTheyBecameReady() {
        Scenario s = remote("{horizon: 5d, warmup: 2d, replications: 1}", "  safety_stock: 20\n",
                "    - {name: store, type: store, handling: {uniform: [10min, 3h]}, target_cover: 10h}\n");
        ReplicationResult r = runOne(s, 0);
        assertEquals(10.0, r.kpi(Kpis.LEAD_TIME_P50_H), 0.2);
        assertEquals(0.45 * (3 - 1.0 / 6), r.kpi(Kpis.LEAD_TIME_P95_H) - r.kpi(Kpis.LEAD_TIME_P50_H), 0.15);
    }
}
