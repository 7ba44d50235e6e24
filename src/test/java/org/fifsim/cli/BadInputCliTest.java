package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fifsim.scenario.io.Problem;
import org.fifsim.scenario.io.ScenarioException;
import org.fifsim.scenario.io.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input through the command line: exit status 2, one {@code error:} line per problem on stderr, no stack trace,
 * and nothing written (an existing results folder stays byte-identical). No test here simulates.
 */
class BadInputCliTest extends CapturedCli {
    static final Path CORPUS = Path.of("src", "test", "resources", "bad");
    static final Pattern LINE = Pattern.compile("^error: .+:\\d+:\\d+: \\S+: .+");

    /** A valid scenario so small that even if a usage check failed to stop it, the run would take milliseconds. */
    static final String TINY = """
            name: tiny
            run: {horizon: 1h, warmup: 0s, replications: 1, seed: 1}
            vehicle_line: {takt: 45s}
            pack_line: {stations: [{name: s1, cycle_time: 40s}]}
            logistics: {mode: co-located, transfer: 20min}
            """;

    @TempDir
    Path tmp;

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<String> stderrLines() {
        return stderr().lines().filter(l -> !l.isBlank()).toList();
    }

    private void assertNoStackTrace(String what) {
        String e = stderr();
        assertFalse(e.contains("Exception"), what + ": stderr mentions an exception:\n" + e);
        assertFalse(e.contains("\tat "), what + ": stderr has a stack trace:\n" + e);
    }

    private void assertOnlyErrorLines(String what) {
        List<String> lines = stderrLines();
        assertFalse(lines.isEmpty(), what + ": nothing on stderr");
        for (String l : lines) {
            assertTrue(l.startsWith("error:"), what + ": stderr line without 'error:': " + l + "\n" + stderr());
            assertTrue(LINE.matcher(l).matches(), what + ": not a located error line: " + l);
        }
    }

    private static List<String> expectedLines(Path file) {
        try {
            ScenarioReader.read(file);
        } catch (ScenarioException e) {
            return e.problems().stream().map(Problem::format).toList();
        }
        throw new AssertionError(file + " was accepted");
    }

