package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --shard} and {@code merge} for the two commands that shard besides run and sweep: the shards of a comparison
 * and of a sensitivity study, merged in any order, give the bytes of one run.
 */
class ShardMergeCompareCliTest extends CapturedCli {
    @TempDir
    Path tmp;

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path scenario(String name, String safetyStock) throws IOException {
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, SweepCliTest.SMALL.replace("name: small", "name: " + name)
                .replace("replications: 2", "replications: 3").replace("safety_stock: 10", "safety_stock: "
                        + safetyStock));
        return f;
    }

    private static void sameBytes(Path a, Path b, String... files) throws IOException {
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    /** Runs {@code args} whole into {@code one}, then as {@code n} shards merged (last shard first) into {@code merged}. */
    private void wholeAndSharded(List<String> args, Path one, Path merged, int n) {
        List<String> whole = new ArrayList<>(args);
        whole.addAll(List.of("--quiet", "--out", one.toString()));
        assertEquals(0, execute(whole.toArray(String[]::new)), err());
        Path shards = tmp.resolve("s");
        List<String> merge = new ArrayList<>(List.of("merge"));
        for (int i = 0; i < n; i++) {
            List<String> part = new ArrayList<>(args);
            part.addAll(List.of("--quiet", "--out", shards.toString(), "--shard", i + "/" + n));
            assertEquals(0, execute(part.toArray(String[]::new)), err());
            merge.add(1, tmp.resolve("s.shard-" + i + "-of-" + n).toString());
        }
        assertFalse(Files.exists(shards), "a shard writes only its own folder");
        merge.addAll(List.of("--out", merged.toString()));
        assertEquals(0, execute(merge.toArray(String[]::new)), err());
    }

    @Test
    void shardsOfAComparisonMergeIntoTheBytesOfOneRun() throws Exception {
        Path base = scenario("base", "10");
        Path other = scenario("other", "30");
        Path one = tmp.resolve("one");
        Path merged = tmp.resolve("merged");
        wholeAndSharded(List.of("compare", base.toString(), other.toString()), one, merged, 2);
        sameBytes(one, merged, "comparison.json", "base/summary.json", "other/summary.json",
                "base/replications.csv", "other/replications.csv", "summary.md");
    }

    @Test
    void shardsOfASensitivityStudyMergeIntoTheBytesOfOneRun() throws Exception {
        Path f = scenario("small", "10");
        Path one = tmp.resolve("one");
        Path merged = tmp.resolve("merged");
        wholeAndSharded(List.of("sensitivity", f.toString(), "--keys", "vehicle_line.takt,pack_line.buffer",
                "--kpi", "vehicles_built,pipeline_packs"), one, merged, 3);
        sameBytes(one, merged, "sensitivity.csv", "sensitivity.json");
    }
}
