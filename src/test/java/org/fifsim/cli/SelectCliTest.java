package org.fifsim.cli;

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

/** {@code fifsim select} through the command line, on designs of a few simulated days. */
class SelectCliTest extends CapturedCli {
    @TempDir
    Path tmp;

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** A small line whose lead time grows with the transfer: the shortest transfer is best on lead time. */
    private Path design(String name, String transfer) throws IOException {
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, SweepCliTest.SMALL.replace("name: small", "name: " + name)
                .replace("transfer: {triangular: [15min, 20min, 25min]}", "transfer: " + transfer));
        return f;
    }

    private List<String> designs() throws IOException {
        return List.of(design("slow", "{triangular: [50min, 60min, 70min]}").toString(),
                design("fast", "{triangular: [5min, 10min, 15min]}").toString(),
                design("middle", "{triangular: [25min, 30min, 35min]}").toString());
    }

    private int select(List<String> files, Path dir, String... more) {
        List<String> args = new ArrayList<>(List.of("select"));
        args.addAll(files);
        args.addAll(List.of("--kpi", "lead_time_h", "--minimize", "--delta", "0.05", "--n0", "5", "--batch", "2",
                "--quiet", "--out", dir.toString()));
        args.addAll(List.of(more));
        return execute(args.toArray(String[]::new));
    }

    @Test
    void selectsTheShortestTransferAndWritesEveryFile() throws Exception {
        Path dir = tmp.resolve("out");
        assertEquals(0, select(designs(), dir, "--constraint", "vehicle_line_starved<=50%,eps=5%", "--threads", "2"),
                err());
        JsonNode json = Json.MAPPER.readTree(dir.resolve("selection.json").toFile());
        assertEquals("fast", json.get("selected").asText());
        assertTrue(json.get("feasible").get("slow").asBoolean());
        int total = 0;
        for (String n : List.of("fast", "middle", "slow")) {
            assertTrue(json.get("replications").get(n).asInt() >= 5);
            total += json.get("replications").get(n).asInt();
        }
        assertEquals(total, json.get("total_replications").asInt());
        assertTrue(json.get("guarantee").asText().contains("at least 95%"));
        assertTrue(json.get("rounds").size() >= 1);
        for (String f : List.of("designs.csv", "mcb.csv", "feasibility.csv", "report.md", "report.html",
                "summary.md", "manifest.json", "charts/mcb.png", "charts/survivors.png", ".fifsim-results")) {
            assertTrue(Files.exists(dir.resolve(f)), f);
        }
        String report = Files.readString(dir.resolve("report.md"));
        assertTrue(report.contains("fast is best on lead time"), report.substring(0, 600));
        assertEquals(4, Files.readAllLines(dir.resolve("designs.csv")).size());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("selected fast"));
    }

    /** Threads and the order of the files change nothing: the same selection.json to the byte. */
    @Test
    void theSameSelectionWithOneOrTwoThreadsAndInAnyOrder() throws Exception {
        List<String> files = designs();
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertEquals(0, select(files, one, "--threads", "1"), err());
        List<String> reversed = new ArrayList<>(files);
        java.util.Collections.reverse(reversed);
        assertEquals(0, select(reversed, two, "--threads", "2"), err());
        assertEquals(Files.readString(one.resolve("selection.json")), Files.readString(two.resolve("selection.json")));
        assertEquals(Files.readString(one.resolve("designs.csv")), Files.readString(two.resolve("designs.csv")));
    }

    @Test
    void aBudgetThatRunsOutSelectsNothingAndSaysSo() throws Exception {
        Path dir = tmp.resolve("budget");
        List<String> files = List.of(design("a", "{triangular: [10min, 20min, 30min]}").toString(),
                design("b", "{triangular: [15min, 20min, 25min]}").toString());
        // the same mean lead time and an indifference zone of 1/3600 s: no budget of 14 replications separates them
        assertEquals(0, execute("select", files.get(0), files.get(1), "--kpi", "lead_time_h", "--minimize", "--delta",
                "1e-7", "--n0", "5", "--batch", "2", "--max-replications", "14", "--quiet", "--out", dir.toString()),
                err());
        JsonNode json = Json.MAPPER.readTree(dir.resolve("selection.json").toFile());
        assertTrue(json.get("selected").isNull(), json.toString());
        assertTrue(json.get("guarantee").asText().contains("NOT reached"));
        assertTrue(Files.readString(dir.resolve("report.md")).contains("No design is selected"));
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        List<String> files = designs();
        String[][] cases = {
            {"--delta", "0"},
            {"--constraint", "vehicle_line_starved<0.1%"},
            {"--constraint", "vehicle_line_starved<=abc"},
            {"--pcs", "40%"},
            {"--max-replications", "10"},
            {"--n0", "1"},
            {"--shard", "0/2"},
        };
        for (String[] c : cases) {
            assertEquals(2, select(files, tmp.resolve("bad"), c), String.join(" ", c) + ": " + err());
            assertTrue(err().startsWith("error: "), err());
            assertFalse(err().contains("Exception"), err());
        }
        assertEquals(2, execute("select", files.get(0), files.get(1), "--kpi", "lead_tme_h", "--minimize",
                "--delta", "1", "--out", tmp.resolve("bad").toString()));
        assertTrue(err().contains("did you mean 'lead_time_h'"), err());
        assertEquals(2, execute("select", files.get(0), "--kpi", "lead_time_h", "--minimize", "--delta", "1"));
        assertEquals(2, execute("select", files.get(0), files.get(0), "--kpi", "lead_time_h", "--minimize",
                "--delta", "1", "--out", tmp.resolve("bad").toString()));
        assertTrue(err().contains("two designs are named"), err());
        assertEquals(2, execute("select", files.get(0), files.get(1), "--kpi", "lead_time_h", "--delta", "1"));
        assertFalse(Files.exists(tmp.resolve("bad")));
    }
}
