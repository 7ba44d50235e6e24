package org.fifsim;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.experiment.engine.Experiment;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.ScenarioReader;
import org.fifsim.store.SummaryJson;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped scenario (scenarios/*.yaml), run at a short horizon, gives the checked-in summary
 * (src/test/resources/golden/NAME.summary.json) to 1e-9 relative: any change to what the model computes shows up
 * here, on purpose. After a deliberate model change, regenerate the expected files with one command and review the
 * diff before committing it:
 *
 * <pre>mvn -q test -Dtest=GoldenScenariosTest -Dgolden.update=true</pre>
 */
class GoldenScenariosTest {
    static final Path SCENARIOS = Path.of("scenarios");
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    /** Short enough for a unit test, long enough for the remote pipeline (about two days) to deliver. */
    static final Map<String, String> SHORT = Map.of("run.horizon", "4d", "run.warmup", "1d", "run.replications", "2");
    private static final double RELATIVE = 1e-9;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static Stream<Path> shipped() throws IOException {
        try (Stream<Path> s = Files.list(SCENARIOS)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void summaryMatchesTheCheckedInOne(Path file) throws Exception {
        Scenario s = ScenarioReader.read(file, new java.util.LinkedHashMap<>(SHORT));
        List<ReplicationResult> results = Experiment.run(s, 2, done -> { });
        Path actual = tmp.resolve("summary.json");
        SummaryJson.write(actual, s, results.size(), KpiSummary.of(results));
        Path expected = GOLDEN.resolve(file.getFileName().toString().replace(".yaml", ".summary.json"));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.copy(actual, expected, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        assertTrue(Files.exists(expected), "no expected summary " + expected + "; create it with "
                + "mvn -q test -Dtest=GoldenScenariosTest -Dgolden.update=true");
        List<String> diffs = new ArrayList<>();
        compare("", JSON.readTree(expected.toFile()), JSON.readTree(actual.toFile()), diffs);
        if (!diffs.isEmpty()) {
            fail(file + " no longer gives " + expected + " (" + diffs.size() + " differences; first: "
                    + String.join("; ", diffs.subList(0, Math.min(5, diffs.size()))) + "). If the model changed on "
                    + "purpose, regenerate: mvn -q test -Dtest=GoldenScenariosTest -Dgolden.update=true");
        }
    }

    /**
     * The default comparison at steady state: 130 days (a 10-day warm-up, as shipped) and 2 replications, long enough
     * for quality incidents in both designs and for the remote pipe to run full (the 4-day goldens above see neither).
     * comparison.json, claims.json and both summaries must match src/test/resources/golden/steady/; the same
     * {@code -Dgolden.update=true} regenerates them.
     */
    @org.junit.jupiter.api.Test
    void steadyStateComparisonMatchesTheCheckedInOne() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("scenarios"));
        for (String name : List.of("seres-fif", "seres-remote")) {
            String text = Files.readString(SCENARIOS.resolve(name + ".yaml"))
                    .replaceFirst("(?m)^(\\s*horizon:).*$", "$1 130d")
                    .replaceFirst("(?m)^(\\s*replications:).*$", "$1 2");
            Files.writeString(in.resolve(name + ".yaml"), text);
        }
        Path out = tmp.resolve("steady");
        java.io.PrintStream stdout = System.out;
        int exit;
        try {
            System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            exit = org.fifsim.cli.Main.execute("compare", in.resolve("seres-remote.yaml").toString(),
                    in.resolve("seres-fif.yaml").toString(), "--claims", "scenarios/claims/seres.yaml", "--quiet",
                    "--out", out.toString());
        } finally {
            System.setOut(stdout);
        }
        org.junit.jupiter.api.Assertions.assertEquals(0, exit, "the steady-state comparison runs");
        Path golden = GOLDEN.resolve("steady");
        Map<String, String> files = Map.of("comparison.json", "comparison.json", "claims.json", "claims.json",
                "seres-remote/summary.json", "seres-remote.summary.json", "seres-fif/summary.json",
                "seres-fif.summary.json");
        List<String> diffs = new ArrayList<>();
        for (Map.Entry<String, String> f : new java.util.TreeMap<>(files).entrySet()) {
            Path actual = out.resolve(f.getKey());
            Path expected = golden.resolve(f.getValue());
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(golden);
                Files.copy(actual, expected, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                continue;
            }
            assertTrue(Files.exists(expected), "no expected " + expected + "; create it with "
                    + "mvn -q test -Dtest=GoldenScenariosTest -Dgolden.update=true");
            compare(f.getValue(), JSON.readTree(expected.toFile()), JSON.readTree(actual.toFile()), diffs);
        }
        if (!diffs.isEmpty()) {
            fail("the steady-state comparison changed (" + diffs.size() + " differences; first: "
                    + String.join("; ", diffs.subList(0, Math.min(5, diffs.size()))) + "). If the model changed on "
                    + "purpose, regenerate: mvn -q test -Dtest=GoldenScenariosTest -Dgolden.update=true");
        }
        // what makes it steady: both designs saw quality incidents, and the remote pipe holds its ~2 days
        JsonNode remote = JSON.readTree(golden.resolve("seres-remote.summary.json").toFile()).path("kpis");
        JsonNode fif = JSON.readTree(golden.resolve("seres-fif.summary.json").toFile()).path("kpis");
        assertTrue(remote.at("/quality_incidents_realised/mean").asDouble() > 0
                && fif.at("/quality_incidents_realised/mean").asDouble() > 0, "quality incidents seen in both designs");
        assertTrue(remote.at("/lead_time_h/mean").asDouble() > 40, "the remote pipe is full");
    }

    /** Differences between two JSON trees, numbers to {@link #RELATIVE}, by path. */
    static void compare(String path, JsonNode want, JsonNode got, List<String> diffs) {
        if (want.isNumber() && got.isNumber()) {
            double a = want.asDouble();
            double b = got.asDouble();
            if (!(Math.abs(a - b) <= RELATIVE * Math.max(Math.abs(a), Math.abs(b)) || a == b)) {
                diffs.add(path + ": " + a + " -> " + b);
            }
        } else if (want.isObject() && got.isObject()) {
            for (Iterator<String> it = want.fieldNames(); it.hasNext();) {
                String k = it.next();
                if (got.has(k)) {
                    compare(path + "/" + k, want.get(k), got.get(k), diffs);
                } else {
                    diffs.add(path + "/" + k + ": gone");
                }
            }
            for (Iterator<String> it = got.fieldNames(); it.hasNext();) {
                String k = it.next();
                if (!want.has(k)) {
                    diffs.add(path + "/" + k + ": new");
                }
            }
        } else if (want.isArray() && got.isArray() && want.size() == got.size()) {
            for (int i = 0; i < want.size(); i++) {
                compare(path + "/" + i, want.get(i), got.get(i), diffs);
            }
        } else if (!want.equals(got)) {
            diffs.add(path + ": " + want + " -> " + got);
        }
    }
}