    private static List<Path> listTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void validateRejectsWithExitTwoAndOneLinePerProblem(Path file) {
        int status = execute("validate", file.toString());
        assertEquals(Main.BAD_INPUT, status, "validate " + file + ":\n" + stderr());
        assertNoStackTrace("validate " + file);
        assertOnlyErrorLines("validate " + file);
        assertEquals(expectedLines(file), stderrLines(), "validate prints exactly the reader's problems");
        assertTrue(out.toString(StandardCharsets.UTF_8).isBlank(), "validate printed on stdout: " + out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void runRejectsWithExitTwoAndWritesNothing(Path file) throws IOException {
        Path target = tmp.resolve("x");
        int status = execute("run", file.toString(), "--out", target.toString(), "--quiet");
        assertEquals(Main.BAD_INPUT, status, "run " + file + ":\n" + stderr());
        assertNoStackTrace("run " + file);
        assertOnlyErrorLines("run " + file);
        assertEquals(expectedLines(file), stderrLines(), "run prints exactly the reader's problems");
        assertFalse(Files.exists(target), "run on a bad file created " + target);
        assertEquals(List.of(tmp), listTree(tmp), "run on a bad file left files behind");
    }

    @Test
    void aBadFileLeavesAnExistingResultsFolderByteIdentical() throws IOException {
        Path results = tmp.resolve("results");
        Files.createDirectories(results.resolve("charts"));
        Map<Path, byte[]> before = new LinkedHashMap<>();
        before.put(results.resolve("summary.json"), "{\"scenario\": \"earlier\"}\n".getBytes(StandardCharsets.UTF_8));
        before.put(results.resolve("replications.csv"), "replication,packs_good\n1,700000\n"
                .getBytes(StandardCharsets.UTF_8));
        before.put(results.resolve("charts").resolve("throughput.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
        for (Map.Entry<Path, byte[]> e : before.entrySet()) {
            Files.write(e.getKey(), e.getValue());
        }
        List<Path> treeBefore = listTree(tmp);

        for (String bad : List.of("yield-above-one.yaml", "syntax-unclosed-bracket.yaml", "binary.yaml")) {
            int status = execute("run", CORPUS.resolve(bad).toString(), "--out", results.toString(), "--quiet");
            assertEquals(Main.BAD_INPUT, status, bad + ":\n" + stderr());
            assertNoStackTrace(bad);
            assertOnlyErrorLines(bad);
        }
        assertEquals(treeBefore, listTree(tmp), "files were added or removed next to or inside the results");
        for (Map.Entry<Path, byte[]> e : before.entrySet()) {
            assertArrayEquals(e.getValue(), Files.readAllBytes(e.getKey()), e.getKey() + " changed");
        }
    }

    @Test
    void aGoodAndABadFileTogetherRunNothing() throws IOException {
        Path good = tmp.resolve("tiny.yaml");
        Files.writeString(good, TINY);
        Path target = tmp.resolve("out");
        int status = execute("run", good.toString(), CORPUS.resolve("takt-zero.yaml").toString(),
                "--out", target.toString(), "--quiet");
        assertEquals(Main.BAD_INPUT, status, stderr());
        assertOnlyErrorLines("good+bad");
        assertFalse(Files.exists(target), "the good scenario ran although another file was bad");
    }

    @Test
    void aMissingFileIsExitTwoWithOneLocatedLine() throws IOException {
        Path missing = tmp.resolve("no-such-scenario.yaml");
        for (String command : List.of("validate", "run")) {
            int status = command.equals("run")
                    ? execute("run", missing.toString(), "--out", tmp.resolve("x").toString(), "--quiet")
                    : execute("validate", missing.toString());
            assertEquals(Main.BAD_INPUT, status, command + ":\n" + stderr());
            assertNoStackTrace(command);
            List<String> lines = stderrLines();
            assertEquals(1, lines.size(), command + ": " + stderr());
            assertTrue(LINE.matcher(lines.get(0)).matches(), lines.get(0));
            assertTrue(lines.get(0).startsWith("error: " + missing + ":1:1: "), lines.get(0));
            assertTrue(lines.get(0).contains("no such file"), lines.get(0));
        }
        assertEquals(List.of(tmp), listTree(tmp));
    }

    private Path tinyScenario() throws IOException {
        Path good = tmp.resolve("tiny.yaml");
        Files.writeString(good, TINY);
        return good;
    }

    private void assertUsageError(String what, String... args) {
        int status = execute(args);
        assertEquals(Main.BAD_INPUT, status, what + ":\n" + stderr());
        assertNoStackTrace(what);
        List<String> lines = stderrLines();
        assertFalse(lines.isEmpty(), what + ": no message");
        assertTrue(lines.get(0).startsWith("error: "), what + ": " + stderr());
    }

    @Test
    void runWithoutFilesIsAUsageError() {
        assertUsageError("run without files", "run");
        assertTrue(stderr().contains("FILE"), stderr());
        assertUsageError("validate without files", "validate");
    }

    @Test
    void zeroReplicationsOrThreadsAndUnknownOptionsAreUsageErrors() throws IOException {
        Path good = tinyScenario();
        Path target = tmp.resolve("out");
        assertUsageError("--replications 0", "run", good.toString(), "--replications", "0", "--out", target.toString(),
                "--quiet");
        assertTrue(stderr().contains("--replications"), stderr());
        assertUsageError("--threads 0", "run", good.toString(), "--threads", "0", "--out", target.toString(),
                "--quiet");
        assertTrue(stderr().contains("--threads"), stderr());
        assertUsageError("--replications x", "run", good.toString(), "--replications", "x", "--out",
                target.toString(), "--quiet");
        assertUsageError("unknown option", "run", good.toString(), "--frobnicate", "--out", target.toString(),
                "--quiet");
        assertTrue(stderr().contains("--frobnicate"), stderr());
        assertUsageError("unknown command", "simulate", good.toString());
        assertFalse(Files.exists(target), "a usage error still wrote results");
    }

    @Test
    void validateAcceptsTheExampleScenarios() {
        int status = execute("validate", "scenarios/seres-fif.yaml", "scenarios/bench-packline.yaml");
        assertEquals(Main.OK, status, stderr());
        // the benchmark's saturated reference line is valid: a warning, no error
        assertTrue(stderr().lines().allMatch(l -> l.startsWith("warning: scenarios/bench-packline.yaml")), stderr());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("ok: "), out.toString(StandardCharsets.UTF_8));
    }
}
