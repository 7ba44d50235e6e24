package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reproducers of issue 14 that once hung, ran for minutes or were accepted as nonsense (files in
 * src/test/resources/attack): each is now one line and exit 2, without simulating. The time-outs guard against a hang
 * coming back; they are no speed claim.
 */
class AttackCorpusCliTest extends CapturedCli {
    private static final Path DIR = Path.of("src/test/resources/attack");

    @TempDir
    Path tmp;

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "breakdowns-microseconds.yaml | --max-events",
        "closures-tiny.yaml           | --max-events",
        "takt-nanoseconds.yaml        | --max-events",
        "pipeline-overflow.yaml       | memory",
        "extends-list.yaml            | base-list.yaml holds a list",
        "extends-csv.yaml             | extends: must name a scenario file",
        "extends-passwd.yaml          | extends: must name a scenario file",
        "extends-dev-zero.yaml        | extends: is not a regular file",
    })
    void refusedWithOneLineBeforeSimulating(String file, String says) {
        int status = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> execute("run",
                DIR.resolve(file).toString(), "--max-events", "1e8", "--out", tmp.resolve("out").toString(), "--quiet"));
        assertEquals(Main.BAD_INPUT, status, err.toString(StandardCharsets.UTF_8));
        List<String> lines = errLines();
        assertTrue(lines.stream().allMatch(l -> l.startsWith("error: ")), lines.toString());
        assertTrue(lines.get(0).contains(says), lines.get(0));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(!Files.exists(tmp.resolve("out")));
    }

    /**
     * The same tiny durations in a JVM of its own with a small heap, so that if a limit ever lets one through, the
     * runaway run is killed with its process instead of spinning on in the test JVM.
     */
    @Test
    void tinyDurationsAreRefusedInASmallForkedJvm() throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("validate", "--max-events", "1e8"));
        for (String f : List.of("breakdowns-microseconds.yaml", "closures-tiny.yaml", "takt-nanoseconds.yaml")) {
            args.add(DIR.resolve(f).toAbsolutePath().toString());
        }
        Process p = ForkedFifsim.start(tmp, List.of("-Xmx32m", "-XX:+UseSerialGC"), args.toArray(String[]::new));
        assertEquals(Main.BAD_INPUT, ForkedFifsim.await(p, 120));
        List<String> lines = Files.readString(tmp.resolve("stderr.txt")).lines().toList();
        assertEquals(3, lines.stream().filter(l -> l.contains("--max-events")).count(), lines.toString());
        Process run = ForkedFifsim.start(tmp, List.of("-Xmx32m", "-XX:+UseSerialGC"), "run",
                DIR.resolve("pipeline-overflow.yaml").toAbsolutePath().toString(), "--out",
                tmp.resolve("out").toString(), "--quiet");
        assertEquals(Main.BAD_INPUT, ForkedFifsim.await(run, 120), Files.readString(tmp.resolve("stderr.txt")));
    }

    @Test
    void aDistributionWithoutSpreadIsItsMean() throws Exception {
        assertEquals(Main.OK, execute("run", DIR.resolve("sd-zero.yaml").toString(), "--out",
                tmp.resolve("out").toString(), "--quiet", "--no-report"), err.toString(StandardCharsets.UTF_8));
        String summary = Files.readString(tmp.resolve("out/summary.json"));
        assertTrue(summary.contains("\"scenario\""), summary);
    }

    @Test
    void aDeviceIsRefusedBeforeReadingIt() {
        int status = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> execute("validate", "/dev/zero"));
        assertEquals(Main.BAD_INPUT, status);
        assertEquals(List.of("error: /dev/zero:1:1: (file): is not a regular file (a pipe, device or socket), "
                + "expected a scenario file"), errLines());
    }

    @Test
    void extendingAPipeIsRefusedInsteadOfBlockingForEver() throws Exception {
        Path fifo = tmp.resolve("base.fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is not available");
        Path f = Files.writeString(tmp.resolve("x.yaml"), "extends: base.fifo\nname: x\n");
        int status = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> execute("validate", f.toString()));
        assertEquals(Main.BAD_INPUT, status);
        assertTrue(errLines().get(0).contains("extends: is not a regular file"), errLines().toString());
        status = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> execute("validate", fifo.toString()));
        assertEquals(Main.BAD_INPUT, status);
    }

    /**
     * The heap check counts the replications a precision-driven run may reach, not those it starts with: with 24 MiB
     * of heap, 10,000 replications are refused at once instead of running out of memory (which once hung the run).
     */
    @Test
    void thePrecisionCapCountsInTheHeapCheck() throws Exception {
        Path f = Files.writeString(tmp.resolve("two-hours.yaml"), OutputSafetyCliTest.TINY);
        Process p = ForkedFifsim.start(tmp, List.of("-Xmx24m", "-XX:+UseSerialGC"), "run", f.toString(), "--out",
                tmp.resolve("out").toString(), "--precision", "0.00001%", "--max-replications", "10000",
                "--threads", "2", "--quiet");
        assertEquals(Main.BAD_INPUT, ForkedFifsim.await(p, 120));
        String e = Files.readString(tmp.resolve("stderr.txt"));
        assertTrue(e.contains("run.replications: needs about") && e.contains("10,000 replications"), e);
        assertEquals(1, e.lines().count(), e);
    }
}
