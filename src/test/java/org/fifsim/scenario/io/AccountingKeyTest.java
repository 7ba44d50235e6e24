package org.fifsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario key {@code accounting:}: overrides of the factor library, validated and located. */
class AccountingKeyTest {
    private static final String HEAD = "name: t\nrun: {horizon: 2d, warmup: 1d}\n"
            + "vehicle_line: {takt: 45s}\npack_line: {stations: [{name: a, cycle_time: 40s}]}\n"
            + "logistics: {mode: co-located, transfer: 20min}\n";

    private static Scenario read(String accounting) throws ScenarioException {
        return ScenarioReader.parse(Path.of("x.yaml"), HEAD + accounting);
    }

    private static List<Problem> problems(String accounting) {
        return assertThrows(ScenarioException.class, () -> read(accounting)).problems();
    }

    @Test
    void numbersAndDistributionsOverrideTheLibrary() throws Exception {
        Scenario s = read("accounting: {pack_value_cny: {uniform: [36000, 60000]}, truck_cny_per_km: 6.5,"
                + " scrap_value_share: {triangular: [0.5, 0.8, 1]}}\n");
        assertEquals(Map.of("pack_value_cny", new Distribution.Uniform(36000, 60000),
                "truck_cny_per_km", new Distribution.Constant(6.5),
                "scrap_value_share", new Distribution.Triangular(0.5, 0.8, 1)), s.accounting());
        assertEquals(Map.of(), read("").accounting(), "no section: library defaults");
    }

    @Test
    void anUnknownFactorIsOneLocatedErrorWithAHint() {
        List<Problem> p = problems("accounting:\n  pack_valu_cny: 50000\n");
        assertEquals(1, p.size(), p.toString());
        assertEquals("error: x.yaml:7:3: accounting.pack_valu_cny: unknown key, did you mean 'pack_value_cny'?",
                p.get(0).format());
    }

    @Test
    void valuesMustBeNonNegativeAndSharesWithinZeroAndOne() {
        List<Problem> p = problems("accounting:\n  truck_cny_per_km: -1\n  scrap_value_share: 1.5\n"
                + "  empty_return_share: {normal: {mean: 0.5, sd: 0.1}}\n  rework_cny_per_pack: lots\n");
        assertEquals(4, p.size(), p.toString());
        assertEquals("accounting.truck_cny_per_km", p.get(0).key());
        assertTrue(p.get(0).rule().startsWith("must be in [0, 100]"), p.get(0).rule());
        assertEquals(7, p.get(0).at().line());
        assertEquals("accounting.scrap_value_share", p.get(1).key());
        assertTrue(p.get(1).rule().startsWith("must be in [0, 1]"), p.get(1).rule());
        assertEquals("accounting.empty_return_share", p.get(2).key());
        assertTrue(p.get(2).rule().contains("uniform or triangular"), p.get(2).rule());
        assertEquals("accounting.rework_cny_per_pack", p.get(3).key());
        assertEquals("must be a number or a one-key distribution map", p.get(3).rule());
    }

    @Test
    void energyFactorsArePointedToTheEnergySection() {
        List<Problem> p = problems("accounting: {grid_kg_co2_per_kwh: 0.5}\n");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).rule().contains("energy.grid.kg_co2_per_kwh"), p.get(0).rule());
    }

    @Test
    void accountingMergesThroughExtendsAndOverrides(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("base.yaml"), HEAD + "accounting: {pack_value_cny: 40000}\n");
        Path child = dir.resolve("child.yaml");
        Files.writeString(child, "extends: base.yaml\nname: c\naccounting: {truck_cny_per_km: 7}\n");
        Scenario s = ScenarioReader.read(child, Map.of("accounting.handling_cny_per_pack", "3"));
        assertEquals(Map.of("pack_value_cny", new Distribution.Constant(40000),
                "truck_cny_per_km", new Distribution.Constant(7),
                "handling_cny_per_pack", new Distribution.Constant(3)), s.accounting());
    }
}
