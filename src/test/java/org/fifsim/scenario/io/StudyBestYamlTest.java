package org.fifsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.optimize.Study;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The study file read against a real scenario (the remote baseline, which extends seres-fif.yaml and decides keys
 * inside its stage list), and best.yaml written from it: a scenario that extends the study's and means exactly what
 * the overrides meant, though extends replaces lists whole.
 */
class StudyBestYamlTest {
    @TempDir
    Path tmp;

    private Path studyFile(String text) throws Exception {
        Path f = tmp.resolve("study.yaml");
        Files.writeString(f, text.replace("SCENARIO", Path.of("scenarios/seres-remote.yaml").toAbsolutePath()
                .toString()));
        return f;
    }

    private static final String STUDY = """
            scenario: SCENARIO
            decide:
              logistics.stages.fg-warehouse.target_cover: {from: 4h, to: 24h, step: 5h}
              logistics.stages.road.fleet: {from: 10, to: 14}
              logistics.safety_stock: {from: 30, to: 240, step: 10}
            minimize: cost_total_cny
            delta: 2e6
            subject_to: {vehicle_line_starved: {at_most: 0.1%}}
            set: {run.horizon: 120d}
            """;

    @Test
    void theScenariosOwnValuesAreTheStartSnappedToTheGrid() throws Exception {
        Study s = StudyReader.read(studyFile(STUDY));
        assertEquals("logistics.stages.fg-warehouse.target_cover=24h,logistics.stages.road.fleet=14,"
                + "logistics.safety_stock=120", s.space().name(s.start()));
        assertEquals(Map.of("logistics.stages.fg-warehouse.target_cover", "24h", "logistics.stages.road.fleet", "14",
                "logistics.safety_stock", "120"), s.typed());
        assertEquals(List.of(4, 4, 9), List.of(s.typedLevels()[0], s.typedLevels()[1], s.typedLevels()[2]));
        assertEquals(0.001, s.constraints().get(0).bound(), 1e-15);
        assertEquals(0.0002, s.constraints().get(0).eps(), 1e-15); // a fifth of the bound, as select's default
        assertEquals(400, s.search().budget());
        // a start given in the file wins; off the scenario's grid the scenario as typed is no design of the space
        Study t = StudyReader.read(studyFile(STUDY.replace("set:", "start: {logistics.stages.road.fleet: 11}\nset:")
                .replace("{from: 4h, to: 24h, step: 5h}", "{from: 5h, to: 25h, step: 5h}")));
        assertEquals("logistics.stages.fg-warehouse.target_cover=25h,logistics.stages.road.fleet=11,"
                + "logistics.safety_stock=120", t.space().name(t.start()));
        assertEquals(null, t.typedLevels());
    }

    @Test
    void bestYamlExtendsTheScenarioAndMeansWhatTheOverridesMeant() throws Exception {
        Study s = StudyReader.read(studyFile(STUDY));
        int[] levels = {1, 1, 3};
        Path out = tmp.resolve("results");
        Files.createDirectories(out);
        String rel = out.toAbsolutePath().relativize(s.scenario().toAbsolutePath()).toString();
        String text = ScenarioYaml.extending(s.scenario(), rel, "seres-remote-optimized", "chosen", List.of("head"),
                s.overrides(levels));
        assertTrue(text.startsWith("# head\nextends: "), text);
        assertTrue(text.contains("fleet: 11"), text);
        Path best = out.resolve("best.yaml");
        Files.writeString(best, text);
        Scenario read = ScenarioReader.read(best);
        Scenario meant = ScenarioReader.read(s.scenario(), s.overrides(levels));
        assertEquals(meant.logistics(), read.logistics());
        assertEquals(meant.run(), read.run());
        assertEquals(meant.packLine(), read.packLine());
        assertEquals(meant.orders(), read.orders());
        assertEquals("seres-remote-optimized", read.name());
        // and the overrides changed something: the stage list was not simply inherited
        assertNotEquals(ScenarioReader.read(s.scenario()).logistics(), read.logistics());
    }

    @Test
    void aDecidedKeyTheScenarioRefusesAtAGridEndIsLocatedInTheStudy() throws Exception {
        Path f = studyFile(STUDY.replace("{from: 4h, to: 24h, step: 5h}", "{from: 0h, to: 24h, step: 6h}"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> StudyReader.read(f));
        assertEquals(1, e.problems().size(), e.problems().toString());
        String line = e.problems().get(0).format();
        assertTrue(line.startsWith("error: " + f + ":3:54: decide.logistics.stages.fg-warehouse.target_cover.from: "
                + "as logistics.stages[0].target_cover: must be above zero"), line);
    }

    @Test
    void ordersOfKeysAreKept() throws Exception {
        Study s = StudyReader.read(studyFile(STUDY));
        Map<String, String> o = new LinkedHashMap<>(s.overrides(s.start()));
        assertEquals(List.of("run.horizon", "logistics.stages.fg-warehouse.target_cover",
                "logistics.stages.road.fleet", "logistics.safety_stock"), List.copyOf(o.keySet()));
    }
}
