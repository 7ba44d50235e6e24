package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nonsense issue 28 found accepted: overrides of {@code extends} that were silently ignored, a trace of a
 * replication the results do not hold; and a trace file only its owner could read.
 */
class NonsenseRefusedCliTest extends CapturedCli {
    @TempDir
    Path tmp;
    private Path tiny;

    @BeforeEach
    void scenario() throws IOException {
        tiny = Files.writeString(tmp.resolve("tiny.yaml"), OutputSafetyCliTest.TINY);
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void extendsCannotBeOverriddenFromTheCommandLine() {
        Path out = tmp.resolve("out");
        assertEquals(Main.BAD_INPUT, execute("sweep", tiny.toString(), "--vary", "vehicle_line.takt=50s,60s",
                "--set", "extends=/dev/zero", "--out", out.toString(), "--quiet"));
        assertTrue(errLines().get(0).contains("extends: cannot be set from the command line"), errLines().toString());
        assertEquals(Main.BAD_INPUT, execute("sweep", tiny.toString(), "--vary", "extends=a.yaml,b.yaml", "--out",
                out.toString(), "--quiet"));
        assertTrue(errLines().get(0).contains("extends: cannot be set from the command line"), errLines().toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void aTraceOfAReplicationThatIsNotRunIsRefused() {
        assertEquals(Main.BAD_INPUT, execute("run", tiny.toString(), "--out", tmp.resolve("out").toString(),
                "--trace", tmp.resolve("t.csv").toString(), "--trace-replication", "999"));
        assertEquals("error: --trace-replication 999: tiny runs 2 replications (0 to 1)", errLines().get(0));
        assertFalse(Files.exists(tmp.resolve("out")));
        assertFalse(Files.exists(tmp.resolve("t.csv")));
    }

    @Test
    void aTraceIsReadableLikeTheResults() throws IOException {
        assertEquals(Main.OK, execute("run", tiny.toString(), "--out", tmp.resolve("out").toString(), "--trace",
                tmp.resolve("t.csv").toString(), "--trace-replication", "1", "--quiet", "--no-report"),
                err.toString(StandardCharsets.UTF_8));
        if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    tmp.resolve("t.csv"))));
        }
        try (var s = Files.list(tmp)) {
            assertEquals(List.of("out", "t.csv", "tiny.yaml"), s.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "no temporary trace file left");
        }
    }

    /** Variants of kwh 0 take the accounting's pack_kwh: the model's mean pack is not 0 kWh but not its own (NaN). */
    @Test
    void variantsOfZeroKwhGiveNoZeroKwhMeanPack() throws IOException {
        Path f = Files.writeString(tmp.resolve("kw.yaml"), OutputSafetyCliTest.TINY + """
                orders: {interarrival: {exponential: 50s}, frozen_horizon: 2h}
                variants:
                  - {name: small, share: 0.5, kwh: 0, value_cny: 36000, mass_kg: 450}
                  - {name: big, share: 0.5, kwh: 0, value_cny: 60000, mass_kg: 750}
                """);
        Path o = tmp.resolve("o");
        assertEquals(Main.OK, execute("run", f.toString(), "--out", o.toString(), "--quiet", "--no-report"),
                err.toString(StandardCharsets.UTF_8));
        List<String> rows = Files.readAllLines(o.resolve("replications.csv"));
        int col = List.of(rows.get(0).split(",", -1)).indexOf("variants.mean_pack_kwh");
        assertTrue(col >= 0, rows.get(0));
        String v = rows.get(1).split(",", -1)[col];
        assertTrue(v.isEmpty() || v.equalsIgnoreCase("nan"), "mean pack kWh: '" + v + "'");
    }

    /** validate applies run's limits: orders every microsecond would fill the heap with the order bank. */
    @Test
    void validateRefusesTheInterarrivalRunRefuses() throws IOException {
        Path f = Files.writeString(tmp.resolve("ia.yaml"), OutputSafetyCliTest.TINY
                + "orders: {interarrival: 1e-6s, frozen_horizon: 2h}\n");
        assertEquals(Main.BAD_INPUT, execute("validate", f.toString()));
        assertEquals(1, errLines().size(), errLines().toString());
        assertTrue(errLines().get(0).contains("orders.interarrival"), errLines().toString());
        assertEquals(Main.BAD_INPUT, execute("run", f.toString(), "--out", tmp.resolve("o").toString(), "--quiet"));
        assertTrue(errLines().get(0).contains("orders.interarrival"), errLines().toString());
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    /** Shares out of range are reported as such, without a sum of the defaults that stood in for them. */
    @Test
    void sharesOutOfRangeAreNotSummed() throws IOException {
        Path f = Files.writeString(tmp.resolve("variants.yaml"), OutputSafetyCliTest.TINY + """
                orders: {interarrival: {exponential: 50s}, frozen_horizon: 2h}
                variants:
                  - {name: small, share: -0.5, kwh: 60, value_cny: 36000, mass_kg: 450}
                  - {name: big, share: 1.5, kwh: 100, value_cny: 60000, mass_kg: 750}
                """);
        assertEquals(Main.BAD_INPUT, execute("validate", f.toString()));
        List<String> lines = errLines();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.stream().allMatch(l -> l.contains(".share: must be in (0, 1]")), lines.toString());
    }
}
