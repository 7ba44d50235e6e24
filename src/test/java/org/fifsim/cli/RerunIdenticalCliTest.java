package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fifsim.store.Json;
import org.fifsim.store.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rerunning a comparison unchanged, on another thread count and without progress, rewrites every file byte for byte
 * except run.json (the commit, Java, time and threads of that run): results kept under version control stay clean.
 */
class RerunIdenticalCliTest extends CapturedCli {
    static final String BASE = """
            name: base
            run: {horizon: 1d, warmup: 2h, replications: 2, seed: 5}
            vehicle_line: {takt: 45s}
            pack_line:
              stations:
                - {name: stacking, cycle_time: {triangular: [35s, 38s, 42s]}, mtbf: {exponential: 4h}, mttr: {exponential: 10min}}
            logistics: {mode: co-located, transfer: {triangular: [15min, 20min, 25min]}, safety_stock: 10}
            """;

    @TempDir
    Path tmp;

    @Test
    void anUnchangedRerunChangesNoFileButRunJson() throws Exception {
        Path base = tmp.resolve("base.yaml");
        Path other = tmp.resolve("other.yaml");
        Files.writeString(base, BASE);
        Files.writeString(other, BASE.replace("name: base", "name: other").replace("safety_stock: 10",
                "safety_stock: 30"));
        Path out = tmp.resolve("results");
        Path first = tmp.resolve("first");
        assertEquals(Main.OK, execute("compare", base.toString(), other.toString(), "--out", out.toString(),
                "--threads", "1", "-q"), err.toString(StandardCharsets.UTF_8));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).map(out::relativize).sorted().toList();
        }
        for (Path f : files) {
            Files.createDirectories(first.resolve(f).getParent());
            Files.copy(out.resolve(f), first.resolve(f));
        }
        assertEquals(Main.OK, execute("compare", base.toString(), other.toString(), "--out", out.toString(),
                "--threads=2"), err.toString(StandardCharsets.UTF_8));
        Path second = out;
        assertTrue(files.contains(Path.of("report.html")) && files.contains(Path.of("charts", "decision-other.svg")),
                files.toString());
        for (Path f : files) {
            if (f.toString().equals(Manifest.RUN_FILE)) {
                continue;
            }
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)),
                    f + " is rewritten byte for byte");
        }
        JsonNode manifest = Json.MAPPER.readTree(first.resolve(Manifest.FILE).toFile());
        for (String volatileKey : List.of("git_commit", "created", "threads", "java_version")) {
            assertFalse(manifest.has(volatileKey), volatileKey + " is not in manifest.json");
        }
        List<String> command = new java.util.ArrayList<>();
        manifest.path("command").forEach(c -> command.add(c.asText()));
        assertEquals(List.of("compare", base.toString(), other.toString(), "--out", out.toString()), command,
                "the command without -q and --threads");
        JsonNode run = Json.MAPPER.readTree(second.resolve(Manifest.RUN_FILE).toFile());
        assertTrue(run.hasNonNull("git_commit") && run.hasNonNull("created") && run.path("threads").asInt() == 2,
                run.toString());
        assertTrue(run.path("command_as_typed").toString().contains("--threads=2"), run.toString());
    }
}
