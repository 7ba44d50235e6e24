package org.fifsim.model;

import static org.fifsim.TestScenarios.parse;
import static org.fifsim.TestScenarios.runOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Customer orders, the frozen sequence and variants against known answers. */
class OrdersTest {
    private static final double DAY = 86400;

    private static Scenario scenario(String run, String takt, String station, String logistics, String orders) {
        return parse("name: t\nrun: " + run + "\nvehicle_line: {takt: " + takt + "}\npack_line:\n  stations: ["
                + station + "]\n  yield: 1\nlogistics: " + logistics + "\n" + orders);
    }

    /** Naming one variant (cycle factor 1, any changeover) changes nothing, to the last bit. */
    @Test
    void oneVariantChangesNothing() {
        String run = "{horizon: 3d, warmup: 1d, replications: 1, seed: 7}";
        String station = "{name: a, cycle_time: {triangular: [30s, 40s, 50s]}, mtbf: {exponential: 4h},"
                + " mttr: {exponential: 20min}}";
        String logistics = "{mode: co-located, transfer: {uniform: [10min, 30min]}, safety_stock: 60}";
        String orders = "orders: {interarrival: {exponential: 50s}, frozen_horizon: 1h}\n";
        Scenario plain = scenario(run, "45s", station, logistics, orders);
        Scenario one = parse(("name: t\nrun: " + run + "\nvehicle_line: {takt: 45s}\npack_line:\n  stations: ["
                + station + "]\n  yield: 1\n  changeover: 10min\nlogistics: " + logistics + "\n" + orders
                + "variants: [{name: m7, share: 1, kwh: 80, cycle_factor: 1}]\n"));
        ReplicationResult a = runOne(plain, 0);
        ReplicationResult b = runOne(one, 0);
        assertEquals(a.kpis(), b.kpis());
        assertTrue(a.kpi(Kpis.VEHICLES_BUILT) > 0);
    }

    /** Orders every 50 s into a line building every 60 s: the bank grows by 1/50 - 1/60 per second. */
    @Test
    void bankGrowsAsTheDifferenceOfRates() {
        Scenario s = scenario("{horizon: 1d, warmup: 0s, replications: 1}", "60s", "{name: a, cycle_time: 30s}",
                "{mode: co-located, transfer: 5min, safety_stock: 50}",
                "orders: {interarrival: 50s, frozen_horizon: 10min, initial_bank: 0}\n");
        ReplicationResult r = runOne(s, 0);
        double growth = (1.0 / 50 - 1.0 / 60) * DAY;
        assertEquals(growth, r.details().column("orders.bank_at_end"), 2);
        assertEquals(growth / 2, r.kpi(Kpis.ORDER_BANK_ORDERS), 2);
        assertEquals(0.0, r.kpi(Kpis.SEQUENCE_MISSES), 0);
    }

    /** Orders slower than the line: no wait in the bank, so order to delivery = frozen horizon + one takt. */
    @Test
    void deliveryIsFrozenHorizonPlusBuildWhenTheBankIsEmpty() {
        Scenario s = scenario("{horizon: 2d, warmup: 2h, replications: 1}", "60s", "{name: a, cycle_time: 30s}",
                "{mode: co-located, transfer: 20min, safety_stock: 50}",
                "orders: {interarrival: 2min, frozen_horizon: 1h, initial_bank: 0}\n");
        ReplicationResult r = runOne(s, 0);
        double expected = (3600 + 60) / DAY;
        assertEquals(expected, r.kpi(Kpis.ORDER_TO_DELIVERY_D), 1e-9);
        assertEquals(expected, r.kpi(Kpis.ORDER_TO_DELIVERY_P95_D), expected * 0.01);
        assertEquals(0.5, r.kpi(Kpis.VEHICLE_LINE_WAITING_ORDERS), 0.01);
        assertEquals(0.0, r.kpi(Kpis.VEHICLE_LINE_STARVED), 0);
    }

    /**
     * A bank of 100 orders at time zero, none after, a frozen sequence of 10 takts: order k waits (k - 10) takts in the
     * bank, then the 10-takt horizon, then its takt of build, (k + 1) takts in all. Measured after a 30 s warm-up:
     * orders 1 to 99, mean 51 takts.
     */
    @Test
    void deliveryIsBankWaitPlusFrozenHorizonPlusBuild() {
        Scenario s = scenario("{horizon: 3h, warmup: 30s, replications: 1}", "60s", "{name: a, cycle_time: 30s}",
                "{mode: co-located, transfer: 5min, safety_stock: 200}",
                "orders: {interarrival: 1000d, frozen_horizon: 10min, initial_bank: 100}\n");
        ReplicationResult r = runOne(s, 0);
        assertEquals(51.0 * 60 / DAY, r.kpi(Kpis.ORDER_TO_DELIVERY_D), 1e-9);
        assertEquals(99 * 365 * DAY / (3 * 3600 - 30), r.kpi(Kpis.VEHICLES_BUILT), 1e-6);
    }

