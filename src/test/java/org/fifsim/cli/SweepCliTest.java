package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.TestScenarios;
import org.fifsim.experiment.sweep.Estimates;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.io.ScenarioReader;
import org.fifsim.stats.Estimate;
import org.fifsim.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sweep and sensitivity through the command line, on scenarios of two or three simulated days. */
public class SweepCliTest extends CapturedCli {
    /** Small but random: triangular cycles, breakdowns and a random transfer, so replications differ. */
    public static final String SMALL = """
            name: small
            run: {horizon: 3d, warmup: 1d, replications: 2, seed: 7}
            vehicle_line: {takt: 45s}
            pack_line:
              buffer: 3
              stations:
                - {name: s1, cycle_time: {triangular: [38s, 41s, 46s]}, mtbf: {exponential: 6h}, mttr: {exponential: 20min}}
                - {name: s2, cycle_time: 40s}
              yield: 0.99
            logistics: {mode: co-located, transfer: {triangular: [15min, 20min, 25min]}, safety_stock: 10}
            """;

    @TempDir
    Path tmp;

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path small(String name, String text) throws IOException {
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, text.replace("name: small", "name: " + name));
        return f;
    }

    /** Every point of a sweep is the run you get by setting the value yourself: same seed, same KPIs to the bit. */
    @Test
    void aTwoPointSweepEqualsTwoSeparateRuns() throws Exception {
        Path f = small("small", SMALL);
        Path dir = tmp.resolve("out");
        assertEquals(0, execute("sweep", f.toString(), "--vary", "vehicle_line.takt=40s,50s", "--threads", "2",
                "--quiet", "--out", dir.toString()), err());
        List<String> rows = Files.readAllLines(dir.resolve("sweep.csv"));
        assertEquals(3, rows.size());
        List<String> head = List.of(rows.get(0).split(",", -1));
        assertEquals("vehicle_line.takt", head.get(0));
        assertEquals("packs_good_mean", head.get(1));
        for (int p = 0; p < 2; p++) {
            String takt = p == 0 ? "40s" : "50s";
            List<ReplicationResult> alone = TestScenarios.runAll(ScenarioReader.read(f,
                    Map.of("vehicle_line.takt", takt)), 1);
            Map<String, Estimate> expected = Estimates.of(alone);
            List<String> row = List.of(rows.get(p + 1).split(",", -1));
            assertEquals(takt, row.get(0));
            for (Map.Entry<String, Estimate> e : expected.entrySet()) {
                int col = head.indexOf(e.getKey() + "_mean");
                assertTrue(col > 0, e.getKey());
                String want = Double.isFinite(e.getValue().mean()) ? number(e.getValue().mean()) : "";
                assertEquals(want, row.get(col), takt + " " + e.getKey());
                assertEquals(Double.isFinite(e.getValue().ci95Low()) ? number(e.getValue().ci95Low()) : "",
                        row.get(col + 1), takt + " " + e.getKey());
            }
        }
        JsonNode json = Json.MAPPER.readTree(dir.resolve("sweep.json").toFile());
        assertEquals(7, json.get("seed").asLong());
        assertEquals(2, json.get("points").size());
        assertTrue(Files.exists(dir.resolve("charts").resolve("vehicles_built.png")));
        assertTrue(Files.exists(dir.resolve("manifest.json")));
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Two scenarios over the same points: differences per point and a crossing per KPI asked. */
    @Test
    void againstWritesDifferencesAndCrossings() throws Exception {
        Path base = small("near", SMALL);
        Path other = small("far", SMALL.replace("transfer: {triangular: [15min, 20min, 25min]}",
                "transfer: {triangular: [1h, 2h, 3h]}"));
        Path dir = tmp.resolve("vs");
        assertEquals(0, execute("sweep", base.toString(), "--against", other.toString(), "--vary",
                "vehicle_line.takt=90s..45s:3", "--kpi", "pipeline_packs,lead_time_h", "--x-kpi", "vehicles_built",
                "--quiet", "--out", dir.toString()), err());
        for (String f : List.of("sweep.csv", "against.csv", "difference.csv", "sweep.json",
                "charts/pipeline_packs.png", "charts/pipeline_packs-difference.png")) {
            assertTrue(Files.exists(dir.resolve(f)), f);
        }
        JsonNode json = Json.MAPPER.readTree(dir.resolve("sweep.json").toFile());
        assertEquals("far", json.get("against").asText());
        JsonNode d = json.get("points").get(0).get("differences").get("lead_time_h");
        assertTrue(d.get("mean").asDouble() > 0.5, d.toString());
        JsonNode crossings = json.get("crossings");
        assertEquals(2, crossings.size());
        assertEquals("pipeline_packs", crossings.get(0).get("kpi").asText());
        assertEquals("none", crossings.get(1).get("kind").asText(), crossings.toString());
        for (String k : List.of("crossing", "crossing_low", "crossing_high", "axis", "axis_unit")) {
            assertTrue(crossings.get(1).has(k), k + " in " + crossings.get(1));
        }
        assertTrue(crossings.get(1).get("crossing").isNull(), "no crossing: null");
        assertEquals("vehicles_built", crossings.get(1).get("axis").asText());
        String report = Files.readString(dir.resolve("report.md"), StandardCharsets.UTF_8);
        assertTrue(report.indexOf("## Break-even") < report.indexOf("## Method"), "break-even first");
        assertTrue(Files.exists(dir.resolve("report.html")));
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertTrue(stdout.contains("crossing lead_time_h: none"), stdout);
    }

    /**
     * A dedicated line (fixed cost F per year) against a shared plant (q per pack): total cost breaks even near F / q
     * packs a year. Its crossing gets a factor band from the factor draws on the same axis, with the shares of draws
     * beyond the range; vehicle_line_starved, which is not priced, gets none.
     */
    @Test
    void aPricedCrossingHasAFactorBand() throws Exception {
        Path base = small("dedicated",
                SMALL + "accounting: {line_fixed_cny_per_yr: {uniform: [25000000, 35000000]}}\n");
        Path other = small("shared", SMALL + "accounting: {line_cny_per_pack: {uniform: [70, 100]}}\n");
        Path dir = tmp.resolve("band");
        assertEquals(0, execute("sweep", base.toString(), "--against", other.toString(), "--vary",
                "vehicle_line.takt=30s,45s,60s,90s,120s", "--kpi", "cost_total_cny,vehicle_line_starved", "--x-kpi",
                "vehicles_built", "--threads", "2", "--quiet", "--out", dir.toString()), err());
        JsonNode crossings = Json.MAPPER.readTree(dir.resolve("sweep.json").toFile()).get("crossings");
        JsonNode cost = crossings.get(0);
        assertEquals("cost_total_cny", cost.get("kpi").asText());
        assertEquals("sign", cost.get("kind").asText(), cost.toString());
        assertEquals(1000, cost.get("crossing_band_draws").asInt());
        double p5 = cost.get("crossing_band_p5").asDouble();
        double p95 = cost.get("crossing_band_p95").asDouble();
        double at = cost.get("crossing").asDouble();
        // F / q runs from 250,000 to 500,000 packs a year (read on the vehicles built, interpolated between points)
        assertTrue(240_000 < p5 && p5 < at && at < p95 && p95 < 520_000, cost.toString());
        JsonNode outside = cost.get("crossing_band_outside");
        for (String side : List.of("below", "above", "undetermined")) {
            double share = outside.get(side).asDouble();
            assertTrue(share >= 0 && share < 0.05, side + " " + outside);
        }
        assertFalse(crossings.get(1).has("crossing_band_p5"), "vehicle_line_starved has no factor band");
        String report = Files.readString(dir.resolve("report.md"), StandardCharsets.UTF_8);
        assertTrue(report.contains("(factor band \\["), report);
        // the answer first: the dedicated line's fixed cost pays above the break-even, the shared plant below it
        assertTrue(report.contains("\n\nRecommendation on total cost: dedicated above the break-even at \u2248 "),
                report);
        assertTrue(report.indexOf("Recommendation on total cost") < report.indexOf("| KPI |"), "before the tables");
        assertTrue(report.contains(", shared below it (its factor band is in the table)."), report);
        // every difference in the comparison's sign, said once: the design swept against minus the baseline
        assertTrue(report.contains("Every difference in this report is shared minus dedicated"), report);
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertTrue(stdout.contains("(factor band ["), stdout);
        // the console in the registry's units, as the report: total cost in M CNY/yr, starvation in %
        assertTrue(stdout.contains("Total cost (M CNY/yr)") && stdout.contains("Vehicle line starved for packs (%)"),
                stdout);
        assertFalse(stdout.contains("cost_total_cny (CNY/yr)"), stdout);
    }

    /** Each key gets a low and a high row per KPI, paired with the base; and a tornado chart. */
    @Test
    void sensitivityHasLowAndHighForEachKey() throws Exception {
        Path f = small("small", SMALL);
        Path dir = tmp.resolve("sens");
        assertEquals(0, execute("sensitivity", f.toString(), "--keys",
                "vehicle_line.takt,pack_line.stations.s1.mtbf.exponential,pack_line.buffer", "--delta", "10%",
                "--kpi", "vehicles_built", "--quiet", "--out", dir.toString()), err());
        List<String> rows = Files.readAllLines(dir.resolve("sensitivity.csv"));
        String report = Files.readString(dir.resolve("report.md"), StandardCharsets.UTF_8);
        assertTrue(report.contains("## What matters most") && report.contains("| vehicle\\_line.takt |"), report);
        assertEquals(1 + 1 + 2 * 3, rows.size(), rows.toString());
        List<String> settings = new ArrayList<>();
        for (String r : rows.subList(1, rows.size())) {
            String[] c = r.split(",", -1);
            settings.add(c[1] + " " + c[2] + " " + c[3]);
        }
        assertEquals(List.of(" base ", "vehicle_line.takt low 40.5s", "vehicle_line.takt high 49.5s",
                "pack_line.stations.s1.mtbf.exponential low 5.4h", "pack_line.stations.s1.mtbf.exponential high 6.6h",
                "pack_line.buffer low 2", "pack_line.buffer high 4"), settings);
        // a slower takt builds fewer vehicles, on paired runs clearly so
        String[] high = rows.get(3).split(",", -1);
        assertTrue(Double.parseDouble(high[9]) < 0, rows.get(3));
        assertTrue(Files.exists(dir.resolve("charts").resolve("tornado-vehicles_built.png")));
    }

    /** The tornado of a cost is drawn in the unit the report prints it in (M CNY/yr), not in raw CNY. */
    @Test
    void aCostTornadoIsDrawnInMillions() throws Exception {
        Path f = small("small", SMALL);
        Path dir = tmp.resolve("sens-cost");
        assertEquals(0, execute("sensitivity", f.toString(), "--keys", "vehicle_line.takt", "--delta", "10%",
                "--kpi", "cost_total_cny", "--quiet", "--out", dir.toString()), err());
        String svg = Files.readString(dir.resolve("charts").resolve("tornado-cost_total_cny.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("(M CNY/yr)"), "axis in M CNY/yr");
        assertFalse(svg.contains("(CNY/yr)"), "no raw CNY axis");
    }

    /** Help renders cleanly (a bare '%' in a description makes picocli warn). */
    @Test
    void helpHasNoFormattingWarnings() {
        for (String command : List.of("sweep", "sensitivity")) {
            assertEquals(0, execute(command, "--help"));
            assertFalse(err().contains("WARN"), err());
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage: fifsim " + command));
        }
    }

    /** Bad input: exit 2, the reader's located line or a clear usage line, nothing written, nothing run. */
    @Test
    void badInputExitsTwoAndWritesNothing() throws Exception {
        Path f = small("small", SMALL);
        Path dir = tmp.resolve("never");
        String o = dir.toString();
        expectBad(List.of("sweep", f.toString(), "--vary", "vehicle_line.tact=40s,50s", "--out", o),
                "error: (command line):1:1: vehicle_line.tact: unknown key, did you mean 'takt'?");
        expectBad(List.of("sweep", f.toString(), "--vary", "vehicle_line.takt=50s,0s", "--out", o),
                "error: (command line):1:1: vehicle_line.takt: must be above zero, got '0s'");
        expectBad(List.of("sweep", f.toString(), "--vary", "pack_line.buffer=1..4:3", "--out", o),
                "error: (command line):1:1: pack_line.buffer: must be a whole number, got '2.5'");
        expectBad(List.of("sweep", f.toString(), "--vary", "vehicle_line.takt=40s,50s", "--vary", "pack_line.buffer=2,-1",
                "--set", "run.horizon=2d", "--out", o),
                "error: (command line):1:2: pack_line.buffer: must be between 0 and 100000, got '-1'");
        expectBad(List.of("sweep", f.toString(), "--vary", "vehicle_line.takt=40s,50s", "--set",
                "pack_kwh={uniform: [60, 80]}", "--out", o), "error: (command line):1:2: pack_kwh: must be a number: a "
                + "scenario key takes one value (a factor's distribution belongs to `account --set` or a factor "
                + "library)");
        expectBad(List.of("sweep", f.toString(), "--vary", "vehicle_line.takt=40s..50s", "--out", o),
                "error: --vary 'vehicle_line.takt=40s..50s': a range is FROM..TO:STEPS");
        expectBad(List.of("sweep", f.toString(), "--vary", "vehicle_line.takt=1..1000:1000", "--vary",
                "pack_line.buffer=1..6:6", "--out", o), "error: this sweep is 6,000 points x 2 replications");
        expectBad(List.of("sweep", f.toString(), "--vary", "run.seed=1,2", "--out", o),
                "error: --vary run.seed: cannot be varied");
        expectBad(List.of("sweep", f.toString(), "--vary", "vehicle_line.takt=40s", "--kpi", "vehicles_bilt",
                "--out", o), "error: --kpi: no KPI 'vehicles_bilt', did you mean 'vehicles_built'?");
        expectBad(List.of("sensitivity", f.toString(), "--keys", "vehicle_line.tact", "--kpi", "vehicles_built",
                "--out", o), "error: (command line):1:1: vehicle_line.tact: unknown key, did you mean 'takt'?");
        expectBad(List.of("sensitivity", f.toString(), "--keys", "vehicle_line.takt,logistics.transfer", "--kpi",
                "vehicles_built", "--out", o), "error: (command line):1:2: logistics.transfer: holds a map");
        expectBad(List.of("sensitivity", f.toString(), "--keys", "pack_line.rework", "--kpi", "vehicles_built",
                "--out", o), "error: (command line):1:1: pack_line.rework: is not written in");
        expectBad(List.of("sensitivity", f.toString(), "--keys", "pack_line.yield", "--kpi", "vehicles_built",
                "--out", o), "error: (command line):1:1: pack_line.yield: must be in (0, 1], got '1.089'");
        expectBad(List.of("sensitivity", f.toString(), "--keys", "vehicle_line.takt", "--delta", "150%", "--kpi",
                "vehicles_built", "--out", o), "error: --delta must be");
    }

    private void expectBad(List<String> args, String firstLine) {
        assertEquals(2, execute(args.toArray(String[]::new)), err());
        String e = err();
        assertTrue(e.startsWith(firstLine), args + "\n" + e);
        assertFalse(e.contains("Exception"), e);
        assertFalse(Files.exists(tmp.resolve("never")), "nothing written");
    }
}
