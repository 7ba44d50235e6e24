package org.fifsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.StageSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends}: keys laid over a base file; errors point where the bad value is written. */
class ExtendsTest {
    private static final String BASE = "name: base\nrun: {horizon: 10d, warmup: 1d, replications: 3, seed: 5}\n"
            + "vehicle_line: {takt: 45s}\npack_line:\n  yield: %s\n  stations: [{name: a, cycle_time: 40s}]\n"
            + "logistics: {mode: co-located, transfer: 20min, safety_stock: 30}\n";

    @Test
    void overridesOnlyTheKeysGiven(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("base.yaml"), String.format(BASE, "0.99"));
        Path child = dir.resolve("child.yaml");
        Files.writeString(child, "extends: base.yaml\nname: child\nrun: {replications: 5}\n"
                + "logistics:\n  mode: remote\n  transfer: ~\n  stages:\n    - {name: feed, type: transfer, delay: 1h}\n");
        Scenario s = ScenarioReader.read(child);
        assertEquals("child", s.name());
        assertEquals(5, s.run().replications());
        assertEquals(5, s.run().seed(), "inherited");
        assertEquals(0.99, s.packLine().yield(), "inherited");
        assertEquals(30, s.logistics().safetyStock(), "inherited");
        assertEquals("remote", s.logistics().mode());
        assertTrue(s.logistics().stages().get(0) instanceof StageSpec.Transfer t && t.name().equals("feed"));
    }

    @Test
    void aDistributionReplacesAnInheritedOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("base.yaml"), String.format(BASE, "0.99")
                .replace("cycle_time: 40s", "cycle_time: {exponential: 40s}")
                .replace("transfer: 20min", "transfer: {exponential: 20min}"));
        Path child = dir.resolve("child.yaml");
        Files.writeString(child, "extends: base.yaml\nname: child\npack_line:\n"
                + "  stations: [{name: a, cycle_time: {triangular: [30s, 40s, 50s]}}]\n"
                + "logistics: {transfer: {uniform: [10min, 30min]}}\n");
        Scenario s = ScenarioReader.read(child);
        assertTrue(s.packLine().stations().get(0).cycleTime() instanceof org.fifsim.scenario.Distribution.Triangular);
        StageSpec.Transfer t = (StageSpec.Transfer) s.logistics().stages().get(0);
        assertTrue(t.delay() instanceof org.fifsim.scenario.Distribution.Uniform);
    }

    @Test
    void anErrorInTheBasePointsIntoTheBase(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base.yaml");
        Files.writeString(base, String.format(BASE, "1.5"));
        Path child = dir.resolve("child.yaml");
        Files.writeString(child, "extends: base.yaml\nname: child\nrun: {replications: 0}\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(child));
        assertEquals(2, e.problems().size(), e.problems().toString());
        Problem yield = e.problems().stream().filter(p -> p.key().equals("pack_line.yield")).findFirst().orElseThrow();
        assertEquals(dir.resolve("base.yaml").toAbsolutePath().normalize(), yield.at().file().toAbsolutePath().normalize());
        assertEquals(5, yield.at().line());
        Problem reps = e.problems().stream().filter(p -> p.key().equals("run.replications")).findFirst().orElseThrow();
        assertEquals(child, reps.at().file());
        assertEquals(3, reps.at().line());
    }

    @Test
    void shippedRemoteScenarioExtendsTheFifScenario() throws Exception {
        Scenario fif = ScenarioReader.read(Path.of("scenarios/seres-fif.yaml"));
        Scenario remote = ScenarioReader.read(Path.of("scenarios/seres-remote.yaml"));
        assertEquals(fif.packLine(), remote.packLine());
        assertEquals(fif.vehicleLine(), remote.vehicleLine());
        assertEquals(fif.run(), remote.run());
        assertEquals(fif.cellSupply(), remote.cellSupply());
        double leadTimeHours = remote.logistics().meanLeadTime(45) / 3600;
        assertTrue(leadTimeHours > 40 && leadTimeHours < 56, "about 48 h: " + leadTimeHours);
    }
}
