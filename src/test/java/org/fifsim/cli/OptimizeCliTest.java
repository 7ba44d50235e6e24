package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.ScenarioReader;
import org.fifsim.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fifsim optimize} through the command line, on a line of a few simulated days. */
class OptimizeCliTest extends CapturedCli {
    /** The stock between the lines and the buffer between the stations: more of either, fewer starved minutes. */
    static final String STUDY = """
            scenario: small.yaml
            description: Shortest lead time that keeps the line starved at most 20% of the time
            decide:
              logistics.safety_stock: {from: 2, to: 14, step: 3}
              pack_line.buffer: {from: 1, to: 4}
            minimize: lead_time_h
            delta: 0.05
            subject_to: {vehicle_line_starved: {at_most: 20%, eps: 2%}}
            search: {replications_per_design: 3, budget: 30, seed: 3}
            cleanup: {n0: 4, batch: 2, pcs: 90%, designs: 3, max_replications: 60}
            set: {run.horizon: 2d, run.warmup: 12h}
            """;

    @TempDir
    Path tmp;

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path study(String text) throws IOException {
        Files.writeString(tmp.resolve("small.yaml"), SweepCliTest.SMALL);
        Path f = tmp.resolve("study.yaml");
        Files.writeString(f, text);
        return f;
    }

    private int optimize(Path study, Path dir, String... more) {
        List<String> args = new ArrayList<>(List.of("optimize", study.toString(), "--quiet", "--threads", "2",
                "--out", dir.toString()));
        args.addAll(List.of(more));
        return execute(args.toArray(String[]::new));
    }

