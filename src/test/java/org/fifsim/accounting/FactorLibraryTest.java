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

/** The shipped factor library: complete, with provenance; and the per-replication draws from it. */
class FactorLibraryTest {

    @Test
    void everyFactorHasAValueUnitYearAndASourceOrSaysAssumption() {
        FactorLibrary lib = FactorLibrary.standard();
        assertFalse(lib.version().isBlank());
        assertTrue(lib.names().containsAll(Factors.NAMES), "missing: " + Factors.NAMES);
        for (FactorLibrary.Factor f : lib.factors().values()) {
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
    void aDistributedFactorIsDrawnOncePerReplicationOnItsOwnStream() {
        FactorLibrary lib = FactorLibrary.standard();
        Map<String, Distribution> over = Map.of(Factors.PACK_VALUE_CNY, new Distribution.Uniform(36_000, 60_000));
        Set<Double> values = new HashSet<>();
        for (int rep = 0; rep < 5; rep++) {
            Streams streams = new Streams(7, rep);
            double v = Factors.draw(lib, over, streams::stream).get(Factors.PACK_VALUE_CNY);
            assertTrue(v >= 36_000 && v <= 60_000, "in range: " + v);
            values.add(v);
            // the same (seed, replication) draws the same value, whatever else a scenario changes or draws first
            Streams other = new Streams(7, rep);
            other.stream("logistics/transfer").nextDouble();
            assertEquals(v, Factors.draw(lib, over, other::stream).get(Factors.PACK_VALUE_CNY));
        }
        assertEquals(5, values.size(), "different across replications");
        // a constant override draws nothing and is the value itself
        Streams streams = new Streams(7, 0);
        assertEquals(6.5, Factors.draw(lib, Map.of(Factors.TRUCK_CNY_PER_KM, new Distribution.Constant(6.5)),
                streams::stream).get(Factors.TRUCK_CNY_PER_KM));
        assertNotEquals(Factors.draw(lib, over, new Streams(8, 0)::stream).get(Factors.PACK_VALUE_CNY),
                Factors.draw(lib, over, new Streams(7, 0)::stream).get(Factors.PACK_VALUE_CNY), "seed matters");
    }
}
