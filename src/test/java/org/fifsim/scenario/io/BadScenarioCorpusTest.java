package org.fifsim.scenario.io;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the bad-scenario corpus (src/test/resources/bad) is rejected with located, one-line problems, and the
 * problem that the file was written for is reported with the right key, rule and line.
 */
class BadScenarioCorpusTest {
    static final Path CORPUS = Path.of("src", "test", "resources", "bad");
    /** The contract's error line: {@code error: FILE:LINE:COL: key: rule[, got VALUE]}. */
    static final Pattern LINE = Pattern.compile("^error: .+:\\d+:\\d+: \\S+: .+");

    /**
     * What a corpus file must report: a problem with this key whose rule contains {@code word}, at {@code line}
     * (0: not checked) of {@code where} (null: the corpus file itself); {@code count} is the exact number of problems
     * (0: not checked, where one mistake legitimately causes follow-on problems).
     */
    record Expect(String key, String word, int line, int count, String where) {
        Expect(String key, String word, int line) {
            this(key, word, line, 1, null);
        }
    }

    static final Map<String, Expect> EXPECTED = Map.ofEntries(
            entry("syntax-bad-indentation.yaml", new Expect("(yaml)", "syntax error", 5)),
            entry("syntax-unclosed-bracket.yaml", new Expect("(yaml)", "syntax error", 14)),
            entry("syntax-tab-indentation.yaml", new Expect("(yaml)", "syntax error", 9)),
            entry("empty.yaml", new Expect("(file)", "empty", 1)),
            entry("only-comments.yaml", new Expect("(file)", "empty", 1)),
            entry("binary.yaml", new Expect("(file)", "UTF-8", 1)),
            entry("top-level-list.yaml", new Expect("(file)", "map", 2)),
            entry("top-level-scalar.yaml", new Expect("(file)", "map", 2)),
            entry("type-list-for-duration.yaml", new Expect("vehicle_line.takt", "duration", 9)),
            entry("type-text-for-number.yaml", new Expect("pack_line.yield", "number", 15)),
            entry("type-text-for-integer.yaml", new Expect("run.replications", "whole number", 6)),
            entry("stations-not-a-list.yaml", new Expect("pack_line.stations", "must be a list", 12)),
            entry("empty-stations.yaml", new Expect("pack_line.stations", "at least one station", 12)),
            entry("unknown-key-top.yaml", new Expect("descripton", "did you mean 'description'", 3)),
            entry("unknown-key-yeild.yaml", new Expect("pack_line.yeild", "did you mean 'yield'", 15)),
            entry("unknown-key-replicatons.yaml", new Expect("run.replicatons", "did you mean 'replications'", 6)),
            // the typo also leaves the required cycle_time missing: two problems
            entry("unknown-key-in-station.yaml",
                    new Expect("pack_line.stations[0].cycletime", "did you mean 'cycle_time'", 13, 2, null)),
            // a key with a space is reported as "(key)" with the key as the value; vehicle_line is then missing too
            entry("unknown-key-with-space.yaml", new Expect("(key)", "did you mean 'vehicle_line'", 8, 0, null)),
            entry("duplicate-key.yaml", new Expect("pack_line.yield", "duplicate key", 17)),
            entry("cell-supply-target-cover-zero.yaml", new Expect("cell_supply.store.target_cover", "must be above zero",
                    22)),
            entry("road-vehicle-based-share.yaml", new Expect("accounting.road_vehicle_based", "is a switch", 8)),
            entry("road-vehicle-based-uniform.yaml", new Expect("accounting.road_vehicle_based", "is a switch", 8)),
            entry("missing-name.yaml", new Expect("name", "is required", 2)),
            entry("missing-run.yaml", new Expect("run", "is required", 2)),
            entry("missing-takt.yaml", new Expect("vehicle_line.takt", "is required", 9)),
            entry("missing-stations.yaml", new Expect("pack_line.stations", "is required", 11)),
            entry("missing-logistics-mode.yaml", new Expect("logistics.mode", "is required", 18)),
            entry("missing-transfer.yaml", new Expect("logistics.transfer", "is required", 18)),
            entry("logistics-mode-unknown.yaml", new Expect("logistics.mode", "'co-located' or 'remote'", 18)),
            entry("takt-zero.yaml", new Expect("vehicle_line.takt", "above zero", 9)),
            entry("number-java-double-suffix.yaml", new Expect("pack_line.buffer", "whole number", 11)),
            entry("number-hex-float.yaml", new Expect("pack_line.buffer", "whole number", 11)),
            entry("number-days-for-integer.yaml", new Expect("run.replications", "whole number", 6)),
            entry("number-java-float-suffix.yaml", new Expect("pack_line.rework", "number", 16)),
            entry("cycle-time-negative.yaml", new Expect("pack_line.stations[0].cycle_time", "negative", 13)),
            entry("unit-sec.yaml", new Expect("vehicle_line.takt", "unknown unit 'sec'", 9)),
            entry("unit-parsecs.yaml", new Expect("run.horizon", "unknown unit 'parsecs'", 4)),
            entry("distribution-unknown.yaml",
                    new Expect("pack_line.stations[0].mtbf.exponentail", "did you mean 'exponential'", 13)),
            entry("triangular-impossible.yaml",
                    new Expect("pack_line.stations[1].cycle_time.triangular", "min <= mode <= max", 14)),
            entry("uniform-low-above-high.yaml", new Expect("logistics.transfer.uniform", "low < high", 19)),
            entry("yield-above-one.yaml", new Expect("pack_line.yield", "(0, 1]", 15)),
            entry("yield-zero.yaml", new Expect("pack_line.yield", "(0, 1]", 15)),
            entry("rework-negative.yaml", new Expect("pack_line.rework", "[0, 1]", 16)),
            entry("warmup-not-shorter.yaml", new Expect("run.warmup", "shorter than run.horizon", 5)),
            entry("replications-zero.yaml", new Expect("run.replications", "between 1 and 10000", 6)),
            entry("horizon-absurd.yaml", new Expect("run.horizon", "at most 36500d", 4)),
            entry("replications-absurd.yaml", new Expect("run.replications", "between 1 and 10000", 6)),
            entry("name-dotdot.yaml", new Expect("name", "results folder", 2)),
            entry("name-slash.yaml", new Expect("name", "results folder", 2)),
            entry("name-upper.yaml", new Expect("name", "results folder", 2)),
            entry("name-multiline.yaml", new Expect("name", "results folder", 2)),
            entry("station-name-twice.yaml", new Expect("pack_line.stations[1].name", "unique", 14)),
            entry("mtbf-without-mttr.yaml", new Expect("pack_line.stations[0].mttr", "required when mtbf", 13)),
            entry("vehicle-mttr-without-mtbf.yaml", new Expect("vehicle_line.mtbf", "required when mttr", 9)),
            entry("variants-without-orders.yaml", new Expect("variants", "need an orders section", 17)),
            entry("variant-shares-sum.yaml", new Expect("variants", "add up to 1", 18)),
            entry("orders-sequence-miss-unknown.yaml", new Expect("orders.sequence_miss", "'wait' or 'rework'", 18)),
            entry("variant-station-unknown.yaml",
                    new Expect("variants[0].cycle_time.weldng", "did you mean 'welding'", 18)),
            entry("orders-missing-interarrival.yaml", new Expect("orders.interarrival", "is required", 17)),
            entry("orders-load-and-interarrival.yaml", new Expect("orders.load", "not both", 18)),
            entry("orders-load-zero.yaml", new Expect("orders.load", "must be in (0, 10]", 17)),
            entry("variant-value-unbounded.yaml",
                    new Expect("variants[0].value_cny", "every value a distribution can draw must be", 18)),
            entry("quality-station-unknown.yaml", new Expect("quality.station", "did you mean 'welding'", 17)),
            entry("quality-detection-point-unknown.yaml",
                    new Expect("quality.detection.point", "'pack_eol', 'vehicle_eol' or 'field'", 19)),
            entry("orders-with-reorder-point.yaml", new Expect("orders", "must be kanban", 18)),
            entry("orders-packs-from-stock-without-stock-point.yaml",
                    new Expect("orders.packs_from", "needs a stock point", 18)),
            entry("orders-packs-from-stock-line-side-reorder-point.yaml",
                    new Expect("orders.packs_from", "line_side_replenishment must be kanban", 21)),
            entry("failure-clock-sometimes.yaml",
                    new Expect("pack_line.stations[0].failure_clock", "'clock' or 'operating'", 13)),
            entry("store-handling-negative.yaml", new Expect("logistics.stages[0].handling", "negative", 21)),
            entry("store-target-cover-zero.yaml", new Expect("logistics.stages[0].target_cover", "above zero", 21)),
            entry("road-speed-zero.yaml", new Expect("logistics.stages[0].speed_kmh", "(0, 200] km/h", 21)),
            entry("road-speed-without-distance.yaml",
                    new Expect("logistics.stages[0].speed_kmh", "needs distance_km", 21)),
            entry("road-no-transit-no-speed.yaml", new Expect("logistics.stages[0].transit", "is required", 21)),
            entry("disruption-unknown-road.yaml",
                    new Expect("logistics.disruptions[0].roads[0]", "did you mean 'road'", 23)),
            entry("cell-supply-missing-store.yaml", new Expect("cell_supply.store", "is required", 19)),
            entry("cell-supply-mass-zero.yaml", new Expect("cell_supply.cell_mass_kg", "(0, 10000] kg", 20)),
            entry("extends-missing.yaml", new Expect("extends", "no such file", 2)),
            // the cycle is closed by the other file's extends line, so that is where it is reported
            entry("extends-cycle-a.yaml", new Expect("extends", "cycle", 2, 1, "extends-cycle-b.yaml")),
            entry("extends-cycle-b.yaml", new Expect("extends", "cycle", 2, 1, "extends-cycle-a.yaml")),
            // the bad value is inherited: the problem points into the base file, where it is written
            entry("extends-bad-base.yaml", new Expect("pack_line.yield", "(0, 1]", 15, 1, "bases/yield-high-base.yaml")));

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static List<Problem> problems(Path file) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(file),
                file + " was accepted");
        assertFalse(e.problems().isEmpty(), file + ": exception without problems");
        return e.problems();
    }

    @Test
    void corpusIsLargeAndEveryFileHasARowAndAComment() throws IOException {
        List<String> names = corpus().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.size() >= 28, "corpus has only " + names.size() + " files");
        assertEquals(names.stream().sorted().toList(), EXPECTED.keySet().stream().sorted().toList(),
                "every corpus file needs exactly one row in EXPECTED");
        for (Path p : corpus().toList()) {
            byte[] bytes = Files.readAllBytes(p);
            if (p.getFileName().toString().equals("empty.yaml")) {
                assertEquals(0, bytes.length, "empty.yaml must stay empty");
                continue;
            }
            assertTrue(bytes.length > 2 && bytes[0] == '#' && bytes[1] == ' ', p + ": line 1 must be a comment");
        }
    }

    @Test
    void binaryFileReallyHasNulBytesAndInvalidUtf8() throws IOException {
        byte[] bytes = Files.readAllBytes(CORPUS.resolve("binary.yaml"));
        boolean nul = false;
        for (byte b : bytes) {
            nul |= b == 0;
        }
        assertTrue(nul, "binary.yaml lost its NUL bytes");
        assertFalse(new String(bytes, StandardCharsets.UTF_8).equals(
                new String(bytes, StandardCharsets.ISO_8859_1)), "binary.yaml is plain ASCII");
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\uFFFD"), "binary.yaml is valid UTF-8");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyProblemIsOneLocatedLineInTheRightFile(Path file) {
        Expect ex = EXPECTED.get(file.getFileName().toString());
        assertNotNull(ex, "no EXPECTED row for " + file);
        Path where = ex.where() == null ? file : file.resolveSibling(ex.where());
        for (Problem p : problems(file)) {
            String line = p.format();
            assertTrue(LINE.matcher(line).matches(), "not an error line: " + line);
            assertFalse(line.contains("\n") || line.contains("\r"), "problem spans several lines: " + line);
            Path at = p.at().file().normalize();
            assertTrue(at.equals(file.normalize()) || at.equals(where.normalize()),
                    "points at " + at + ", neither " + file + " nor " + where + ": " + line);
            assertTrue(line.startsWith("error: " + p.at().file() + ":" + p.at().line() + ":" + p.at().column() + ": "),
                    line);
            assertTrue(p.at().line() >= 1 && p.at().column() >= 1, line);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theRightProblemAtTheRightLine(Path file) {
        Expect ex = EXPECTED.get(file.getFileName().toString());
        assertNotNull(ex, "no EXPECTED row for " + file);
        List<Problem> problems = problems(file);
        String all = problems.stream().map(Problem::format).collect(Collectors.joining("\n  ", "\n  ", ""));
        Path where = (ex.where() == null ? file : file.resolveSibling(ex.where())).normalize();
        Problem hit = problems.stream()
                .filter(p -> p.key().equals(ex.key()) && p.rule().contains(ex.word()))
                .findFirst().orElse(null);
        if (hit == null) {
            fail(file + ": expected " + ex.key() + ": ..." + ex.word() + "... among:" + all);
        }
        assertEquals(where, hit.at().file().normalize(), file + ": wrong file:" + all);
        if (ex.line() > 0) {
            assertEquals(ex.line(), hit.at().line(), file + ": wrong line:" + all);
        }
        if (ex.count() > 0) {
            assertEquals(ex.count(), problems.size(), file + ": expected " + ex.count() + " problem(s):" + all);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void problemsComeInFileOrder(Path file) {
        List<Problem> problems = problems(file);
        for (int i = 1; i < problems.size(); i++) {
            Position a = problems.get(i - 1).at();
            Position b = problems.get(i).at();
            if (a.file().equals(b.file())) {
                assertTrue(a.line() < b.line() || a.line() == b.line() && a.column() <= b.column(),
                        "out of file order: " + problems.get(i - 1).format() + " before " + problems.get(i).format());
            }
        }
    }

    @Test
    void threeProblemsAreReportedAtOnceInFileOrder() {
        Path file = Path.of("src", "test", "resources", "multi", "three-problems.yaml");
        List<Problem> problems = problems(file);
        List<String> got = new ArrayList<>();
        for (Problem p : problems) {
            got.add(p.at().line() + " " + p.key());
        }
        assertEquals(List.of("3 descripton", "17 pack_line.yeild", "18 pack_line.rework"), got,
                problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
        assertTrue(problems.get(0).rule().contains("did you mean 'description'"), problems.get(0).format());
        assertTrue(problems.get(1).rule().contains("did you mean 'yield'"), problems.get(1).format());
        assertTrue(problems.get(2).rule().contains("[0, 1]"), problems.get(2).format());
        assertTrue(problems.get(2).format().endsWith(", got '-0.1'"), problems.get(2).format());
    }

    @Test
    void unknownKeysGetADidYouMeanHint() {
        String yaml = """
                name: hints
                run: {horizon: 30d, replicatons: 3}
                vehicle_line: {takt: 45s}
                pack_line:
                  stations: [{name: s1, cycle_time: 40s}]
                  yeild: 0.99
                logistics: {mode: co-located, transfer: 20min}
                """;
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioReader.parse(Path.of("hints.yaml"), yaml));
        List<String> lines = e.problems().stream().map(Problem::format).toList();
        assertEquals(List.of(
                "error: hints.yaml:2:21: run.replicatons: unknown key, did you mean 'replications'?",
                "error: hints.yaml:6:3: pack_line.yeild: unknown key, did you mean 'yield'?"), lines);
    }

    @Test
    void anUnknownKeyFarFromAnyKnownOneListsTheKnownKeys() {
        String yaml = """
                name: far
                run: {horizon: 30d, zzzzzzzzzz: 3}
                vehicle_line: {takt: 45s}
                pack_line: {stations: [{name: s1, cycle_time: 40s}]}
                logistics: {mode: co-located, transfer: 20min}
                """;
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioReader.parse(Path.of("far.yaml"), yaml));
        assertEquals(1, e.problems().size(), e.getMessage());
        String rule = e.problems().get(0).rule();
        assertFalse(rule.contains("did you mean"), rule);
        assertTrue(rule.contains("replications") && rule.contains("horizon"), rule);
    }

    @Test
    void oddKeysAndValuesStayOnOneLocatedLine() {
        String yaml = """
                name: "two\\u2028lines\\r"
                "a\\nb": 1
                run: {horizon: 30d}
                vehicle_line: {takt: 45s}
                pack_line:
                  stations: [{name: s1, cycle_time: {"expo nential": 8h}}]
                  "yi eld": 0.99
                logistics: {mode: co-located, transfer: {normal: {mean: -1h, sd: 10min}}}
                """;
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioReader.parse(Path.of("odd.yaml"), yaml));
        List<String> lines = e.problems().stream().map(Problem::format).toList();
        for (String l : lines) {
            assertTrue(LINE.matcher(l).matches(), l);
            assertTrue(l.lines().count() == 1 && !l.contains("\u2028"), l);
        }
        assertEquals(List.of(
                "error: odd.yaml:1:7: name: must be 1-64 characters of a-z, 0-9 and '-', starting with a letter or"
                        + " digit (it names the results folder), got 'two\\u2028lines\\r'",
                "error: odd.yaml:2:1: (key): unknown key (known: extends, name, description, run, vehicle_line,"
                        + " pack_line, logistics, cell_supply, energy, accounting, pack_kwh, orders, variants, quality, service), got 'a\\nb'",
                "error: odd.yaml:6:38: pack_line.stations[0].cycle_time: unknown distribution, did you mean"
                        + " 'exponential'?, got 'expo nential'",
                "error: odd.yaml:7:3: pack_line: unknown key, did you mean 'yield'?, got 'yi eld'",
                "error: odd.yaml:8:57: logistics.transfer.normal.mean: must not be negative, got '-1h'"), lines);
    }

    @Test
    void nulBytesInValidUtf8AreRejectedAsBinary(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("nul.yaml");
        Files.write(f, "# NUL bytes but valid UTF-8\nname: x\0\0\0\n".getBytes(StandardCharsets.UTF_8));
        List<Problem> problems = problems(f);
        assertEquals(1, problems.size());
        assertEquals("(file)", problems.get(0).key());
        assertTrue(problems.get(0).rule().contains("NUL"), problems.get(0).format());
    }

    @Test
    void aMissingFileIsOneLocatedProblem(@TempDir Path dir) {
        Path f = dir.resolve("absent.yaml");
        List<Problem> problems = problems(f);
        assertEquals(1, problems.size());
        assertEquals("error: " + f + ":1:1: (file): no such file", problems.get(0).format());
    }

    @Test
    void theGoodExampleScenariosStillRead() throws Exception {
        assertEquals("seres-fif", ScenarioReader.read(Path.of("scenarios", "seres-fif.yaml")).name());
        assertEquals("bench-packline", ScenarioReader.read(Path.of("scenarios", "bench-packline.yaml")).name());
    }
}
