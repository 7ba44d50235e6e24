package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fifsim.chart.ChartWarmup;
import org.fifsim.store.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's chart warm-up ({@link ReportWarmup}, {@link ChartWarmup}) changes how soon charts are drawn, never what
 * is written: a run in a fresh JVM with it and one without it leave the same results folder byte for byte (run.json
 * aside, which records the time), and the warm-up itself writes no file, not even a temporary one.
 */
class ReportWarmupTest {
    static final String SCENARIO = """
            name: warm
            run: {horizon: 2d, warmup: 4h, replications: 1, seed: 11}
            vehicle_line: {takt: 45s}
            pack_line:
              stations:
                - {name: stacking, cycle_time: {triangular: [35s, 38s, 42s]}, mtbf: {exponential: 4h}, mttr: {exponential: 10min}}
            logistics: {mode: co-located, transfer: {triangular: [15min, 20min, 25min]}, safety_stock: 10}
            """;

    @TempDir
    Path tmp;

    @Test
    void aRunWritesTheSameBytesWithAndWithoutTheWarmup() throws Exception {
        Path with = run("with", "true");
        Path without = run("without", "false");
        List<Path> files = files(with);
        assertEquals(files, files(without), "the same files");
        assertTrue(files.contains(Path.of("report.html")) && files.contains(Path.of("charts", "stock-pipeline.svg")),
                files.toString());
        for (Path f : files) {
            if (!f.toString().equals(Manifest.RUN_FILE)) {
                assertArrayEquals(Files.readAllBytes(without.resolve(f)), Files.readAllBytes(with.resolve(f)),
                        f + " byte for byte");
            }
        }
    }

    /** Runs one replication on one thread in a JVM of its own (a fresh JVM is where the warm-up runs). */
    private Path run(String name, String warmup) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Path javaTmp = Files.createDirectories(dir.resolve("java-tmp"));
        Files.writeString(dir.resolve("warm.yaml"), SCENARIO);
        Process p = ForkedFifsim.start(dir, List.of("-D" + ChartWarmup.SWITCH + "=" + warmup,
                "-Djava.io.tmpdir=" + javaTmp), "run", "warm.yaml", "--threads", "1", "-q", "--out", "out");
        assertEquals(Main.OK, ForkedFifsim.await(p, 300), () -> read(dir.resolve("stderr.txt")));
        assertEquals("", read(dir.resolve("stderr.txt")));
        try (Stream<Path> in = Files.list(dir)) {
            List<String> names = new ArrayList<>(in.map(f -> f.getFileName().toString()).sorted().toList());
            assertEquals(List.of("java-tmp", "out", "stderr.txt", "stdout.txt", "warm.yaml"), names,
                    "nothing written beside the results folder");
        }
        try (Stream<Path> in = Files.list(javaTmp)) {
            assertEquals(List.of(), in.toList(), "no temporary file");
        }
        return dir.resolve("out");
    }

    @Test
    void itRunsOnlyWhenACoreWouldIdle() {
        assertTrue(ReportWarmup.wouldIdle(1, 1, 2), "one replication on two cores");
        assertTrue(ReportWarmup.wouldIdle(4, 1, 2), "more threads than replications");
        assertTrue(ReportWarmup.wouldIdle(1, 20, 2), "--threads 1");
        assertFalse(ReportWarmup.wouldIdle(2, 20, 2), "every core simulating");
        assertFalse(ReportWarmup.wouldIdle(1, 1, 1), "one core");
    }

    @Test
    void theSwitchTurnsItOff() throws Exception {
        String before = System.getProperty(ChartWarmup.SWITCH);
        try {
            System.setProperty(ChartWarmup.SWITCH, "false");
            assertEquals(null, ChartWarmup.start());
            System.clearProperty(ChartWarmup.SWITCH);
            Thread t = ChartWarmup.start();
            assertTrue(t != null && t.isDaemon(), "a daemon thread: it never delays exit");
            t.join();
        } finally {
            if (before == null) {
                System.clearProperty(ChartWarmup.SWITCH);
            } else {
                System.setProperty(ChartWarmup.SWITCH, before);
            }
        }
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (Exception e) {
            return e.toString();
        }
    }
}