    @Test
    void findsADesignAndWritesEveryFile() throws Exception {
        Path dir = tmp.resolve("out");
        assertEquals(0, optimize(study(STUDY), dir), err());
        for (String f : List.of("history.csv", "designs.csv", "best.json", "best.yaml", "report.md", "report.html",
                "summary.md", "manifest.json", "study.yaml", "study.json", "charts/convergence.png",
                "charts/convergence.svg", "cleanup/selection.json", "cleanup/report.md", ".fifsim-results")) {
            assertTrue(Files.exists(dir.resolve(f)), f);
        }
        JsonNode best = Json.MAPPER.readTree(dir.resolve("best.json").toFile());
        assertEquals("selected", best.get("status").asText(), best.toString());
        assertTrue(best.get("design").has("logistics.safety_stock"), best.toString());
        assertTrue(best.get("guarantee").asText().contains("not a proof of a global optimum"));
        assertTrue(best.get("first_cleanup_replication").asInt() >= 3);
        assertTrue(best.get("estimate").get("lead_time_h").get("n").asInt() >= 4, best.toString());
        String report = Files.readString(dir.resolve("report.md"));
        assertTrue(report.contains("Design with the lowest"), report.substring(0, 800));
        assertTrue(report.contains("the scenario as typed"), report.substring(0, 1500));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("best "), out.toString(StandardCharsets.UTF_8));
        // every (design, replication) once: nothing was run twice
        List<String> rows = Files.readAllLines(dir.resolve("history.csv"));
        Set<String> seen = new HashSet<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            assertTrue(seen.add(cells[0] + "#" + cells[3]), row);
        }
        assertEquals("design,logistics.safety_stock,pack_line.buffer,replication,lead_time_h,vehicle_line_starved",
                String.join(",", List.of(rows.get(0).split(",")).subList(0, 6)));
    }

    /** best.yaml is a scenario that validates and runs, and its replications are the best design's. */
    @Test
    void aStudyWithoutDeltaTakesOnePercentOfTheStartsMean() throws Exception {
        Path dir = tmp.resolve("no-delta");
        List<String> args = List.of("optimize", study(STUDY.replace("delta: 0.05\n", "")).toString(), "--threads",
                "2", "--out", dir.toString());
        assertEquals(0, execute(args.toArray(String[]::new)), err());
        assertTrue(err().contains("optimize: no delta in the study: "), err());
        JsonNode best = Json.MAPPER.readTree(dir.resolve("best.json").toFile());
        assertEquals("selected", best.get("status").asText(), best.toString());
    }

    @Test
    void aCleanUpThatRanOutIsCarriedOnByALargerCleanUpBudgetAsIfItHadHadIt() throws Exception {
        Path small = tmp.resolve("small-cleanup");
        assertEquals(0, optimize(study(STUDY.replace("max_replications: 60", "max_replications: 9")), small), err());
        assertEquals(0, optimize(study(STUDY.replace("max_replications: 60", "max_replications: 9")), small,
                "--cleanup-budget", "60"), err());
        Path whole = tmp.resolve("whole-cleanup");
        assertEquals(0, optimize(study(STUDY), whole), err());
        JsonNode extended = Json.MAPPER.readTree(small.resolve("best.json").toFile());
        JsonNode direct = Json.MAPPER.readTree(whole.resolve("best.json").toFile());
        for (String f : List.of("status", "design", "cleanup_replications", "estimate")) {
            assertEquals(direct.get(f), extended.get(f), f);
        }
        // the same evaluations (in another order: the extension appends the clean-up's later rounds after the first
        // run's comparison with the scenario as typed)
        assertEquals(Files.readAllLines(whole.resolve("history.csv")).stream().sorted().toList(),
                Files.readAllLines(small.resolve("history.csv")).stream().sorted().toList());
    }

    @Test
    void aCleanUpBudgetBelowOneIsRefusedInOneLine() throws Exception {
        Path dir = tmp.resolve("refused");
        assertEquals(2, optimize(study(STUDY), dir, "--cleanup-budget", "0"));
        assertTrue(err().startsWith("error: --cleanup-budget must be between 1 and 100000000, got 0"), err());
        assertFalse(Files.exists(dir), "nothing written");
    }

    @Test
    void bestYamlValidatesAndRunsAsTheChosenDesign() throws Exception {
        Path dir = tmp.resolve("out");
        assertEquals(0, optimize(study(STUDY), dir), err());
        Path bestYaml = dir.resolve("best.yaml");
        assertEquals(0, execute("validate", bestYaml.toString()), err());
        JsonNode best = Json.MAPPER.readTree(dir.resolve("best.json").toFile());
        Scenario s = ScenarioReader.read(bestYaml);
        assertEquals(best.get("design").get("logistics.safety_stock").asInt(), s.logistics().safetyStock());
        assertEquals(2 * 86400.0, s.run().horizon());
        Path run = tmp.resolve("run");
        assertEquals(0, execute("run", bestYaml.toString(), "--replications", "2", "--quiet", "--no-report",
                "--out", run.toString()), err());
        List<String> reps = Files.readAllLines(run.resolve("replications.csv"));
        List<String> head = List.of(reps.get(0).split(","));
        int col = head.indexOf("lead_time_h");
        String name = best.get("name").asText();
        for (int r = 0; r < 2; r++) {
            String ran = reps.get(1 + r).split(",")[col];
            String saved = historyValue(dir.resolve("history.csv"), name, r);
            assertNotNull(saved, "the best has replication " + r + " in the history");
            assertEquals(Double.parseDouble(saved), Double.parseDouble(ran), 1e-9 * Math.abs(Double.parseDouble(ran)),
                    "replication " + r);
        }
    }

    private static String historyValue(Path history, String design, int replication) throws IOException {
        for (String row : Files.readAllLines(history)) {
            String quoted = "\"" + design + "\",";
            if (row.startsWith(quoted)) {
                String[] rest = row.substring(quoted.length()).split(",");
                if (Integer.parseInt(rest[2]) == replication) {
                    return rest[3];
                }
            }
        }
        return null;
    }

    /**
     * A search stopped part-way (its history cut anywhere, even mid-row) and run again ends exactly as one that was
     * never stopped: the same history to the byte (nothing run twice, nothing lost), the same best and designs.
     */
    @Test
    void aStoppedSearchResumedEqualsOneNeverStopped() throws Exception {
        Path study = study(STUDY);
        Path whole = tmp.resolve("whole");
        assertEquals(0, optimize(study, whole), err());
        String history = Files.readString(whole.resolve("history.csv"));
        List<String> lines = history.lines().toList();
        assertTrue(lines.size() > 20, "a history worth cutting: " + lines.size());
        // the folder as a kill would leave it: marker, study, identity and part of the history, the last row cut
        Path stopped = tmp.resolve("stopped");
        Files.createDirectories(stopped);
        for (String f : List.of(".fifsim-results", "study.yaml", "study.json")) {
            Files.copy(whole.resolve(f), stopped.resolve(f));
        }
        int keep = lines.size() / 3;
        String cut = String.join("\n", lines.subList(0, keep)) + "\n" + lines.get(keep).substring(0, 10);
        Files.writeString(stopped.resolve("history.csv"), cut);
        assertEquals(0, optimize(study, stopped), err());
        assertEquals(history, Files.readString(stopped.resolve("history.csv")));
        assertEquals(Files.readString(whole.resolve("best.json")), Files.readString(stopped.resolve("best.json")));
        assertEquals(Files.readString(whole.resolve("designs.csv")), Files.readString(stopped.resolve("designs.csv")));
        assertEquals(Files.readString(whole.resolve("best.yaml")).replace("/whole/", "/stopped/"),
                Files.readString(stopped.resolve("best.yaml")));
        // and a finished folder run again simulates nothing new
        assertEquals(0, optimize(study, stopped), err());
        assertEquals(history, Files.readString(stopped.resolve("history.csv")));
    }

    @Test
    void refusesAFolderItDidNotWriteAndTheSearchOfAnotherStudy() throws Exception {
        Path study = study(STUDY);
        Path mine = tmp.resolve("notes");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("todo.txt"), "mine");
        assertEquals(2, optimize(study, mine), err());
        assertTrue(err().startsWith("error: ") && err().contains("not a fifsim results folder"), err());
        assertEquals(List.of(mine.resolve("todo.txt")), Files.list(mine).toList());

        Path dir = tmp.resolve("out");
        assertEquals(0, optimize(study, dir, "--budget", "6"), err());
        String history = Files.readString(dir.resolve("history.csv"));
        Path other = tmp.resolve("other.yaml");
        Files.writeString(other, STUDY.replace("seed: 3", "seed: 4"));
        assertEquals(2, optimize(other, dir), err());
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("holds the search of another study"), err());
        assertEquals(history, Files.readString(dir.resolve("history.csv")));

        // a history changed by hand is not read as this study's: refused, and left as it is
        String tampered = history.replaceFirst("lead_time_h", "lead_time_d");
        Files.writeString(dir.resolve("history.csv"), tampered);
        assertEquals(2, optimize(study, dir), err());
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("history.csv was written by another study"), err());
        assertEquals(tampered, Files.readString(dir.resolve("history.csv")));
    }

    /** Each broken study: one line per problem with file:line:column, the key and the rule; exit 2; nothing written. */
    @Test
    void studyFileErrorsAreLocatedOneLineEachAndExitTwo() throws Exception {
        String[][] cases = {
            {"minimize: lead_time_h", "minimize: lead_tme_h", ":6:11: minimize: is not a KPI fifsim reports, did "
                    + "you mean 'lead_time_h'?"},
            {"pack_line.buffer: {from: 1, to: 4}", "pack_line.bufer: {from: 1, to: 4}", ":5:27: decide.pack_line.bufer"
                    + ".from: as pack_line.bufer: unknown key, did you mean 'buffer'?"},
            {"pack_line.buffer: {from: 1, to: 4}", "vehicle_line.takt: {from: 0s, to: 40s, step: 10s}",
                    ":5:29: decide.vehicle_line.takt.from: as vehicle_line.takt:"},
            {"{from: 2, to: 14, step: 3}", "{from: 2, to: 13, step: 3}", ":4:41: decide.logistics.safety_stock.to: "
                    + "must be from plus a whole number of steps"},
            {"{from: 2, to: 14, step: 3}", "{from: 2h, to: 14, step: 3}", ":4:42: decide.logistics.safety_stock.to: "
                    + "must be in the unit of from (h)"},
            {"delta: 0.05", "delta: 0", ":7:8: delta: must be a number above zero"},
            {"at_most: 20%", "at_mots: 20%", ":8:37: subject_to.vehicle_line_starved.at_mots: unknown key, did you "
                    + "mean 'at_most'?"},
            {"pcs: 90%", "pcs: 40%", ":10:33: cleanup.pcs: must be above 50% and below 100%"},
            {"set: {run.horizon: 2d", "set: {run.horizon: 2x", ":11:20: set.run.horizon: unknown unit 'x'"},
            {"scenario: small.yaml", "scenario: nowhere.yaml", ":1:11: scenario: no scenario file"},
            {"seed: 3}", "seed: 3}\nstart: {pack_line.buffer: 7}", ":10:27: start.pack_line.buffer: must be on the "
                    + "grid 1 to 4 by 1"},
        };
        for (String[] c : cases) {
            Path f = study(STUDY.replace(c[0], c[1]));
            Path dir = tmp.resolve("bad");
            assertEquals(2, optimize(f, dir), c[1] + ": " + err());
            assertEquals(1, err().lines().count(), c[1] + ": " + err());
            assertTrue(err().startsWith("error: " + f + c[2]), c[1] + ": " + err());
            assertFalse(err().contains("Exception"), err());
            assertFalse(Files.exists(dir), c[1]);
        }
    }

    /** validate knows a study (top-level decide:) and reads it as optimize does, not as a scenario with odd keys. */
    @Test
    void validateReadsStudyFilesAsStudies() throws Exception {
        assertEquals(0, execute("validate", "scenarios/studies/fif-best.yaml", "scenarios/seres-fif.yaml"), err());
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("ok: scenarios/studies/fif-best.yaml: study of 144 designs (2 keys) of seres-fif.yaml"),
                said);
        assertTrue(said.contains("ok: scenarios/seres-fif.yaml: "), said);
        Path bad = study(STUDY.replace("delta: 0.05", "delta: 0"));
        assertEquals(2, execute("validate", bad.toString()), err());
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("error: " + bad + ":7:8: delta: must be a number above zero"), err());
    }
}
