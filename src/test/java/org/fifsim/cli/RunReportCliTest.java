package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fifsim.report.OfflineHtml;
import org.fifsim.store.Json;
import org.fifsim.store.TraceCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} end to end on scenarios of a day or two: the report and charts in the results folder, the warm-up
 * warning, precision-driven runs and the trace CSV.
 */
class RunReportCliTest extends CapturedCli {
    /** Starts empty with a 6 h transfer: the pipeline fills over the first hours, which a 0 s warm-up ignores. */
    static final String FILLING = """
            name: filling
            run: {horizon: 2d, warmup: 0s, replications: 2, seed: 3}
            vehicle_line: {takt: 45s}
            pack_line: {stations: [{name: s1, cycle_time: {triangular: [30s, 38s, 44s]}}]}
            logistics: {mode: co-located, transfer: 6h, safety_stock: 20, initial_stock: 0}
            """;

    /** One day, two stations, a 20 min transfer. */
    static final String DAY = """
            name: day
            run: {horizon: 1d, warmup: 2h, replications: 2, seed: 5}
            vehicle_line: {takt: 45s}
            pack_line:
              stations:
                - {name: stacking, cycle_time: {triangular: [35s, 38s, 42s]}, mtbf: {exponential: 4h}, mttr: {exponential: 10min}}
                - {name: sealing, cycle_time: {triangular: [35s, 38s, 42s]}}
            logistics: {mode: co-located, transfer: {triangular: [15min, 20min, 25min]}, safety_stock: 10}
            """;

    @TempDir
    Path tmp;

