package org.fifsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolved text is what a cluster task reads: it must give back the very scenario it was written from. */
class ResolvedTextTest {
    @TempDir
    Path tmp;

    private static Scenario back(Scenario s) throws ScenarioException {
        return ScenarioReader.parse(s.source(), s.resolved());
    }

    @Test
    void everyShippedScenarioReadsBackEqual() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("scenarios"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            Scenario s = ScenarioReader.read(f);
            assertNotNull(s.resolved(), f.toString());
            assertEquals(s, back(s), f.toString());
        }
    }

    @Test
    void extendsAndOverridesAreResolvedIntoTheText() throws Exception {
        Path base = tmp.resolve("base.yaml");
        Files.writeString(base, """
                name: base
                description: "a: colon, a # hash and 'quotes'"
                run: {horizon: 3d, warmup: 1d, replications: 2, seed: 7}
                vehicle_line: {takt: 45s}
                pack_line:
                  stations:
                    - {name: s1, cycle_time: {triangular: [38s, 41s, 46s]}, mtbf: {exponential: 6h}, mttr: 20min}
                logistics: {mode: co-located, transfer: 20min, safety_stock: 10}
                """);
        Path child = tmp.resolve("child.yaml");
        Files.writeString(child, "extends: base.yaml\nname: child\npack_line: {yield: 0.99}\n");
        Scenario s = ScenarioReader.read(child, Map.of("vehicle_line.takt", "50s"));
        assertFalse(s.resolved().contains("extends"), s.resolved());
        Scenario b = back(s);
        assertEquals(s, b);
        assertEquals(50.0, b.vehicleLine().takt());
        assertEquals(0.99, b.packLine().yield());
        assertEquals("a: colon, a # hash and 'quotes'", b.description());
    }

    @Test
    void theTextIsStableUnderReadingBack() throws Exception {
        Scenario s = ScenarioReader.read(Path.of("scenarios/seres-remote.yaml"));
        assertEquals(s.resolved(), back(back(s)).resolved());
    }
}
