package org.fifsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

class OverridesTest {
    private static final Path FIF = Path.of("scenarios/seres-fif.yaml");

    @Test
    void setsValuesByDottedPathIndexAndName() throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("vehicle_line.takt", "40s");
        o.put("pack_line.stations.ctp-assembly.mtbf.exponential", "30h");
        o.put("pack_line.stations[0].cycle_time", "33s");
        o.put("energy.pv.annual_kwh", "1e6");
        Scenario s = ScenarioReader.read(FIF, o);
        assertEquals(40, s.vehicleLine().takt());
        assertEquals(new Distribution.Exponential(30 * 3600), s.packLine().stations().get(1).mtbf());
        assertEquals(new Distribution.Constant(33), s.packLine().stations().get(0).cycleTime());
        assertEquals(1e6, s.energy().pvAnnualKwh());
    }

    @Test
    void aBadOverrideIsALocatedProblem() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioReader.read(FIF, Map.of("vehicle_line.takt", "0s")));
        Problem p = e.problems().get(0);
        assertEquals("vehicle_line.takt", p.key());
        assertTrue(p.format().startsWith("error: (command line):1:1: vehicle_line.takt: must be above zero"), p.format());
        ScenarioException e2 = assertThrows(ScenarioException.class,
                () -> ScenarioReader.read(FIF, Map.of("pack_line.stations.nosuch.mtbf", "1h")));
        assertTrue(e2.problems().get(0).rule().contains("no list item"));
        ScenarioException e3 = assertThrows(ScenarioException.class,
                () -> ScenarioReader.read(FIF, Map.of("vehicle_line.tact", "40s")));
        assertTrue(e3.problems().get(0).rule().contains("did you mean 'takt'"), e3.problems().toString());
    }

    @Test
    void aPathOutsideTheDeclaredKeysIsRefusedWithTheClosestKey() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioReader.read(FIF, Map.of("pack_line.stations.ctp-assembly.cycle_tme", "40s")));
        assertEquals(List.of("error: (command line):1:1: pack_line.stations.ctp-assembly.cycle_tme: unknown key, did you"
                + " mean 'cycle_time'?"), e.problems().stream().map(Problem::format).toList());
        e = assertThrows(ScenarioException.class,
                () -> ScenarioReader.read(FIF, Map.of("energy.pv.anual_kwh", "1")));
        assertEquals(List.of("error: (command line):1:1: energy.pv.anual_kwh: unknown key, did you mean "
                + "'annual_kwh'?"), e.problems().stream().map(Problem::format).toList());
        // below a declared value the reader speaks: a plain duration takes no distribution
        e = assertThrows(ScenarioException.class,
                () -> ScenarioReader.read(FIF, Map.of("run.horizon.exponential", "30d")));
        assertTrue(e.problems().get(0).format().contains("run.horizon: must be a duration"), e.problems().toString());
    }

    @Test
    void splitsPaths() {
        assertEquals(List.of("a", "b", "[2]", "c"), Overrides.split("a.b[2].c"));
        assertEquals(List.of(), Overrides.split("a..b"));
    }
}