    private Path scenario(String yaml) throws Exception {
        Path f = tmp.resolve("s" + yaml.hashCode() + ".yaml");
        Files.writeString(f, yaml);
        return f;
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runWritesTheReportAndChartsAndWarnsOfAShortWarmup() throws Exception {
        Path target = tmp.resolve("filling");
        assertEquals(Main.OK, execute("run", scenario(FILLING).toString(), "--out", target.toString(), "--quiet"),
                stderr());
        List<String> warnings = stderr().lines().filter(l -> l.startsWith("warning:")).toList();
        assertEquals(1, warnings.size(), stderr());
        assertTrue(warnings.get(0).startsWith("warning: filling: warm-up 0 h is shorter than MSER-5 suggests"),
                warnings.get(0));
        for (String f : List.of("report.md", "report.html", "summary.json", "charts/stock-pipeline.png",
                "charts/lead-time.png", "charts/station-time.png")) {
            assertTrue(Files.isRegularFile(target.resolve(f)), f);
        }
        assertTrue(OfflineHtml.assertOffline(target) >= 6);
        String md = Files.readString(target.resolve("report.md"));
        assertTrue(md.contains("**Warning:** filling: warm-up 0 h is shorter than MSER-5 suggests"), md);
        assertFalse(md.contains("| **FAIL** |"), "built-in checks pass on a real run:\n" + md);
        assertTrue(md.contains("| Pack balance | pass |") && md.contains("| No vehicle without a pack | pass |")
                && md.contains("| Fractions between 0 and 1 | pass |"), md);
        // 6 h of lead time in a 48 h run: Little's law is off by edge effects, which the check must not call a fault
        assertTrue(md.contains("| Little's law on the stock in transit | n/a | the lead time is"), md);
    }

    @Test
    void precisionRunSaysHowManyReplicationsItTookAndRecordsThemAll() throws Exception {
        Path target = tmp.resolve("p");
        assertEquals(Main.OK, execute("run", scenario(DAY).toString(), "--out", target.toString(), "--quiet",
                "--precision", "0.01%", "--kpi", "vehicles_built", "--max-replications", "5"), stderr());
        assertTrue(stdout().contains("The target was NOT met within the cap of 5 replications"), stdout());
        JsonNode summary = Json.MAPPER.readTree(target.resolve("summary.json").toFile());
        assertEquals(5, summary.path("replications").asInt());
        assertEquals(5, Files.readAllLines(target.resolve("replications.csv")).size() - 1);
        assertTrue(Files.readString(target.resolve("report.md")).contains("Precision-driven run: target \u00b10.01%"));

        assertEquals(Main.OK, execute("run", scenario(DAY).toString(), "--out", target.toString(), "--quiet",
                "--precision", "50%"), stderr());
        assertTrue(stdout().contains("2 replications were needed (1 batch); the target was met."), stdout());
    }

    @Test
    void anUnknownKpiIsBadInputWithADidYouMeanAndWritesNothing() throws Exception {
        Path target = tmp.resolve("never");
        assertEquals(Main.BAD_INPUT, execute("run", scenario(DAY).toString(), "--out", target.toString(),
                "--precision", "1%", "--kpi", "packs_god"));
        assertTrue(stderr().contains("error: --kpi: unknown KPI 'packs_god'"), stderr());
        assertTrue(stderr().lines().anyMatch(l -> l.equals("did you mean 'packs_good'?")), stderr());
        assertFalse(Files.exists(target));
        assertEquals(Main.BAD_INPUT, execute("run", scenario(DAY).toString(), "--precision", "150%"));
        // a number as scenario files write it: Java's extras (hex, NaN, a d or f suffix) are refused
        for (String loose : List.of("NaN", "0x1p-7", "0.01d", "1f%", "1e-2f")) {
            assertEquals(Main.BAD_INPUT, execute("run", scenario(DAY).toString(), "--out", target.toString(),
                    "--precision", loose), loose);
            assertTrue(stderr().lines().anyMatch(l -> l.equals("error: --precision must be a share between 0 and 1 "
                    + "(e.g. 1% or 0.01), got '" + loose + "'")), stderr());
        }
        assertFalse(Files.exists(target));
        assertEquals(Main.BAD_INPUT, execute("run", scenario(DAY).toString(), "--kpi", "packs_good"), "needs --precision");
    }

    @Test
    void traceWritesTheEventsOfTheAskedComponentOnly() throws Exception {
        Path trace = tmp.resolve("trace/line-side.csv");
        assertEquals(Main.OK, execute("run", scenario(DAY).toString(), "--out", tmp.resolve("t").toString(),
                "--quiet", "--trace", trace.toString(), "--trace-replication", "1", "--trace-component", "line-side"),
                stderr());
        List<String> lines = Files.readAllLines(trace);
        assertEquals(TraceCsv.HEADER, lines.get(0));
        assertEquals("time_s,time_h,component,event,pack_id", lines.get(0));
        assertTrue(lines.size() > 1000, "a day of line-side events: " + lines.size());
        double last = -1;
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", -1);
            assertEquals(5, f.length, l);
            assertEquals("line-side", f[2], l);
            double t = Double.parseDouble(f[0]);
            assertTrue(t >= last, "time order: " + l);
            assertEquals(t / 3600, Double.parseDouble(f[1]), 1e-6, l);
            last = t;
        }
        assertTrue(stdout().contains("trace: ") && stdout().contains("events of replication 1 (line-side)"),
                stdout());
        try (var files = Files.list(trace.getParent())) {
            assertEquals(1, files.count(), "no temporary file left beside the trace");
        }
    }

    @Test
    void aTraceWithoutFilterHasEveryComponentAndAnUnknownComponentIsBadInput() throws Exception {
        Path trace = tmp.resolve("all.csv");
        assertEquals(Main.OK, execute("run", scenario(DAY).toString(), "--out", tmp.resolve("t").toString(),
                "--quiet", "--trace", trace.toString()), stderr());
        var components = Files.readAllLines(trace).stream().skip(1).map(l -> l.split(",")[2]).distinct().toList();
        assertTrue(components.containsAll(List.of("pack-line", "stacking", "sealing", "end-of-line", "transfer",
                "line-side", "vehicle-line")), components.toString());

        assertEquals(Main.BAD_INPUT, execute("run", scenario(DAY).toString(), "--trace", trace.toString(),
                "--trace-component", "linesid"));
        assertTrue(stderr().lines().anyMatch(l -> l.equals("did you mean 'line-side'?")), stderr());
    }
}
