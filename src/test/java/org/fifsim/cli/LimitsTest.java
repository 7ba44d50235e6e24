package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fifsim.TestScenarios;
import org.fifsim.experiment.engine.Cost;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.RunSpec;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Work and memory limits: estimates on the high side but close, and refusals up front with one clear line. */
class LimitsTest extends CapturedCli {
    @TempDir
    Path tmp;

    private List<String> stderrLines() {
        return err.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    private static final String LINE = "run: {horizon: 20d, warmup: 1d, replications: 1, seed: 3}\n";

    /** Scenarios of every shape the estimate distinguishes: the shipped ones and a few extremes. */
    private static List<Scenario> shapes() throws Exception {
        List<Scenario> out = new java.util.ArrayList<>();
        for (String f : List.of("bench-packline", "seres-fif", "seres-remote")) {
            Scenario s = ScenarioReader.read(Path.of("scenarios", f + ".yaml"));
            out.add(s.withRun(new RunSpec(20 * 86400.0, 86400.0, 1, 3)));
        }
        out.add(TestScenarios.parse("name: fast-station\n" + LINE + "vehicle_line: {takt: 90s}\n"
                + "pack_line: {stations: [{name: a, cycle_time: 5s}, {name: b, cycle_time: 20s}]}\n"
                + "logistics: {mode: co-located, transfer: 20min}\n"));
        out.add(TestScenarios.parse("name: shifts-and-failures\n" + LINE
                + "vehicle_line: {takt: 45s, calendar: {hours_per_day: 8, days_per_week: 5}}\n"
                + "pack_line: {stations: [{name: a, cycle_time: 40s, mtbf: {exponential: 1h}, "
                + "mttr: {exponential: 5min}}]}\nlogistics: {mode: co-located, transfer: 20min}\n"));
        out.add(TestScenarios.parse("name: filling-a-large-pipeline\n" + LINE + "vehicle_line: {takt: 90s}\n"
                + "pack_line: {stations: [{name: a, cycle_time: 20s}]}\n"
                + "logistics: {mode: co-located, transfer: 20min, safety_stock: 100000, initial_stock: 0}\n"));
        return out;
    }

    @Test
    void theEventEstimateIsOnTheHighSideWithinAFactorOfThree() throws Exception {
        for (Scenario s : shapes()) {
            ReplicationResult r = TestScenarios.runOne(s, 0);
            double ratio = Cost.events(s) / r.events();
            assertTrue(ratio >= 1 && ratio <= 3, s.name() + ": estimate " + Cost.events(s) + " for " + r.events()
                    + " events (ratio " + ratio + ")");
        }
    }

    private Path scenario(String name, String run, String logistics) throws IOException {
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, "name: " + name + "\nrun: " + run + "\nvehicle_line: {takt: 45s}\n"
                + "pack_line: {stations: [{name: a, cycle_time: 40s}, {name: b, cycle_time: 40s}]}\n"
                + "logistics: " + logistics + "\n");
        return f;
    }

