package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.fifsim.store.ResultsFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks on the output side from issue 14: every one is refused before simulating with exit 2 and one line
 * naming the path, and every file that was there before is byte-identical afterwards.
 */
class OutputSafetyCliTest extends CapturedCli {
    static final String TINY = """
            name: tiny
            run: {horizon: 2h, warmup: 0s, replications: 2, seed: 1}
            vehicle_line: {takt: 60s}
            pack_line: {stations: [{name: s1, cycle_time: 50s}]}
            logistics: {mode: co-located, transfer: 10min, safety_stock: 5}
            """;

    @TempDir
    Path tmp;

    private Path scenario(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name + ".yaml"), TINY.replace("name: tiny", "name: " + name));
    }

    /** Every regular file below {@code root} with its bytes. */
    private static Map<Path, byte[]> snapshot(Path root) throws IOException {
        Map<Path, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p), Files.readAllBytes(p));
            }
        }
        return m;
    }

    private static void assertSame(Map<Path, byte[]> before, Map<Path, byte[]> after) {
        assertEquals(before.keySet(), after.keySet());
        for (Path p : before.keySet()) {
            assertArrayEquals(before.get(p), after.get(p), p.toString());
        }
    }

    /** Runs and checks: exit 2, one line naming {@code path} and saying {@code rule}, nothing simulated or changed. */
    private void refused(String path, String rule, String... args) throws IOException {
        Map<Path, byte[]> before = snapshot(tmp);
        assertEquals(Main.BAD_INPUT, execute(args));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("error: ") && e.contains(path) && e.contains(rule), e);
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing simulated");
        assertSame(before, snapshot(tmp));
    }

    @Test
    void aFileAUsersFolderTheScenariosAndAFolderOfResultsAreNeverReplaced() throws Exception {
        Path in = scenario(tmp.resolve("scenarios"), "tiny");
        Path readme = Files.writeString(tmp.resolve("README.md"), "# mine\n");
        refused(readme.toString(), "is a file", "run", in.toString(), "--out", readme.toString());
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "mine");
        refused(notes.toString(), "not a fifsim results folder", "run", in.toString(), "--out", notes.toString());
        refused(in.getParent().toString(), "holds the input", "run", in.toString(), "--out", in.getParent().toString());
        Path results = tmp.resolve("results");
        assertEquals(Main.OK, execute("run", in.toString(), "--out", results.resolve("tiny").toString(), "--quiet",
                "--no-report"));
        refused(results.toString(), "not a fifsim results folder", "compare", in.toString(),
                scenario(tmp.resolve("other"), "other").toString(), "--out", results.toString());
        refused(tmp.resolve("x".repeat(245)).toString(), "longer than", "run", in.toString(), "--out",
                tmp.resolve("x".repeat(245)).toString());
        refused(readme.resolve("sub").toString(), "is a file, not a folder", "run", in.toString(), "--out",
                readme.resolve("sub").toString());
    }

    @Test
    void sweepAndSensitivityRefuseAUsersFolderBeforeSimulating() throws Exception {
        Path in = scenario(tmp.resolve("scenarios"), "tiny");
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "mine");
        refused(notes.toString(), "not a fifsim results folder", "sweep", in.toString(), "--vary",
                "pack_line.buffer=3,5", "--out", notes.toString(), "--quiet");
        refused(notes.toString(), "not a fifsim results folder", "sensitivity", in.toString(), "--keys",
                "logistics.transfer", "--kpi", "vehicles_built", "--out", notes.toString(), "--quiet");
    }

    @Test
    void aFolderFifsimWroteIsReplacedAndTheUsersSiblingsStay() throws Exception {
        Path in = scenario(tmp, "tiny");
        Path res = tmp.resolve("res");
        List<Path> siblings = List.of(tmp.resolve("res.old-2024"), tmp.resolve("res.tmp-draft"));
        for (Path s : siblings) {
            Files.createDirectories(s);
            Files.writeString(s.resolve("notes.txt"), "mine");
        }
        for (int i = 0; i < 2; i++) {
            assertEquals(Main.OK, execute("run", in.toString(), "--out", res.toString(), "--quiet", "--no-report"),
                    err.toString(StandardCharsets.UTF_8));
            assertTrue(ResultsFolder.marked(res));
        }
        for (Path s : siblings) {
            assertEquals("mine", Files.readString(s.resolve("notes.txt")));
        }
    }

    @Test
    void theTraceNeverReplacesAFileThatIsNotATrace() throws Exception {
        Path in = scenario(tmp, "tiny");
        refused(in.toString(), "is the input scenario", "run", in.toString(), "--out", tmp.resolve("r").toString(),
                "--trace", in.toString());
        Path notes = Files.writeString(tmp.resolve("notes.csv"), "a,b\n1,2\n");
        refused(notes.toString(), "not a fifsim trace", "run", in.toString(), "--out", tmp.resolve("r").toString(),
                "--trace", notes.toString());
        Path trace = tmp.resolve("trace.csv");
        for (int i = 0; i < 2; i++) {
            assertEquals(Main.OK, execute("run", in.toString(), "--out", tmp.resolve("r").toString(), "--quiet",
                    "--no-report", "--trace", trace.toString()), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void twoScenariosWithOneNameAreRefused() throws Exception {
        Path a = scenario(tmp.resolve("a"), "same");
        Path b = scenario(tmp.resolve("b"), "same");
        refused("same", "two scenarios are named 'same'", "run", a.toString(), b.toString(), "--out",
                tmp.resolve("both").toString());
        assertFalse(Files.exists(tmp.resolve("both")));
    }

    /** Runs into one folder at the same moment: the last commit wins, none fails, nothing is left beside it. */
    @Test
    void concurrentRunsIntoOneFolderAllSucceed() throws Exception {
        Path in = scenario(tmp, "tiny");
        Path shared = tmp.resolve("shared");
        List<Process> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path own = Files.createDirectories(tmp.resolve("p" + i));
            runs.add(ForkedFifsim.start(own, List.of("-Xmx128m", "-XX:+UseSerialGC"), "run", in.toString(), "--out",
                    shared.toString(), "--quiet", "--no-report"));
        }
        for (int i = 0; i < runs.size(); i++) {
            assertEquals(Main.OK, ForkedFifsim.await(runs.get(i), 180),
                    Files.readString(tmp.resolve("p" + i).resolve("stderr.txt")));
        }
        assertTrue(ResultsFolder.marked(shared));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("shared."))
                    .toList());
        }
    }

    /** In a JVM of its own whose current folder is a copy of a project, so a failure here cannot touch this one. */
    @Test
    void theCurrentFolderIsNeverReplaced() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path in = scenario(project.resolve("scenarios"), "tiny");
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Map<Path, byte[]> before = snapshot(project);
        for (String out : new String[] {".", "", project.toString()}) {
            Process p = ForkedFifsim.start(project, List.of("-Xmx128m"), "run", in.toString(), "--out=" + out);
            assertEquals(Main.BAD_INPUT, ForkedFifsim.await(p, 60));
            String e = Files.readString(project.resolve("stderr.txt"));
            assertTrue(e.contains("is the current folder"), e);
            Files.delete(project.resolve("stderr.txt"));
            Files.delete(project.resolve("stdout.txt"));
            assertSame(before, snapshot(project));
        }
    }
}