    /**
     * Three variants, 20 min from end-of-line to line-side and a thin stock of each: a 5 min frozen horizon cannot cover
     * the pipeline and the sequence misses; a 2 h horizon covers it and never misses.
     */
    @Test
    void aFrozenHorizonShorterThanThePipeMisses() {
        String variants = "variants:\n  - {name: m5, share: 0.3}\n  - {name: m7, share: 0.4}\n  - {name: m9, share: 0.3}\n";
        String logistics = "{mode: co-located, transfer: 20min, safety_stock: 6}";
        Scenario shortHorizon = scenario("{horizon: 3d, warmup: 1d, replications: 1}", "45s",
                "{name: a, cycle_time: 38s}", logistics, "orders: {interarrival: {exponential: 46s}, frozen_horizon: 5min}\n"
                        + variants);
        Scenario longHorizon = scenario("{horizon: 3d, warmup: 1d, replications: 1}", "45s",
                "{name: a, cycle_time: 38s}", logistics, "orders: {interarrival: {exponential: 46s}, frozen_horizon: 2h}\n"
                        + variants);
        ReplicationResult a = runOne(shortHorizon, 0);
        ReplicationResult b = runOne(longHorizon, 0);
        assertTrue(a.kpi(Kpis.SEQUENCE_MISSES) > 1000, "misses " + a.kpi(Kpis.SEQUENCE_MISSES));
        assertTrue(a.kpi(Kpis.VEHICLE_LINE_STARVED) > 0.01);
        assertEquals(0.0, b.kpi(Kpis.SEQUENCE_MISSES), 0);
        assertEquals(0.0, b.kpi(Kpis.VEHICLE_LINE_STARVED), 0);
        assertTrue(a.balance().balances() && b.balance().balances());
    }

    /** Under the rework rule a miss never stops the line: the vehicle is set aside and fitted later. */
    @Test
    void reworkRuleNeverStarvesTheLine() {
        Scenario s = scenario("{horizon: 3d, warmup: 1d, replications: 1}", "45s", "{name: a, cycle_time: 38s}",
                "{mode: co-located, transfer: 20min, safety_stock: 6}",
                "orders: {interarrival: {exponential: 46s}, frozen_horizon: 5min, sequence_miss: rework,"
                        + " rework_time: 2h}\nvariants:\n  - {name: m5, share: 0.5}\n  - {name: m9, share: 0.5}\n");
        ReplicationResult r = runOne(s, 0);
        assertTrue(r.kpi(Kpis.SEQUENCE_MISSES) > 1000);
        assertEquals(0.0, r.kpi(Kpis.VEHICLE_LINE_STARVED), 0);
        assertEquals(r.kpi(Kpis.SEQUENCE_MISSES), r.details().column("orders.vehicles_reworked_per_yr"), 1e-6);
        assertTrue(r.balance().balances(), r.balance().toString());
    }

    /**
     * Two variants in random order, 30 s cycle, 30 s changeover: the variant changes on half the packs, so a pack takes
     * 45 s on average and a line short of capacity builds 80 an hour.
     */
    @Test
    void changeoverCostsItsShareOfCapacity() {
        Scenario s = parse("""
                name: t
                run: {horizon: 4d, warmup: 1d, replications: 1}
                vehicle_line: {takt: 20s}
                pack_line:
                  stations: [{name: a, cycle_time: 30s}]
                  yield: 1
                  changeover: 30s
                logistics: {mode: co-located, transfer: 1min, safety_stock: 10}
                orders: {interarrival: 10s, frozen_horizon: 1h}
                variants: [{name: m5, share: 0.5}, {name: m9, share: 0.5}]
                """);
        ReplicationResult r = runOne(s, 0);
        assertEquals(80 * 8760, r.kpi(Kpis.VEHICLES_BUILT), 80 * 8760 * 0.02);
    }

    /** Vehicles by variant follow the order mix (binomial, 4 sd). */
    @Test
    void buildsFollowTheMix() {
        Scenario s = scenario("{horizon: 3d, warmup: 0s, replications: 1}", "45s", "{name: a, cycle_time: 38s}",
                "{mode: co-located, transfer: 20min, safety_stock: 30}",
                "orders: {interarrival: {exponential: 50s}, frozen_horizon: 1h}\n"
                        + "variants: [{name: m5, share: 0.2}, {name: m7, share: 0.8}]\n");
        ReplicationResult r = runOne(s, 0);
        double m5 = r.details().column("variant.m5.vehicles_since_start");
        double m7 = r.details().column("variant.m7.vehicles_since_start");
        double n = m5 + m7;
        assertEquals(0.2, m5 / n, 4 * Math.sqrt(0.16 / n));
    }

    /**
     * The built mix the accounting prices counts the measured vehicles only: each variant's share times the vehicles
     * built after the warm-up is a whole number of vehicles (with the warm-up's counted too, it would not be), and
     * the shares differ from those since time zero.
     */
    @Test
    void theBuiltMixCountsFromTheWarmup() {
        Scenario s = scenario("{horizon: 3d, warmup: 1d, replications: 1}", "45s", "{name: a, cycle_time: 38s}",
                "{mode: co-located, transfer: 20min, safety_stock: 30}",
                "orders: {interarrival: {exponential: 50s}, frozen_horizon: 1h}\n"
                        + "variants: [{name: m5, share: 0.2}, {name: m7, share: 0.8}]\n");
        ReplicationResult r = runOne(s, 0);
        double measured = r.kpis().get(org.fifsim.results.Kpis.VEHICLES_BUILT) * 2 * DAY / (365 * DAY);
        assertEquals(Math.rint(measured), measured, 1e-6, "vehicles built in the 2 measured days");
        double sinceStart = r.details().column("variant.m5.vehicles_since_start")
                + r.details().column("variant.m7.vehicles_since_start");
        assertTrue(sinceStart > measured + 1000, "the warm-up day built vehicles too");
        for (org.fifsim.results.Activity.Variant v : r.activity().variants()) {
            double vehicles = v.share() * measured;
            assertEquals(Math.rint(vehicles), vehicles, 1e-6, v.name() + ": a whole number of measured vehicles");
            double shareSinceStart = r.details().column("variant." + v.name() + ".vehicles_since_start") / sinceStart;
            assertTrue(Math.abs(shareSinceStart - v.share()) > 1e-9, v.name() + ": not the share since time zero");
        }
    }
}
