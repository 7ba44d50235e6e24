package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Array-job shards: N slices run apart, merged, give the bytes of one run; bad sets of shards are refused. */
class ShardMergeCliTest extends CapturedCli {
    @TempDir
    Path tmp;

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path small() throws IOException {
        Path f = tmp.resolve("small.yaml");
        Files.writeString(f, SweepCliTest.SMALL.replace("replications: 2", "replications: 3"));
        return f;
    }

    private List<String> sweep(Path f, Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("sweep", f.toString(), "--vary", "vehicle_line.takt=40s,50s",
                "--threads", "2", "--quiet", "--out", out.toString()));
        a.addAll(List.of(more));
        return a;
    }

    private int run(List<String> args) {
        return execute(args.toArray(String[]::new));
    }

    private static void sameBytes(Path a, Path b, String... files) throws IOException {
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    /** With --against and a priced KPI: the crossing's factor band comes back from the shards' saved activity. */
    @Test
    void threeShardsOfASweepMergeIntoTheBytesOfOneRun() throws Exception {
        Path f = small();
        Path other = tmp.resolve("shared.yaml");
        Files.writeString(other, Files.readString(f).replace("name: small", "name: shared")
                + "accounting: {line_fixed_cny_per_yr: 0, line_cny_per_pack: {uniform: [70, 100]}}\n");
        String[] against = {"--against", other.toString(), "--kpi", "cost_total_cny,vehicles_built"};
        Path one = tmp.resolve("one");
        assertEquals(0, run(sweep(f, one, against)), err());
        JsonNode band = Json.MAPPER.readTree(one.resolve("sweep.json").toFile()).get("crossings").get(0);
        assertEquals(1000, band.get("crossing_band_draws").asInt(), band.toString());
        assertTrue(band.get("crossing_band_outside").get("undetermined").asDouble() < 1, "priced from activity");
        Path sharded = tmp.resolve("sharded");
        List<String> dirs = new ArrayList<>(List.of("merge"));
        for (int i = 0; i < 3; i++) {
            List<String> args = sweep(f, sharded, "--shard", i + "/3");
            args.addAll(List.of(against));
            assertEquals(0, run(args), err());
            Path dir = tmp.resolve("sharded.shard-" + i + "-of-3");
            assertTrue(Files.isRegularFile(dir.resolve("shard.json")), dir.toString());
            dirs.add(dir.toString());
        }
        assertFalse(Files.exists(sharded), "a shard writes only its own folder");
        assertEquals(0, run(dirs), err());
        sameBytes(one, sharded, "sweep.csv", "against.csv", "difference.csv", "sweep.json");
        // the merge's own seconds are not the simulation's: no wall time or speed after a merge (issue 28)
        JsonNode merged = Json.MAPPER.readTree(sharded.resolve("run.json").toFile());
        assertTrue(merged.get("wall_seconds").isNull(), merged.toString());
        assertTrue(merged.get("events_per_second").isNull(), merged.toString());
        JsonNode whole = Json.MAPPER.readTree(one.resolve("run.json").toFile());
        assertTrue(whole.get("events_per_second").asDouble() > 0, whole.toString());
    }

    @Test
    void shardsOfARunMergeIntoTheSameSummaryAndReplications() throws Exception {
        Path f = small();
        Path one = tmp.resolve("one");
        assertEquals(0, execute("run", f.toString(), "--no-report", "--quiet", "--out", one.toString()), err());
        for (int i = 0; i < 2; i++) {
            assertEquals(0, execute("run", f.toString(), "--no-report", "--quiet", "--out",
                    tmp.resolve("r").toString(), "--shard", i + "/2"), err());
        }
        Path merged = tmp.resolve("merged");
        assertEquals(0, execute("merge", tmp.resolve("r.shard-1-of-2").toString(),
                tmp.resolve("r.shard-0-of-2").toString(), "--out", merged.toString()), err());
        sameBytes(one, merged, "summary.json", "replications.csv");
    }

    @Test
    void missingDuplicatedOrForeignShardsAreRefused() throws Exception {
        Path f = small();
        Path out = tmp.resolve("s");
        for (int i = 0; i < 2; i++) {
            assertEquals(0, run(sweep(f, out, "--shard", i + "/2")), err());
        }
        String s0 = tmp.resolve("s.shard-0-of-2").toString();
        String s1 = tmp.resolve("s.shard-1-of-2").toString();

        assertEquals(2, execute("merge", s0));
        assertTrue(err().contains("shard 1 of 2 missing"), err());
        assertEquals(2, execute("merge", s0, s0, s1));
        assertTrue(err().contains("shard 0 of 2 is given twice"), err());

        Path other = tmp.resolve("o");
        assertEquals(0, run(sweep(f, other, "--seed", "8", "--shard", "1/2")), err());
        assertEquals(2, execute("merge", s0, tmp.resolve("o.shard-1-of-2").toString()));
        assertTrue(err().contains("a shard of other inputs"), err());

        assertEquals(2, execute("merge", tmp.toString()));
        assertTrue(err().contains("not a finished shard"), err());

        // the file changed after the shards ran: merge must not pass off old results as new
        Files.writeString(f, Files.readString(f).replace("safety_stock: 10", "safety_stock: 11"));
        assertEquals(2, execute("merge", s0, s1));
        assertTrue(err().contains("other inputs than the files now give"), err());
        assertFalse(Files.exists(out));
    }

    @Test
    void badEngineOptionsAreUsageErrorsBeforeAnythingRuns() throws Exception {
        Path f = small();
        Path out = tmp.resolve("x");
        assertEquals(2, run(sweep(f, out, "--engine", "flink")));
        assertTrue(err().contains("--engine must be local or spark"), err());
        assertEquals(2, run(sweep(f, out, "--master", "local[2]")));
        assertTrue(err().contains("--master needs --engine spark"), err());
        assertEquals(2, run(sweep(f, out, "--engine", "spark", "--master", "nowhere")));
        assertTrue(err().contains("--master must be"), err());
        assertEquals(2, run(sweep(f, out, "--engine", "spark")));
        assertTrue(err().contains("needs --master"), err());
        assertEquals(2, run(sweep(f, out, "--shard", "2/2")));
        assertTrue(err().contains("--shard must be I/N"), err());
        assertEquals(2, execute("run", f.toString(), f.toString(), "--shard", "0/2"));
        assertTrue(err().contains("--shard needs one FILE"), err());
        // a bad scenario stops a Spark run before Spark is touched
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, SweepCliTest.SMALL.replace("yield: 0.99", "yield: 1.5"));
        assertEquals(2, execute("run", bad.toString(), "--engine", "spark", "--master", "spark://127.0.0.1:9",
                "--out", out.toString()));
        assertTrue(err().startsWith("error: " + bad + ":"), err());
        assertFalse(Files.exists(out));
    }

    /** Nothing listens on the discard port of loopback: one line and exit 1, within the connect timeout. */
    @Test
    void anUnreachableMasterIsOneLineAndExitOne() throws Exception {
        Path f = small();
        Path out = tmp.resolve("x");
        assertEquals(1, execute("run", f.toString(), "--engine", "spark", "--master", "spark://127.0.0.1:9",
                "--quiet", "--out", out.toString()));
        assertEquals(1, err().strip().lines().count(), err());
        assertTrue(err().startsWith("error: cannot reach the Spark master at spark://127.0.0.1:9"), err());
        assertFalse(Files.exists(out));
    }
}
