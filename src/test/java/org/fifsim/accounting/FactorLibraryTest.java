package org.fifsim.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fifsim.TestScenarios;
import org.fifsim.model.random.Streams;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.fifsim.scenario.io.FactorDefinitions;

/** The shipped factor library: complete, with provenance; and the per-replication draws from it. */
class FactorLibraryTest {

    @Test
    void everyFactorHasAValueUnitYearAndASourceOrSaysAssumption() {
        FactorLibrary lib = FactorLibrary.standard();
        assertFalse(lib.version().isBlank());
        assertTrue(lib.names().containsAll(Factors.NAMES), "missing: " + Factors.NAMES);
        for (FactorDefinitions.Factor f : lib.factors().values()) {
            assertFalse(f.unit().isBlank(), f.name());
            assertFalse(f.year().isBlank(), f.name());
            assertTrue(f.source().length() > 20, f.name() + " needs a real source text");
            assertTrue(f.value().min() >= 0, f.name());
        }
        // a factor without a public source must say so
        assertTrue(lib.get(Factors.TRUCK_CNY_PER_TRIP).source().contains("ASSUMPTION"));
        assertTrue(lib.get(Factors.ROAD_KG_CO2_PER_TKM).source().contains("ICCT"));
        assertTrue(lib.get(Factors.PACK_VALUE_CNY).source().contains("BNEF"));
        assertEquals(48_000, lib.get(Factors.PACK_VALUE_CNY).value().mean(), 1e-9);
        assertTrue(lib.get(Factors.SCRAP_VALUE_SHARE).bounded());
        assertTrue(lib.fromScenario().containsKey("grid_kg_co2_per_kwh"));
    }

    @Test
    void describeListsEveryFactorAndTheScenarioValues() {
        FactorLibrary lib = FactorLibrary.standard();
        List<FactorLibrary.Description> all = lib.describe();
        assertEquals(lib.factors().size() + lib.fromScenario().size(), all.size());
        assertTrue(all.stream().anyMatch(d -> d.name().equals(Factors.ROAD_KG_CO2_PER_TKM)
                && d.value().equals("uniform [0.041, 0.046]")));
        Scenario s = TestScenarios.parse("name: t\nrun: {horizon: 2d}\nvehicle_line: {takt: 45s}\n"
                + "pack_line: {stations: [{name: a, cycle_time: 40s}]}\nlogistics: {mode: co-located, transfer: 1min}\n"
                + "accounting: {pack_value_cny: 52000}\n");
        FactorLibrary.Description pack = lib.describe(s).stream()
                .filter(d -> d.name().equals(Factors.PACK_VALUE_CNY)).findFirst().orElseThrow();
        assertEquals("52,000", pack.value());
        assertTrue(pack.source().contains("accounting.pack_value_cny"), pack.source());
        FactorLibrary.Description grid = lib.describe(s).stream()
                .filter(d -> d.name().equals("grid_kg_co2_per_kwh")).findFirst().orElseThrow();
        assertEquals("0.5703", grid.value());
    }

    @Test
    void aMalformedLibraryIsRefusedWithTheEntryNamed() {
        String yaml = "version: '9'\nfactors:\n  pack_value_cny: {value: -1, unit: CNY, year: 2025, source: x}\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FactorLibrary.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("pack_value_cny"), e.getMessage());
    }

    @Test
    void factorDrawsComeFromTheirOwnStreamsAndCentralValuesAreTheMeans() {
        Scenario s = org.fifsim.TestScenarios.parse("name: x\nrun: {horizon: 1d}\nvehicle_line: {takt: 45s}\n"
                + "pack_line: {stations: [{name: a, cycle_time: 40s}]}\nlogistics: {mode: co-located, transfer: 1min}\n"
                + "accounting: {pack_value_cny: {uniform: [36000, 60000]}, truck_cny_per_km: 6.5}\n");
        FactorSet set = FactorSet.of(s);
        assertEquals(48_000, set.central().get(Factors.PACK_VALUE_CNY), 1e-9);
        assertEquals(6.5, set.central().get(Factors.TRUCK_CNY_PER_KM));
        assertEquals(0.5703, set.central().get(Factors.GRID_KG_CO2_PER_KWH), 1e-12);
        assertEquals(80, set.central().get(Factors.PACK_KWH));
        List<Factors> draws = set.draws(7, 50);
        Set<Double> values = new HashSet<>();
        for (Factors d : draws) {
            double v = d.get(Factors.PACK_VALUE_CNY);
            assertTrue(v >= 36_000 && v <= 60_000, "in range: " + v);
            values.add(v);
            assertEquals(6.5, d.get(Factors.TRUCK_CNY_PER_KM), "a constant draws itself");
        }
        assertEquals(50, values.size());
        // the same seed draws the same values in another scenario that shares the factor, whatever else it overrides
        Scenario other = org.fifsim.TestScenarios.parse("name: y\nrun: {horizon: 1d}\nvehicle_line: {takt: 45s}\n"
                + "pack_line: {stations: [{name: a, cycle_time: 40s}]}\nlogistics: {mode: co-located, transfer: 1min}\n"
                + "accounting: {pack_value_cny: {uniform: [36000, 60000]}, rework_cny_per_pack: {uniform: [1, 2]}}\n");
        List<Factors> same = FactorSet.of(other).draws(7, 50);
        for (int j = 0; j < 50; j++) {
            assertEquals(draws.get(j).get(Factors.PACK_VALUE_CNY), same.get(j).get(Factors.PACK_VALUE_CNY));
        }
        assertNotEquals(draws.get(0).get(Factors.PACK_VALUE_CNY),
                set.draws(8, 1).get(0).get(Factors.PACK_VALUE_CNY), "seed matters");
        // saved and read back, the set is the same
        FactorSet back = FactorSet.fromJson(set.toJson());
        assertEquals(set.factors(), back.factors());
    }
}
