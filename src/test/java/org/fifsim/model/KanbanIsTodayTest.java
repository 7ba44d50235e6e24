package org.fifsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.experiment.engine.Experiment;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.StageSpec;
import org.fifsim.scenario.io.ScenarioReader;
import org.fifsim.store.SummaryJson;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code policy: kanban} is the stock points' behaviour before base stock became the default, bit for bit: every
 * shipped scenario with all its stores under kanban gives the summary the model gave before the change
 * (src/test/resources/kanban-today: the golden files of that version, kept as they were, and the summary that
 * version's {@code fifsim run} wrote for textbook/inv-const.yaml). Only the quality figures
 * moved on purpose: the annual ones are now estimated as rate x per incident, and what was realised is compared under
 * its new {@code …_realised} name; KPIs that did not exist then are not compared.
 */
class KanbanIsTodayTest {
    private static final Map<String, String> REALISED = Map.of("quality_incidents", "quality_incidents_realised",
            "quarantined_packs", "quarantined_packs_realised", "vehicles_recalled", "vehicles_recalled_realised",
            "vehicles_lost", "vehicles_lost_realised");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seres-remote", "yibin-remote", "seres-remote-jis", "seres-fif", "inv-const"})
    void kanbanGivesTheSummaryOfBefore(String name) throws Exception {
        // inv-const (textbook/): one stock point with frequent stock-outs, where the two policies differ most; the
        // shipped files at the golden test's short run, where they differ only when the inbound store runs out
        boolean textbook = name.equals("inv-const");
        Path file = textbook ? Path.of("src/test/resources/textbook", name + ".yaml")
                : Path.of("scenarios", name + ".yaml");
        Map<String, String> overrides = new LinkedHashMap<>(textbook ? Map.of() : GoldenShort.SHORT);
        Scenario plain = ScenarioReader.read(file, new LinkedHashMap<>(overrides));
        int stores = 0;
        for (StageSpec s : plain.logistics().stages()) {
            if (s instanceof StageSpec.Store) {
                overrides.put("logistics.stages." + s.name() + ".policy", "kanban");
                stores++;
            }
        }
        Scenario s = ScenarioReader.read(file, overrides);
        assertEquals(stores, s.logistics().stages().stream().filter(st -> st instanceof StageSpec.Store store
                && store.policy() == StageSpec.Store.Policy.KANBAN).count());
        List<ReplicationResult> results = Experiment.run(s, 2, done -> { });
        if (textbook) {
            assertTrue(s.logistics().stages().size() == 4 && stores == 2);
        }
        Path actual = tmp.resolve("summary.json");
        SummaryJson.write(actual, s, results.size(), KpiSummary.of(results));
        JsonNode want = JSON.readTree(Path.of("src/test/resources/kanban-today", name + ".summary.json").toFile())
                .get("kpis");
        JsonNode got = JSON.readTree(actual.toFile()).get("kpis");
        List<String> diffs = new ArrayList<>();
        for (Iterator<String> it = want.fieldNames(); it.hasNext();) {
            String kpi = it.next();
            String now = REALISED.getOrDefault(kpi, kpi);
            assertTrue(got.has(now), kpi + " is gone");
            for (String field : List.of("mean", "stddev", "ci95_low", "ci95_high", "n")) {
                double a = want.get(kpi).get(field).asDouble();
                double b = got.get(now).get(field).asDouble();
                if (Double.compare(a, b) != 0) {
                    diffs.add(kpi + "." + field + ": " + a + " -> " + b);
                }
            }
        }
        assertTrue(diffs.isEmpty(), diffs.size() + " differences: " + diffs.subList(0, Math.min(5, diffs.size())));
        assertTrue(Files.exists(actual));
    }
}
