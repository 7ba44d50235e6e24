package org.fifsim.model;

import static org.fifsim.TestScenarios.parse;
import static org.fifsim.TestScenarios.runOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fifsim.analysis.CheckResult;
import org.fifsim.analysis.ModelChecks;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A build sequence supplied from stock of every variant (orders.packs_from: stock): the last stock point sequences,
 * everything upstream replenishes one for one per variant, and the stock policy's lead time is kept.
 */
class StockToSequenceTest {
    private static final String NETWORK = "    - {name: fg, type: store, handling: {uniform: [1h, 3h]}, target_cover: 12h}\n"
            + "    - {name: road, type: road, truck_capacity: 20, fleet: 40, max_wait: 1h, distance_km: 120,"
            + " speed_kmh: {triangular: [50, 60, 70]}, loading: 30min}\n"
            + "    - {name: inbound, type: store, handling: 1h, target_cover: 8h}\n"
            + "    - {name: feed, type: transfer, delay: {triangular: [20min, 30min, 1h]}}\n";
    private static final String THREE = "variants:\n  - {name: m5, share: 0.3}\n  - {name: m7, share: 0.35}\n"
            + "  - {name: m9, share: 0.35}\n";

    private static Scenario remote(String run, String stages, String orders) {
        return parse("name: t\nrun: " + run + "\nvehicle_line: {takt: 45s}\n"
                + "pack_line:\n  stations: [{name: a, cycle_time: 40s}]\n  yield: 1\n"
                + "logistics:\n  mode: remote\n  safety_stock: 40\n  stages:\n" + stages + orders);
    }

    /**
     * One variant from stock, orders arriving faster than the line builds: the same stock policy as without orders,
     * so the same lead time (the targets over the demand rate plus the stages between) within noise.
     */
    @Test
    void oneVariantFromStockKeepsTheStockPolicysLeadTime() {
        String run = "{horizon: 12d, warmup: 2d, replications: 1}";
        ReplicationResult plain = runOne(remote(run, NETWORK, ""), 0);
        ReplicationResult stock = runOne(remote(run, NETWORK,
                "orders: {interarrival: 40s, frozen_horizon: 2h, packs_from: stock}\n"), 0);
        assertEquals(80, stock.kpi(Kpis.VEHICLES_BUILT) / 8760, 0.5);
        assertEquals(plain.kpi(Kpis.LEAD_TIME_H), stock.kpi(Kpis.LEAD_TIME_H), plain.kpi(Kpis.LEAD_TIME_H) * 0.02);
        assertTrue(stock.kpi(Kpis.LEAD_TIME_H) > 20, "fg 12 h + road + inbound 8 h + feed: " + stock.kpi(Kpis.LEAD_TIME_H));
        assertEquals(0.0, stock.kpi(Kpis.SEQUENCE_MISSES), 0);
        assertEquals(960, stock.details().column("stage.fg.mean_packs"), 960 * 0.03);
        assertEquals(640, stock.details().column("stage.inbound.mean_packs"), 640 * 0.03);
        assertTrue(stock.balance().balances(), stock.balance().toString());
    }

    /**
     * Three variants of equal cycle times: each variant's line-side stock is its share of the total, the stock points
     * keep their targets, and a horizon covering the feed never misses. Built from the pack line instead, the same
     * orders pass every store and the lead time collapses to the handling and transport times.
     */
    @Test
    void threeVariantsHoldStockByShare() {
        String run = "{horizon: 12d, warmup: 2d, replications: 1}";
        ReplicationResult r = runOne(remote(run, NETWORK,
                "orders: {interarrival: {exponential: 44s}, frozen_horizon: 2h}\n" + THREE), 0);
        double total = r.kpi(Kpis.LINE_SIDE_PACKS);
        String[] names = {"m5", "m7", "m9"};
        double[] shares = {0.3, 0.35, 0.35};
        double sum = 0;
        for (int v = 0; v < 3; v++) {
            double own = r.details().column("variant." + names[v] + ".line_side_packs");
            assertEquals(shares[v] * total, own, shares[v] * total * 0.1, names[v]);
            sum += own;
        }
        assertEquals(total, sum, 1e-6);
        // every pack in the pipe is held by variant (no quality incidents here): the accounting values each at its own
        double held = 0;
        for (org.fifsim.results.Activity.Variant v : r.activity().variants()) {
            held += v.heldPacks();
        }
        assertEquals(r.kpi(Kpis.PIPELINE_PACKS), held, 1e-6 * held, "stock held by variant = the pipeline");
        assertEquals(960, r.details().column("stage.fg.mean_packs"), 960 * 0.05);
        assertEquals(640, r.details().column("stage.inbound.mean_packs"), 640 * 0.05);
        assertEquals(0.0, r.kpi(Kpis.SEQUENCE_MISSES), 0);
        assertTrue(r.kpi(Kpis.LEAD_TIME_H) > 20, "lead time " + r.kpi(Kpis.LEAD_TIME_H));
        assertTrue(r.balance().balances(), r.balance().toString());

        ReplicationResult built = runOne(remote(run, NETWORK,
                "orders: {interarrival: {exponential: 44s}, frozen_horizon: 8h, packs_from: pack_line}\n" + THREE), 0);
        assertTrue(built.kpi(Kpis.LEAD_TIME_H) < 8, "stores pass packs on: " + built.kpi(Kpis.LEAD_TIME_H));
    }

