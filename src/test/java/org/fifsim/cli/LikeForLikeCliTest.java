package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fifsim.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, "like for like": the four moves off the shipped path that gave confident, wrong answers, each at a short
 * horizon. A design that does not deliver the service is never headlined as a saving; warnings reach the report; a
 * --set names its scope and never misses silently.
 */
class LikeForLikeCliTest extends CapturedCli {
    private static final Path SCENARIOS = Path.of("scenarios").toAbsolutePath();
    /** Short enough for a unit test, long enough for a 30% starved line to show against a 1% requirement. */
    // long enough that a plant that cannot keep up has run through the stock it starts with (stock starts in the pipe)
    private static final String[] SHORT = {"--set", "run.horizon=30d", "--set", "run.warmup=5d", "--replications",
        "2", "--quiet"};

    @TempDir
    Path tmp;

    /** Case 1's remote plant: 120 km away on two shifts, the pack line cannot keep up. */
    private Path remote120km2shift() throws Exception {
        Path f = tmp.resolve("remote-120km-2shift.yaml");
        Files.writeString(f, """
                extends: %s
                name: remote-120km-2shift
                pack_line: {calendar: {hours_per_day: 16, days_per_week: 7, start_hour: 6}}
                logistics:
                  stages:
                    - {name: fg-warehouse, type: store, handling: {triangular: [2h, 4h, 8h]}, target_cover: 24h, capacity: 20000}
                    - {name: road, type: road, truck_capacity: 24, fleet: 20, max_wait: 4h, distance_km: 120,
                       speed_kmh: {triangular: [50, 65, 80]}, loading: {triangular: [20min, 30min, 45min]},
                       unloading: {triangular: [20min, 30min, 45min]}}
                    - {name: inbound-warehouse, type: store, handling: {triangular: [1h, 2h, 4h]}, target_cover: 22h, capacity: 20000}
                    - {name: line-feed, type: transfer, delay: {triangular: [30min, 1h, 2h]}}
                """.formatted(SCENARIOS.resolve("seres-remote.yaml")));
        return f;
    }

