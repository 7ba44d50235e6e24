package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.fifsim.accounting.Accounting;
import org.fifsim.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code account}: re-pricing saved activity gives exactly what a fresh run with those factors gives. */
class AccountCliTest extends CapturedCli {
    /** A remote plant of two days: a road leg, two stores, an uncertain pack value. */
    private static final String REMOTE = """
            name: %s
            run: {horizon: 2d, warmup: 6h, replications: 3, seed: 9}
            vehicle_line: {takt: 45s}
            pack_line: {stations: [{name: s1, cycle_time: {triangular: [30s, 38s, 44s]}}]}
            logistics:
              mode: remote
              safety_stock: 60
              stages:
                - {name: fg, type: store, dwell: {uniform: [1h, 3h]}, capacity: 5000}
                - {name: road, type: road, truck_capacity: 24, fleet: 6, max_wait: 2h, distance_km: 30,
                   transit: {uniform: [40min, 1h]}, return_trip: {uniform: [40min, 1h]}}
                - {name: inbound, type: store, dwell: {uniform: [1h, 3h]}, capacity: 5000}
            energy: {grid: {kg_co2_per_kwh: %s}}
            accounting: {pack_value_cny: {uniform: [36000, 60000]}%s}
            """;

    @TempDir
    Path tmp;