    /**
     * The inbound store sequences, a 1 h feed to a thin line-side: a 5 min horizon cannot cover the feed and the
     * line misses whenever a variant's safety stock runs out; a 2 h horizon covers it and never misses.
     */
    @Test
    void aHorizonShorterThanTheFeedMisses() {
        String stages = "    - {name: inbound, type: store, handling: 30min, target_cover: 6h}\n"
                + "    - {name: feed, type: transfer, delay: 1h}\n";
        String run = "{horizon: 4d, warmup: 1d, replications: 1}";
        String small = "name: t\nrun: " + run + "\nvehicle_line: {takt: 45s}\n"
                + "pack_line:\n  stations: [{name: a, cycle_time: 38s}]\n  yield: 1\n"
                + "logistics:\n  mode: remote\n  safety_stock: 9\n  stages:\n" + stages;
        ReplicationResult shortHorizon = runOne(parse(small
                + "orders: {interarrival: {exponential: 46s}, frozen_horizon: 5min}\n" + THREE), 0);
        ReplicationResult longHorizon = runOne(parse(small
                + "orders: {interarrival: {exponential: 46s}, frozen_horizon: 2h}\n" + THREE), 0);
        assertTrue(shortHorizon.kpi(Kpis.SEQUENCE_MISSES) > 1000, "misses " + shortHorizon.kpi(Kpis.SEQUENCE_MISSES));
        assertTrue(shortHorizon.kpi(Kpis.VEHICLE_LINE_STARVED) > 0.01);
        assertEquals(0.0, longHorizon.kpi(Kpis.SEQUENCE_MISSES), 0);
        assertEquals(0.0, longHorizon.kpi(Kpis.VEHICLE_LINE_STARVED), 0);
        assertTrue(shortHorizon.balance().balances() && longHorizon.balance().balances());
    }

    /**
     * Frequent quality incidents from stock: packs held in quarantine are in the pipeline but not in transit, and a pack
     * sent back from quarantine is not timed again, so Little's law holds on pipeline - line-side - quarantine, and
     * packs balance.
     */
    @Test
    void quarantineKeepsLittlesLawAndThePackBalance() {
        String stages = "    - {name: inbound, type: store, handling: 30min, target_cover: 2h}\n"
                + "    - {name: feed, type: transfer, delay: {triangular: [10min, 20min, 40min]}}\n";
        Scenario s = parse("name: t\nrun: {horizon: 30d, warmup: 1d, replications: 2}\nvehicle_line: {takt: 45s}\n"
                + "pack_line:\n  stations: [{name: a, cycle_time: 40s}, {name: b, cycle_time: 40s}]\n  yield: 1\n"
                + "logistics:\n  mode: remote\n  safety_stock: 60\n  stages:\n" + stages
                + "orders: {interarrival: {exponential: 46s}, frozen_horizon: 1h}\n" + THREE
                + "quality:\n  station: b\n  every: {exponential: 2d}\n"
                + "  detection: {point: vehicle_eol, after_install: 1h, delay: 30min}\n  bad_share: 0.2\n"
                + "  inspection: {time: {triangular: [10min, 15min, 25min]}, stations: 10}\n"
                + "  rework_share: 0.5\n  rework_time: 2h\n");
        List<ReplicationResult> results = List.of(runOne(s, 0), runOne(s, 1));
        for (ReplicationResult r : results) {
            assertTrue(r.kpi(Kpis.QUARANTINED_PACKS) > 0, "no quarantine");
            assertTrue(r.kpi(Kpis.QUARANTINE_PACKS) > 1, "held " + r.kpi(Kpis.QUARANTINE_PACKS));
            assertTrue(r.balance().balances(), r.balance().toString());
        }
        for (CheckResult c : ModelChecks.of(s, results)) {
            assertEquals(CheckResult.Outcome.PASS, c.outcome(), c.name() + ": " + c.detail());
        }
    }
}
