package org.fifsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.scenario.Keys;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.StageSpec;
import org.junit.jupiter.api.Test;

/** The reader reads the keys {@link Keys} declares, with their defaults, and no other. */
class DeclaredKeysTest {
    private static final Path FILE = Path.of("t.yaml");

    private static double number(String key) {
        return Keys.find(key).orElseThrow().defaultNumber();
    }

    @Test
    void aKeyTheRegistryLacksCannotBeRead() {
        List<Problem> problems = new ArrayList<>();
        YNode root = YamlLoader.parse(FILE, "run: {horizon: 1d}\n", problems);
        Fields top = Fields.scenario(root, new Position(FILE, 1, 1), problems);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> top.has("no_such_key"));
        assertTrue(e.getMessage().contains("no_such_key"), e.getMessage());
        Fields run = top.section("run");
        assertThrows(IllegalStateException.class, () -> run.duration("horizn"));
        assertEquals(86400.0, run.duration("horizon"));
    }

    @Test
    void anOmittedKeyTakesTheDeclaredDefault() throws Exception {
        Scenario s = ScenarioReader.parse(FILE, """
                name: t
                run: {}
                vehicle_line: {takt: 45s}
                pack_line: {stations: [{name: a, cycle_time: 40s}]}
                logistics: {mode: remote, stages: [{name: r, type: road, truck_capacity: 2, fleet: 1, transit: 1h}]}
                """);
        assertEquals(number("run.horizon"), s.run().horizon());
        assertEquals(number("run.warmup"), s.run().warmup());
        assertEquals(number("run.replications"), s.run().replications());
        assertEquals((long) number("run.seed"), s.run().seed());
        assertEquals(number("pack_line.yield"), s.packLine().yield());
        assertEquals(number("logistics.safety_stock"), s.logistics().safetyStock());
        assertEquals(number("pack_kwh"), s.packKwh());
        assertEquals(number("energy.line.base_kw"), s.energy().baseKw());
        StageSpec.Road road = (StageSpec.Road) s.logistics().stages().get(0);
        assertEquals(number("logistics.stages.<name>.max_drive"), road.maxDrive());
        assertEquals(number("logistics.stages.<name>.rest"), road.rest());
    }

    @Test
    void aWordOutsideAChoiceIsToldTheDeclaredWords() {
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> ScenarioReader.parse(FILE, """
                        name: t
                        run: {}
                        vehicle_line: {takt: 45s}
                        pack_line: {stations: [{name: a, cycle_time: 40s, failure_clock: wall}]}
                        logistics:
                          mode: remote
                          stages: [{name: s, type: shelf}]
                          replenishment: {rule: mrp}
                        """));
        assertEquals(List.of(
                "error: t.yaml:4:66: pack_line.stations[0].failure_clock: must be 'clock' or 'operating', got 'wall'",
                "error: t.yaml:7:28: logistics.stages[0].type: must be 'store', 'road' or 'transfer', got 'shelf'",
                "error: t.yaml:8:25: logistics.replenishment.rule: must be 'kanban' or 'reorder_point', got 'mrp'"),
                e.problems().stream().map(Problem::format).toList());
        e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> ScenarioReader.parse(FILE,
                "name: t\nrun: {}\nvehicle_line: {takt: 45s}\npack_line: {stations: [{name: a, cycle_time: 40s}]}\n"
                        + "logistics: {mode: far, transfer: 1h}\n"));
        assertEquals(List.of("error: t.yaml:5:19: logistics.mode: must be 'co-located' or 'remote', got 'far'"),
                e.problems().stream().map(Problem::format).toList());
    }
}