    private List<Path> written() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> !p.toString().endsWith(".yaml")).toList();
        }
    }

    @Test
    void aRunOfACenturyTimesTenThousandReplicationsIsRefusedAtOnce() throws IOException {
        Path f = scenario("absurd", "{horizon: 36500d, warmup: 1d, replications: 10000}",
                "{mode: co-located, transfer: 20min}");
        for (String command : List.of("run", "compare", "validate")) {
            err.reset();
            int status = command.equals("run")
                    ? Main.execute("run", f.toString(), "--out", tmp.resolve("out").toString(), "--quiet")
                    : command.equals("validate") ? Main.execute("validate", f.toString())
                    : Main.execute("compare", f.toString(), scenario("other", "{horizon: 1d, warmup: 1h}",
                            "{mode: co-located, transfer: 20min}").toString(), "--out",
                            tmp.resolve("cmp").toString(), "--quiet");
            assertEquals(Main.BAD_INPUT, status, command + ": " + err);
            List<String> lines = stderrLines();
            assertEquals(1, lines.size(), command + ": " + lines);
            String line = lines.get(0);
            assertTrue(line.startsWith("error: " + f + ": run.horizon: about "), line);
            assertTrue(line.contains("above the limit of 5e10 (--max-events)"), line);
        }
        assertEquals(List.of(), written(), "a refused run wrote something");
    }

    @Test
    void maxEventsSetsTheLimit() throws IOException {
        Path f = scenario("small", "{horizon: 2d, warmup: 2h, replications: 2}", "{mode: co-located, transfer: 20min}");
        Path out = tmp.resolve("out");
        assertEquals(Main.BAD_INPUT, Main.execute("run", f.toString(), "--out", out.toString(), "--quiet",
                "--max-events", "1000"));
        assertTrue(stderrLines().get(0).contains("above the limit of 1000 (--max-events)"), stderrLines().toString());
        assertFalse(Files.exists(out));
        err.reset();
        assertEquals(Main.BAD_INPUT, Main.execute("run", f.toString(), "--out", out.toString(), "--quiet",
                "--max-events", "0"));
        assertTrue(stderrLines().get(0).startsWith("error: --max-events must be above zero"), stderrLines().toString());
        err.reset();
        assertEquals(Main.OK, Main.execute("run", f.toString(), "--out", out.toString(), "--quiet",
                "--max-events", "1e7"), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(out.resolve("summary.json")));
    }

    @Test
    void maxEventsTakesNumbersAsScenarioFilesWriteThemAndNothingElse() throws IOException {
        Path f = scenario("small", "{horizon: 2d, warmup: 2h, replications: 2}", "{mode: co-located, transfer: 20min}");
        Path out = tmp.resolve("out");
        for (String loose : List.of("0x10", "NaN", "Infinity", "1e9d", "5e10f", "1,000", "")) {
            for (String command : List.of("run", "validate")) {
                err.reset();
                int status = command.equals("run") ? Main.execute("run", f.toString(), "--out", out.toString(),
                        "--quiet", "--max-events", loose) : Main.execute("validate", f.toString(), "--max-events", loose);
                assertEquals(Main.BAD_INPUT, status, command + " " + loose);
                assertEquals("error: --max-events must be a number such as 50000000 or 5e10, got '" + loose + "'",
                        stderrLines().get(0), command + " " + loose);
            }
        }
        assertFalse(Files.exists(out));
        err.reset();
        assertEquals(Main.BAD_INPUT, Main.execute("validate", f.toString(), "--max-events", "-5"));
        assertEquals("error: --max-events must be above zero, got -5", stderrLines().get(0));
        // the scenario syntax: scientific notation and digit groups with '_'
        assertEquals(Main.OK, Main.execute("validate", f.toString(), "--max-events", "1_000_000_000"));
        assertEquals(Main.OK, Main.execute("validate", f.toString(), "--max-events", "2.5e9"));
        err.reset();
        assertEquals(Main.BAD_INPUT, Main.execute("validate", f.toString(), "--max-events", "1_000"));
        assertTrue(stderrLines().get(0).contains("above the limit of 1000 (--max-events)"), stderrLines().toString());
    }

    @Test
    void largeNumbersReadAsOnTheCommandLine() {
        assertEquals("5e10", Limits.sci(5e10));
        assertEquals("4.2e12", Limits.sci(4.2e12));
        assertEquals("10000", Limits.sci(9999.9));
        assertEquals("1.2e6", Limits.sci(1.23e6));
        assertEquals("1000", Limits.sci(1000));
        assertEquals("999", Limits.sci(999));
    }

    @Test
    void memoryBeyondTheHeapNamesTheKeyThatDrivesIt() throws Exception {
        long heap = 64L << 20;
        Scenario stock = TestScenarios.parse("name: stock\nrun: {horizon: 1d, warmup: 1h, replications: 1}\n"
                + "vehicle_line: {takt: 45s}\npack_line: {stations: [{name: a, cycle_time: 40s}]}\n"
                + "logistics: {mode: co-located, transfer: 20min, initial_stock: 1000000}\n");
        Scenario century = TestScenarios.parse("name: century\nrun: {horizon: 36500d, warmup: 1d, replications: 8}\n"
                + "vehicle_line: {takt: 1h}\npack_line: {stations: [{name: a, cycle_time: 40s}]}\n"
                + "logistics: {mode: co-located, transfer: 20min}\n");
        Scenario many = TestScenarios.parse("name: many\nrun: {horizon: 1d, warmup: 1h, replications: 10000}\n"
                + "vehicle_line: {takt: 45s}\npack_line: {stations: [{name: a, cycle_time: 40s}]}\n"
                + "logistics: {mode: co-located, transfer: 20min}\n");
        Scenario fine = TestScenarios.parse("name: fine\nrun: {horizon: 365d, warmup: 7d, replications: 10}\n"
                + "vehicle_line: {takt: 45s}\npack_line: {stations: [{name: a, cycle_time: 40s}]}\n"
                + "logistics: {mode: co-located, transfer: 20min}\n");
        double noEventLimit = Double.POSITIVE_INFINITY;
        assertEquals(List.of(), Limits.problems(List.of(fine), 8, noEventLimit, heap));
        List<String> p = Limits.problems(List.of(stock, century, many), 8, noEventLimit, heap);
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("error: test.yaml: logistics.initial_stock: needs about "), p.get(0));
        assertTrue(p.get(0).contains("above the budget of 48 MiB (75% of the Java heap)"), p.get(0));
        assertTrue(p.get(1).startsWith("error: test.yaml: run.horizon: needs about "), p.get(1));
        assertTrue(p.get(1).contains("8 replications at once"), p.get(1));
        assertTrue(p.get(2).startsWith("error: test.yaml: run.replications: needs about "), p.get(2));
        assertEquals(List.of(), Limits.problems(List.of(century), 1, noEventLimit, heap), "one at a time fits");
    }
}
