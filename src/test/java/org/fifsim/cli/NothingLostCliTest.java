package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five ways issue 28 found to lose a user's file, each exit 0 before: an output folder that is, or holds, one of
 * the command's inputs (a results folder read by account, a shard read by merge, a base file a scenario extends, a
 * claims file, a factors file). Each is now refused before any work with exit 2 and one line naming the input and
 * the output, and every file under the test folder is byte-identical afterwards.
 */
class NothingLostCliTest extends CapturedCli {
    @TempDir
    Path tmp;
    private Path tiny;

    @BeforeEach
    void scenarios() throws IOException {
        tiny = Files.writeString(tmp.resolve("tiny.yaml"), OutputSafetyCliTest.TINY);
        Files.writeString(tmp.resolve("tiny2.yaml"), OutputSafetyCliTest.TINY.replace("name: tiny", "name: tiny2"));
    }

    private static Map<Path, byte[]> snapshot(Path root) throws IOException {
        Map<Path, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p), Files.readAllBytes(p));
            }
        }
        return m;
    }

    private void ok(String... args) {
        assertEquals(Main.OK, execute(args), err.toString(StandardCharsets.UTF_8));
    }

    /** Exit 2, one line naming the input and the output, nothing printed on stdout, no file changed or gone. */
    private void refused(String input, String output, String... args) throws IOException {
        Map<Path, byte[]> before = snapshot(tmp);
        assertEquals(Main.BAD_INPUT, execute(args), err.toString(StandardCharsets.UTF_8));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("error: results folder ") && e.contains(input) && e.contains(output)
                && e.contains(" the input "), e);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        Map<Path, byte[]> after = snapshot(tmp);
        assertEquals(before.keySet(), after.keySet());
        for (Path p : before.keySet()) {
            assertArrayEquals(before.get(p), after.get(p), p.toString());
        }
    }

    private String at(String name) {
        return tmp.resolve(name).toString();
    }

    @Test
    void accountIntoItsOwnResultsFolderIsRefused() throws Exception {
        ok("run", tiny.toString(), "--out", at("run2"), "--quiet");
        refused("run2", "run2", "account", at("run2"), "--out", at("run2"));
        refused("run2", "run2", "account", at("run2"), "--out", at("run2") + "/.");
        refused("run2", "run2", "account", at("run2") + "/../run2", "--out", at("run2"));
    }

    @Test
    void accountThroughALinkToItsOwnFolderIsRefused() throws Exception {
        ok("run", tiny.toString(), "--out", at("run5"), "--quiet", "--no-report");
        Files.createSymbolicLink(tmp.resolve("run5-link"), tmp.resolve("run5"));
        refused("run5-link", "run5", "account", at("run5-link"), "--out", at("run5"));
    }

    @Test
    void mergeOntoOneOfItsShardsIsRefused() throws Exception {
        ok("run", tiny.toString(), "--out", at("z"), "--shard", "0/2", "--quiet");
        ok("run", tiny.toString(), "--out", at("z"), "--shard", "1/2", "--quiet");
        refused("z.shard-1-of-2", "z.shard-1-of-2", "merge", at("z.shard-0-of-2"), at("z.shard-1-of-2"), "--out",
                at("z.shard-1-of-2"));
        ok("merge", at("z.shard-0-of-2"), at("z.shard-1-of-2"), "--out", at("z"));
        assertTrue(Files.isRegularFile(tmp.resolve("z/summary.json")));
    }

    @Test
    void aBaseFileInsideTheResultsFolderIsRefusedByEveryCommand() throws Exception {
        ok("run", tiny.toString(), "--out", at("rbase"), "--quiet", "--no-report");
        Files.writeString(tmp.resolve("rbase/base.yaml"), OutputSafetyCliTest.TINY);
        Path child = Files.writeString(tmp.resolve("child.yaml"), "extends: rbase/base.yaml\nname: child\n");
        refused("base.yaml", "rbase", "run", child.toString(), "--out", at("rbase"), "--quiet");
        refused("base.yaml", "rbase", "compare", tiny.toString(), child.toString(), "--out", at("rbase"), "--quiet");
        refused("base.yaml", "rbase", "sweep", child.toString(), "--vary", "vehicle_line.takt=50s,60s", "--out",
                at("rbase"), "--quiet");
        refused("base.yaml", "rbase", "sensitivity", child.toString(), "--keys", "vehicle_line.takt", "--kpi", "vehicles_built", "--out",
                at("rbase"), "--quiet");
        refused("base.yaml", "rbase", "run", child.toString(), "--out", at("rbase"), "--shard", "0/1", "--quiet");
    }

    @Test
    void aClaimsFileInsideTheResultsFolderIsRefused() throws Exception {
        ok("compare", tiny.toString(), at("tiny2.yaml"), "--out", at("cc"), "--quiet");
        Files.copy(Path.of("scenarios/claims/seres.yaml"), tmp.resolve("cc/myclaims.yaml"));
        refused("myclaims.yaml", "cc", "compare", tiny.toString(), at("tiny2.yaml"), "--claims",
                at("cc/myclaims.yaml"), "--out", at("cc"), "--quiet");
    }

    @Test
    void aFactorsFileInsideTheResultsFolderIsRefused() throws Exception {
        ok("run", tiny.toString(), "--out", at("racc"), "--quiet", "--no-report");
        ok("account", at("racc"), "--out", at("racc-out"), "--quiet");
        Files.writeString(tmp.resolve("racc-out/f.yaml"), "pack_value_cny: 50000\n");
        refused("f.yaml", "racc-out", "account", at("racc"), "--factors", at("racc-out/f.yaml"), "--out",
                at("racc-out"));
    }
}
