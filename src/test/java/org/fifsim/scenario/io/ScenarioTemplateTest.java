package org.fifsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario file read once; design points made from it as values, with the reader's own rules and words. */
class ScenarioTemplateTest {
    private static final Path FIF = Path.of("scenarios/seres-fif.yaml");
    private static final String BASE = "name: base\nrun: {horizon: 10d, warmup: 1d, replications: 3, seed: 5}\n"
            + "vehicle_line: {takt: 45s}\npack_line:\n  stations: [{name: a, cycle_time: 40s}]\n"
            + "logistics: {mode: co-located, transfer: 20min, safety_stock: 30}\n";

    @Test
    void aDesignIsTheFileReadWithItsOverrides() throws Exception {
        ScenarioTemplate t = ScenarioTemplate.of(FIF);
        Map<String, String> o = new LinkedHashMap<>();
        o.put("vehicle_line.takt", "40s");
        o.put("pack_line.stations.ctp-assembly.mtbf.exponential", "30h");
        assertEquals(ScenarioReader.read(FIF, o), t.with(o));
        assertEquals(ScenarioReader.read(FIF), t.plain());
        // points do not leak into each other or into the template
        assertEquals(40, t.with(Map.of("vehicle_line.takt", "40s")).vehicleLine().takt());
        assertEquals(ScenarioReader.read(FIF).vehicleLine().takt(), t.plain().vehicleLine().takt());
    }

    @Test
    void theFileIsReadOnceNotPerPoint(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base.yaml");
        Path child = dir.resolve("child.yaml");
        Files.writeString(base, BASE);
        Files.writeString(child, "extends: base.yaml\nname: child\n");
        ScenarioTemplate t = ScenarioTemplate.of(child);
        Files.delete(base);
        Files.delete(child);
        Scenario s = t.with(Map.of("vehicle_line.takt", "50s"));
        assertEquals(50, s.vehicleLine().takt());
        assertEquals(30, s.logistics().safetyStock(), "inherited from the base read with the template");
        assertEquals(child, s.source());
        assertThrows(ScenarioException.class, () -> ScenarioReader.read(child), "a fresh read would fail");
    }

    @Test
    void aBadPointGetsTheReadersLocatedProblemAndWarnings(@TempDir Path dir) throws Exception {
        ScenarioTemplate t = ScenarioTemplate.of(FIF);
        Map<String, String> o = new LinkedHashMap<>();
        o.put("run.horizon", "20d");
        o.put("vehicle_line.takt", "0s");
        ScenarioException viaTemplate = assertThrows(ScenarioException.class, () -> t.with(o));
        ScenarioException viaReader = assertThrows(ScenarioException.class, () -> ScenarioReader.read(FIF, o));
        List<String> lines = viaTemplate.problems().stream().map(Problem::format).toList();
        assertEquals(viaReader.problems().stream().map(Problem::format).toList(), lines);
        assertTrue(lines.get(0).startsWith("error: (command line):1:2: vehicle_line.takt: must be above zero"),
                lines.toString());
        List<Problem> w1 = new ArrayList<>();
        List<Problem> w2 = new ArrayList<>();
        Map<String, String> slow = Map.of("logistics.safety_stock", "1");
        t.with(slow, w1);
        ScenarioReader.read(FIF, slow, w2);
        assertEquals(w2, w1);
    }

    @Test
    void aBrokenFileReportsItsProblemsForEveryPoint(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.yaml");
        Files.writeString(f, BASE + "name: again\n"); // a duplicate key: the tree is read, with a problem
        ScenarioTemplate t = ScenarioTemplate.of(f);
        for (String takt : List.of("40s", "50s")) {
            ScenarioException e = assertThrows(ScenarioException.class,
                    () -> t.with(Map.of("vehicle_line.takt", takt)));
            ScenarioException r = assertThrows(ScenarioException.class,
                    () -> ScenarioReader.read(f, Map.of("vehicle_line.takt", takt)));
            assertEquals(r.problems(), e.problems());
        }
        assertNotEquals(List.of(), assertThrows(ScenarioException.class, t::plain).problems());
    }
}