    private static String[] with(String[] head, String... tail) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Case 1: validate warns with the figures; compare says "misses service" first and never "saves" on output. */
    @Test
    void aPackPlantThatCannotKeepUpMissesServiceAndIsNotASaving() throws Exception {
        Path remote = remote120km2shift();
        assertEquals(0, execute("validate", remote.toString()));
        assertTrue(errText().contains("warning: ") && errText().contains("pack_line: can make at most 61.1 good "
                + "packs/h"), errText());
        Path out = tmp.resolve("c");
        assertEquals(0, execute(with(new String[] {"compare", SCENARIOS.resolve("seres-fif.yaml").toString(),
            remote.toString(), "--out", out.toString()}, SHORT)), errText());
        String decision = Files.readString(out.resolve("summary.md"));
        assertTrue(decision.startsWith("Recommendation: none on cost yet: seres-fif and remote-120km-2shift do not "
                + "deliver the same"), decision);
        assertTrue(decision.contains("\nremote-120km-2shift misses service: the vehicle line waits for packs"),
                decision);
        String vehicles = decision.lines().filter(l -> l.startsWith("| Vehicles built")).findFirst().orElseThrow();
        assertTrue(vehicles.contains("builds fewer") && !vehicles.contains("saves"), vehicles);
        String total = decision.lines().filter(l -> l.startsWith("| Total cost")).findFirst().orElseThrow();
        assertTrue(total.contains("| costs |"), "the margin of the vehicles not built is in the total: " + total);
        assertTrue(decision.contains("Cost per vehicle built"), decision);
        JsonNode r = Json.MAPPER.readTree(out.resolve("remote-120km-2shift/summary.json").toFile());
        assertEquals("misses", r.at("/service/vehicle_line_starved/verdict").asText(), r.toString());
        assertTrue(r.at("/service/vehicle_line_starved/bound").asDouble() > 0.01);
        assertTrue(r.get("warnings").get(0).asText().startsWith("pack_line: can make at most"), r.toString());
        JsonNode f = Json.MAPPER.readTree(out.resolve("seres-fif/summary.json").toFile());
        assertFalse(f.at("/service/vehicle_line_starved/verdict").asText().equals("misses"), f.toString());
        assertFalse(f.has("warnings"));
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("remote-120km-2shift misses service"), "the report carries it too");
    }

    /** Case 2: a sweep whose far points cannot be served says so in its report and sweep.json, not only on stderr. */
    @Test
    void aSweepWhoseFleetCannotServeSaysSoInTheReport() throws Exception {
        Path out = tmp.resolve("s");
        assertEquals(0, execute(with(new String[] {"sweep", SCENARIOS.resolve("seres-remote.yaml").toString(),
            "--vary", "logistics.stages.road.distance_km=30,260", "--out", out.toString()}, SHORT)), errText());
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("Warnings by point"), report);
        assertTrue(report.contains("at logistics.stages.road.distance\\_km=260: seres-remote: "
                + "logistics.stages\\[1\\].fleet: 14 trucks"), report);
        assertFalse(report.contains("distance\\_km=30: "), "the near point is fine");
        JsonNode sweep = Json.MAPPER.readTree(out.resolve("sweep.json").toFile());
        assertTrue(sweep.get("warnings").toString().contains("misses service"), sweep.get("warnings").toString());
        // every point's service verdict, not only the misses: the near point meets (or is unclear), the far misses
        JsonNode service = sweep.get("service");
        assertEquals(2, service.size(), String.valueOf(service));
        assertEquals("logistics.stages.road.distance_km=30", service.get(0).get("point").asText());
        assertTrue(List.of("meets", "unclear").contains(service.get(0).get("verdict").asText()), service.toString());
        assertEquals("misses", service.get(1).get("verdict").asText(), service.toString());
        assertEquals("vehicle_line_starved", service.get(1).get("checks").get(0).get("kpi").asText());
        String csv = Files.readString(out.resolve("sweep.csv"));
        assertTrue(csv.contains("cost_lost_vehicles_cny"), "the lost margin is a column of the sweep");
    }

    /**
     * Case 3: account --set of a factor every design sets itself changes nothing, and says so; scoped to one design
     * it changes that design only.
     */
    @Test
    void accountSetAppliesOnlyWhereADesignDidNotSetTheFactor() throws Exception {
        Path out = tmp.resolve("c");
        assertEquals(0, execute("compare", SCENARIOS.resolve("seres-remote.yaml").toString(),
                SCENARIOS.resolve("seres-fif.yaml").toString(), "--set", "run.horizon=3d", "--set", "run.warmup=1d",
                "--replications", "2", "--quiet", "--out", out.toString()), errText());
        assertEquals(2, execute("account", out.toString(), "--set", "line_fixed_cny_per_yr=120e6", "--out",
                tmp.resolve("a").toString()));
        assertTrue(errText().startsWith("error: --set line_fixed_cny_per_yr: changes nothing: every design that would"
                + " use it sets it itself (seres-remote: 0, seres-fif: "), errText());
        assertFalse(Files.exists(tmp.resolve("a")));
        assertEquals(0, execute("account", out.toString(), "--set", "seres-fif:line_fixed_cny_per_yr=120e6", "--out",
                tmp.resolve("b").toString()), errText());
        double remoteBefore = line(out, "seres-remote");
        assertEquals(remoteBefore, line(tmp.resolve("b"), "seres-remote"), 0, "the remote plant is untouched");
        assertEquals(120e6, line(tmp.resolve("b"), "seres-fif"), 1e-3);
        // account writes the same decision as compare: summary.md, the report, and the sentence on the console
        assertTrue(this.out.toString(StandardCharsets.UTF_8).contains("seres-fif against seres-remote (differences are "
                + "seres-fif minus seres-remote): "),
                this.out.toString(StandardCharsets.UTF_8));
        assertTrue(Files.readString(tmp.resolve("b/summary.md")).contains("| Total cost (M CNY/yr)"));
        assertTrue(Files.exists(tmp.resolve("b/report.html")) && Files.exists(tmp.resolve("b/report.md")));
        assertEquals(2, execute("account", out.toString(), "--set", "nobody:line_fixed_cny_per_yr=1"));
        assertTrue(errText().contains("no design is named 'nobody'"), errText());
        // Case 4 on account: the pack value of designs whose variants carry their own
        assertEquals(2, execute("account", out.toString(), "--set", "pack_value_cny=50000"));
        assertTrue(errText().contains("pack_value_cny is overridden by variants m5, m7, m9: set pack_value_cny.m5"),
                errText());
    }

    private static double line(Path dir, String design) throws Exception {
        return Json.MAPPER.readTree(dir.resolve(design).resolve("summary.json").toFile())
                .at("/kpis/cost_line_cny/mean").asDouble();
    }

    /** Case 4, and --set on run and compare: a setting with no effect is exit 2 naming why; a scope must exist. */
    @Test
    void aSettingThatChangesNothingIsRefused() throws Exception {
        String fif = SCENARIOS.resolve("seres-fif.yaml").toString();
        assertEquals(2, execute("run", fif, "--set", "accounting.pack_value_cny=50000", "--out",
                tmp.resolve("r").toString()));
        assertTrue(errText().contains("pack_value_cny is overridden by variants m5, m7, m9 of seres-fif: set "
                + "variants.m5.value_cny"), errText());
        assertEquals(2, execute("run", fif, "--set", "run.seed=20250630", "--out", tmp.resolve("r").toString()));
        assertTrue(errText().contains("changes nothing: seres-fif already has run.seed = 20250630"), errText());
        assertEquals(2, execute("compare", SCENARIOS.resolve("seres-remote.yaml").toString(), fif, "--set",
                "seres-fi:run.horizon=2d", "--out", tmp.resolve("r").toString()));
        assertTrue(errText().contains("no scenario is named 'seres-fi'"), errText());
        assertFalse(Files.exists(tmp.resolve("r")));
        // scoped to one design, a --set changes that design only
        Path out = tmp.resolve("scoped");
        assertEquals(0, execute("compare", SCENARIOS.resolve("seres-remote.yaml").toString(), fif, "--set",
                "run.horizon=3d", "--set", "run.warmup=1d", "--set", "seres-remote:logistics.stages.road.distance_km=60",
                "--replications", "2", "--quiet", "--out", out.toString()), errText());
        JsonNode remote = Json.MAPPER.readTree(out.resolve("seres-remote/activity.json").toFile());
        assertEquals(60, remote.at("/replications/0/activity/legs/0/distance_km").asDouble(), 0, remote.toString());
    }

    /** --set on sweep and sensitivity: a setting with no effect is exit 2 naming why, as on run and compare. */
    @Test
    void aSweepOrSensitivitySettingThatChangesNothingIsRefused() throws Exception {
        String fif = SCENARIOS.resolve("seres-fif.yaml").toString();
        String remote = SCENARIOS.resolve("seres-remote.yaml").toString();
        Path never = tmp.resolve("never");
        assertEquals(2, execute("sweep", fif, "--vary", "vehicle_line.takt=50s,60s", "--set", "run.horizon=30d",
                "--set", "accounting.pack_value_cny=50000", "--quiet", "--out", never.toString()));
        assertTrue(errText().contains("--set accounting.pack_value_cny=50000: changes nothing: pack_value_cny is "
                + "overridden by variants m5, m7, m9 of seres-fif"), errText());
        assertEquals(2, execute("sweep", remote, "--against", fif, "--vary", "vehicle_line.takt=50s,60s", "--set",
                "seres-fif:run.warmup=10d", "--quiet", "--out", never.toString()));
        assertTrue(errText().contains("--set seres-fif:run.warmup=10d: changes nothing: seres-fif already has "
                + "run.warmup = 10d"), errText());
        assertEquals(2, execute("sensitivity", fif, "--keys", "vehicle_line.takt", "--kpi",
                "cost_total_cny", "--set", "run.warmup=10d",
                "--quiet", "--out", never.toString()));
        assertTrue(errText().contains("--set run.warmup=10d: changes nothing: seres-fif already has run.warmup = 10d"), errText());
        assertFalse(Files.exists(never));
    }

    /**
     * Sweeps a planner can write: a key only one design has is an error naming the design that lacks it, and varies
     * in that design when scoped to it; {@code volume} (vehicles a year) becomes the takt.
     */
    @Test
    void sweepsVaryPerDesignAndByVolume() throws Exception {
        String fif = SCENARIOS.resolve("seres-fif.yaml").toString();
        String remote = SCENARIOS.resolve("seres-remote.yaml").toString();
        String[] tiny = {"--set", "run.horizon=2d", "--set", "run.warmup=12h", "--replications", "2", "--quiet"};
        assertEquals(2, execute(with(new String[] {"sweep", fif, "--against", remote, "--vary",
            "logistics.stages.road.distance_km=30,60", "--out", tmp.resolve("a").toString()}, tiny)));
        assertTrue(errText().contains("logistics.stages: unknown key") && errText().contains("in design seres-fif"),
                errText());
        assertEquals(2, execute(with(new String[] {"sweep", fif, "--against", remote, "--vary",
            "seres-remot:logistics.stages.road.distance_km=30,60", "--out", tmp.resolve("a").toString()}, tiny)));
        assertTrue(errText().contains("no design is named 'seres-remot'"), errText());
        assertEquals(0, execute(with(new String[] {"sweep", fif, "--against", remote, "--vary",
            "seres-remote:logistics.stages.road.distance_km=30,60", "--out", tmp.resolve("b").toString()}, tiny)),
                errText());
        String against = Files.readString(tmp.resolve("b/against.csv"));
        assertTrue(against.lines().skip(1).map(l -> l.split(",")[0]).toList().containsAll(java.util.List.of("30",
                "60")), against);
        assertEquals(0, execute(with(new String[] {"sweep", fif, "--vary", "volume=300000,700000", "--out",
            tmp.resolve("v").toString()}, tiny)), errText());
        JsonNode points = Json.MAPPER.readTree(tmp.resolve("v/sweep.json").toFile());
        String text = points.toString();
        assertTrue(text.contains("volume"), text);
        String csv = Files.readString(tmp.resolve("v/sweep.csv"));
        java.util.List<String> rows = csv.lines().toList();
        int col = java.util.Arrays.asList(rows.get(0).split(",")).indexOf("vehicles_built_mean");
        assertTrue(col > 0, rows.get(0));
        double low = Double.parseDouble(rows.get(1).split(",")[col]);
        double high = Double.parseDouble(rows.get(2).split(",")[col]);
        assertTrue(low < 0.6 * high && low > 0.3 * high, low + " vs " + high);
    }
}
