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
import org.fifsim.experiment.Experiment;
import org.fifsim.report.KpiSummary;
import org.fifsim.report.SummaryJson;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.ScenarioReader;
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