    private Path scenario(String name, String grid, String extra) throws Exception {
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, String.format(REMOTE, name, grid, extra));
        return f;
    }

    private JsonNode json(Path p) throws Exception {
        return Json.MAPPER.readTree(p.toFile());
    }

    @Test
    void accountWithAChangedFactorEqualsAFreshRunWithIt() throws Exception {
        Path plain = scenario("plant", "0.5703", "");
        assertEquals(0, execute("run", plain.toString(), "--out", tmp.resolve("a").toString(), "--quiet",
                "--no-report"));
        assertEquals(0, execute("account", tmp.resolve("a").toString(), "--set", "truck_cny_per_km=9",
                "--set", "road_vehicle_based=1", "--set", "grid_kg_co2_per_kwh={uniform: [0.1, 0.2]}",
                "--out", tmp.resolve("priced").toString()), err.toString(StandardCharsets.UTF_8));
        Path changed = tmp.resolve("changed");
        Files.createDirectories(changed);
        Path fresh = changed.resolve("plant.yaml");
        Files.writeString(fresh, String.format(REMOTE, "plant", "{uniform: [0.1, 0.2]}",
                ", truck_cny_per_km: 9, road_vehicle_based: 1"));
        assertEquals(0, execute("run", fresh.toString(), "--out", tmp.resolve("b").toString(), "--quiet",
                "--no-report"));
        JsonNode priced = json(tmp.resolve("priced/summary.json")).get("kpis");
        JsonNode run = json(tmp.resolve("b/summary.json")).get("kpis");
        assertEquals(run, priced, "every KPI, interval and band");
        assertTrue(run.get("cost_transport_cny").get("mean").asDouble()
                != json(tmp.resolve("a/summary.json")).get("kpis").get("cost_transport_cny").get("mean").asDouble());
        assertTrue(run.get("co2_grid_t").has("band_p5"));
    }

    @Test
    void accountOnAComparisonEqualsAFreshComparison() throws Exception {
        Path base = scenario("base", "0.5227", "");
        Path hydro = scenario("hydro", "{uniform: [0.1255, 0.1404]}", "");
        assertEquals(0, execute("compare", base.toString(), hydro.toString(), "--out",
                tmp.resolve("c").toString(), "--quiet"));
        // both designs set the pack value themselves: an unscoped --set would apply to neither, so scope it
        assertEquals(0, execute("account", tmp.resolve("c").toString(), "--set", "base:pack_value_cny=50000",
                "--set", "hydro:pack_value_cny=50000"), err.toString(StandardCharsets.UTF_8));
        Path again = tmp.resolve("again");
        Files.createDirectories(again);
        Path b2 = again.resolve("base.yaml");
        Path h2 = again.resolve("hydro.yaml");
        Files.writeString(b2, String.format(REMOTE, "base", "0.5227", "").replace(
                "pack_value_cny: {uniform: [36000, 60000]}", "pack_value_cny: 50000"));
        Files.writeString(h2, String.format(REMOTE, "hydro", "{uniform: [0.1255, 0.1404]}", "").replace(
                "pack_value_cny: {uniform: [36000, 60000]}", "pack_value_cny: 50000"));
        assertEquals(0, execute("compare", b2.toString(), h2.toString(), "--out", tmp.resolve("d").toString(),
                "--quiet"));
        JsonNode repriced = json(tmp.resolve("c-account/comparison.json")).get("differences").get("hydro");
        JsonNode fresh = json(tmp.resolve("d/comparison.json")).get("differences").get("hydro");
        for (Iterator<Map.Entry<String, JsonNode>> it = fresh.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            assertEquals(e.getValue(), repriced.get(e.getKey()), e.getKey());
        }
        // written beside the comparison, which can still be run into again
        assertEquals(0, execute("compare", base.toString(), hydro.toString(), "--out", tmp.resolve("c").toString(),
                "--quiet"), err.toString(StandardCharsets.UTF_8));
        JsonNode co2 = fresh.get("co2_electricity_t");
        assertTrue(co2.get("ci95_high").asDouble() < 0 && co2.get("band_p95").asDouble() < 0,
                "the hydro grid lowers electricity carbon: " + co2);
        for (String name : new String[] {"base", "hydro"}) {
            assertEquals(json(tmp.resolve("d/" + name + "/summary.json")).get("kpis"),
                    json(tmp.resolve("c-account/" + name + "/summary.json")).get("kpis"), name);
        }
        assertTrue(Accounting.computes("cost_inventory_cny"));
    }

    /**
     * The remote plant with orders for two pack variants and a drift every 12 h found at the pack end-of-line 8 h
     * after its first suspect pack: long enough for some suspect packs to be in vehicles (recalled).
     */
    private static final String QUALITY = """
            orders: {interarrival: {exponential: 50s}, frozen_horizon: 2h}
            variants:
              - {name: small, share: 0.4, kwh: 60, value_cny: 36000, mass_kg: 450}
              - {name: big, share: 0.6, kwh: 100, value_cny: 60000, mass_kg: 750, cycle_factor: 1.05}
            quality:
              station: s1
              every: {exponential: 12h}
              detection: {point: pack_eol, delay: 8h}
              bad_share: 0.2
              inspection: {time: 10min, stations: 10, cny_per_pack: {uniform: [200, 400]}}
              rework_share: 0.5
              rework_time: 1h
              rework_cny_per_pack: 2000
              scrap_cny_per_pack: 48000
              recall_cny_per_vehicle: %s
            """;

    /**
     * Containment and the variants' values are factors: re-pricing a run with quality incidents and variants at other
     * containment and variant prices gives what a fresh run with them gives, every KPI, interval and band.
     */
    @Test
    void accountWithQualityAndVariantsEqualsAFreshRun() throws Exception {
        Path plain = tmp.resolve("q.yaml");
        Files.writeString(plain, String.format(REMOTE, "q", "0.5703", "") + String.format(QUALITY, "2000"));
        assertEquals(0, execute("run", plain.toString(), "--out", tmp.resolve("a").toString(), "--quiet",
                "--no-report"), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, execute("account", tmp.resolve("a").toString(), "--set",
                "containment_recall_cny_per_vehicle={uniform: [4000, 6000]}", "--set", "q:pack_value_cny.big=70000",
                "--out", tmp.resolve("priced").toString()), err.toString(StandardCharsets.UTF_8));
        Path changed = tmp.resolve("changed");
        Files.createDirectories(changed);
        Path fresh = changed.resolve("q.yaml");
        Files.writeString(fresh, String.format(REMOTE, "q", "0.5703", "")
                + String.format(QUALITY, "{uniform: [4000, 6000]}").replace("value_cny: 60000", "value_cny: 70000"));
        assertEquals(0, execute("run", fresh.toString(), "--out", tmp.resolve("b").toString(), "--quiet",
                "--no-report"), err.toString(StandardCharsets.UTF_8));
        JsonNode priced = json(tmp.resolve("priced/summary.json")).get("kpis");
        JsonNode run = json(tmp.resolve("b/summary.json")).get("kpis");
        assertEquals(run, priced, "every KPI, interval and band");
        JsonNode before = json(tmp.resolve("a/summary.json")).get("kpis");
        assertTrue(run.at("/vehicles_recalled/mean").asDouble() > 0, "recalls to price: " + run.get("vehicles_recalled"));
        assertTrue(run.at("/cost_containment_cny/mean").asDouble() > before.at("/cost_containment_cny/mean").asDouble());
        assertTrue(run.at("/cost_containment_cny/band_p95").asDouble()
                > run.at("/cost_containment_cny/band_p5").asDouble(), "the price ranges give a band");
        assertTrue(run.at("/cost_inventory_cny/mean").asDouble() > before.at("/cost_inventory_cny/mean").asDouble(),
                "the big packs held are worth more");
        for (JsonNode k : new JsonNode[] {before, run}) {
            double terms = 0;
            for (String t : new String[] {"cost_logistics_cny", "cost_inventory_cny", "cost_scrap_cny",
                    "cost_rework_cny", "cost_energy_cny", "cost_line_cny", "cost_containment_cny", "cost_lost_vehicles_cny"}) {
                terms += k.at("/" + t + "/mean").asDouble();
            }
            assertEquals(terms, k.at("/cost_total_cny/mean").asDouble(), 1e-6 * terms, "containment is in the total");
        }
        assertEquals(2, execute("account", tmp.resolve("a").toString(), "--set", "pack_valu.big=3"));
        assertEquals(2, execute("account", tmp.resolve("a").toString(), "--set", "pack_value_cny.huge=3"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no factor pack_value_cny.huge in these results"),
                err.toString(StandardCharsets.UTF_8));
    }

    /** Two scenarios counting road carbon by different methods are not compared: the difference would be the rule's. */
    @Test
    void compareAndSweepRefuseScenariosCountingRoadCarbonDifferently() throws Exception {
        Path intensity = scenario("intensity", "0.5703", "");
        Path vehicle = scenario("vehicle", "0.5703", ", road_vehicle_based: 1");
        assertEquals(2, execute("compare", intensity.toString(), vehicle.toString(), "--out",
                tmp.resolve("c").toString(), "--quiet"));
        String e = err.toString(StandardCharsets.UTF_8);
        List<String> errors = e.lines().filter(l -> !l.startsWith("warning: ")).toList();
        assertEquals(1, errors.size(), e);
        assertTrue(errors.get(0).startsWith("error: " + intensity + " and " + vehicle + " count road carbon by different methods"
                + " (accounting.road_vehicle_based: 0 and 1)"), e);
        assertFalse(Files.exists(tmp.resolve("c")), "nothing run, nothing written");
        err.reset();
        assertEquals(2, execute("sweep", intensity.toString(), "--vary", "logistics.safety_stock=40,80", "--against",
                vehicle.toString(), "--out", tmp.resolve("s").toString(), "--quiet"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("accounting.road_vehicle_based"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownFactorOrAFolderWithoutActivityIsBadInput() throws Exception {
        Path plain = scenario("plant", "0.5703", "");
        assertEquals(0, execute("run", plain.toString(), "--out", tmp.resolve("a").toString(), "--quiet",
                "--no-report"));
        // `run` with several files writes a folder per scenario: each is re-priced on its own
        Path several = tmp.resolve("several");
        for (String name : new String[] {"one", "two"}) {
            Files.createDirectories(several.resolve(name));
            try (var files = Files.list(tmp.resolve("a"))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, several.resolve(name).resolve(f.getFileName()));
                }
            }
        }
        assertEquals(0, execute("account", several.toString(), "--set", "plant:pack_value_cny=1000"));
        for (String name : new String[] {"one", "two"}) {
            assertEquals(1000 * 0.25 * json(tmp.resolve("a/summary.json")).at("/kpis/pipeline_packs/mean").asDouble(),
                    json(tmp.resolve("several-account/" + name + "/summary.json")).at("/kpis/cost_inventory_cny/mean")
                            .asDouble(), 1e-6);
        }
        assertEquals(2, execute("account", tmp.resolve("a").toString(), "--set", "pack_valu=3"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith("error: --set pack_valu: not a factor"), e);
        assertFalse(Files.exists(tmp.resolve("a-account")), "nothing written");
        assertEquals(2, execute("account", tmp.resolve("a").toString(), "--set", "empty_return_share=2"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("must be in [0, 1]"), err.toString(StandardCharsets.UTF_8));
        Files.writeString(tmp.resolve("a/activity.json"), "{\"replications\": [{\"activity\": {\"legz\": []}}]}");
        assertEquals(2, execute("account", tmp.resolve("a").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("activity.json: changed since fifsim wrote it"),
                err.toString(StandardCharsets.UTF_8));
        Files.delete(tmp.resolve("a/checksums.json")); // as results from before checksums: read, and not readable
        assertEquals(2, execute("account", tmp.resolve("a").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not readable"), err.toString(StandardCharsets.UTF_8));
        Files.delete(tmp.resolve("a/activity.json"));
        assertEquals(2, execute("account", tmp.resolve("a").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("activity.json: missing"));
        assertEquals(2, execute("account", tmp.toString()));
    }
}
