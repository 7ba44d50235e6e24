package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.fifsim.accounting.Accounting;
import org.fifsim.report.Json;
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
        assertEquals(0, execute("account", tmp.resolve("c").toString(), "--set", "pack_value_cny=50000"));
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
        assertEquals(0, execute("account", several.toString(), "--set", "pack_value_cny=1000"));
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
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("must lie in [0, 1]"));
        Files.writeString(tmp.resolve("a/activity.json"), "{\"replications\": [{\"activity\": {\"legz\": []}}]}");
        assertEquals(2, execute("account", tmp.resolve("a").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not readable"), err.toString(StandardCharsets.UTF_8));
        Files.delete(tmp.resolve("a/activity.json"));
        assertEquals(2, execute("account", tmp.resolve("a").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("activity.json: missing"));
        assertEquals(2, execute("account", tmp.toString()));
    }
}
