package org.fifsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The key registry: what {@code --set}, {@code --vary} and a study's {@code decide:} resolve against. */
class KeysTest {
    private static ScenarioKey find(String k) {
        return Keys.find(k).orElseThrow(() -> new AssertionError("no key " + k));
    }

    @Test
    void aKeyIsFoundByEveryFormTheCommandLineWrites() {
        assertEquals("run.horizon", find("run.horizon").key());
        assertEquals("pack_line.stations.<name>.cycle_time", find("pack_line.stations.stacking.cycle_time").key());
        assertEquals("pack_line.stations.<name>.cycle_time", find("pack_line.stations[0].cycle_time").key());
        assertEquals("pack_line.stations.<name>.mtbf", find("pack_line.stations.stacking.mtbf.exponential").key());
        assertEquals("logistics.stages.<name>.transit", find("logistics.stages.road.transit.normal.mean").key());
        assertEquals("logistics.stages.<name>.transit", find("logistics.stages.road.transit.triangular[1]").key());
        assertEquals("accounting.<factor>", find("accounting.truck_cny_per_km").key());
        assertEquals("variants.<name>.cycle_time.<station>", find("variants.m9.cycle_time.busbar-welding").key());
        assertEquals("vehicle_line.swings.<index>.takt", find("vehicle_line.swings[1].takt").key());
    }

    @Test
    void aPathNoKeyMatchesIsNotFound() {
        assertTrue(Keys.find("run.horizn").isEmpty());
        assertTrue(Keys.find("run.horizon.exponential").isEmpty(), "a plain duration takes no distribution");
        assertTrue(Keys.find("pack_line.stations.stacking").isEmpty(), "an item is no key, its fields are");
        assertTrue(Keys.find("").isEmpty());
        assertTrue(Keys.find("run..horizon").isEmpty());
        assertTrue(Keys.find("pack_line.stations.a.mtbf.exponential.x").isEmpty());
    }

    @Test
    void aKeyCarriesTypeUnitRangeAndDefault() {
        ScenarioKey h = find("run.horizon");
        assertEquals(ScenarioKey.Type.DURATION, h.type());
        assertEquals("s", h.unit());
        assertEquals(365 * Durations.DAY, h.defaultNumber());
        assertTrue(h.range().test(Keys.MAX_HORIZON));
        assertFalse(h.range().test(0));
        assertEquals("must be above zero and at most 36500d", h.range().rule());
        ScenarioKey y = find("pack_line.yield");
        assertTrue(y.range().test(1) && !y.range().test(0) && !y.range().test(1.01));
        assertEquals("km/h", find("logistics.stages.road.speed_kmh").unit());
        assertEquals(java.util.List.of("co-located", "remote"), find("logistics.mode").choices());
        assertTrue(find("vehicle_line.takt").required());
    }

    @Test
    void aValueIsCheckedAgainstTheKeysTypeAndRangeInTheReadersWords() {
        ScenarioKey cover = find("logistics.stages.inbound-warehouse.target_cover");
        assertEquals(null, cover.refuses("26h"));
        assertEquals("must be above zero and at most 365d of demand", cover.refuses("400d"));
        assertTrue(cover.refuses("26").contains("unit"), cover.refuses("26"));
        ScenarioKey fleet = find("logistics.stages.road.fleet");
        assertEquals(null, fleet.refuses("45"));
        assertEquals("must be a whole number", fleet.refuses("4.5"));
        assertEquals("must be between 1 and 100000", fleet.refuses("0"));
        assertEquals("must be a number", find("pack_line.yield").refuses("0x1"));
        assertEquals("must be in (0, 1]", find("pack_line.yield").refuses("1.5"));
        assertEquals(null, find("pack_line.stations.a.cycle_time").refuses("44s"));
        assertEquals("must have a mean above zero", find("pack_line.stations.a.cycle_time").refuses("0s"));
        assertEquals(null, find("logistics.mode").refuses("remote"));
        assertTrue(find("logistics.mode").refuses("far") != null);
        assertTrue(find("logistics.stages").refuses("1") != null, "a list is not one value");
    }

    @Test
    void everyDeclaredDefaultKeepsItsOwnRule() {
        for (ScenarioKey k : Keys.all()) {
            assertNotNull(k.description(), k.key());
            assertFalse(k.description().isBlank(), k.key());
            if (k.range() != null && !Double.isNaN(k.defaultNumber()) && !Double.isInfinite(k.defaultNumber())) {
                assertTrue(k.range().test(k.defaultNumber()), k.key() + " default " + k.defaultNumber());
            }
            if (k.range() != null && k.defaultRandom() != null) {
                assertTrue(k.range().test(k.defaultRandom().mean()), k.key());
            }
            if (k.type() == ScenarioKey.Type.CHOICE) {
                assertFalse(k.choices().isEmpty(), k.key());
                assertTrue(k.defaultText() == null || k.choices().contains(k.defaultText()), k.key());
            }
        }
    }

    @Test
    void keysAreUniqueAndEveryParentIsDeclared() {
        Set<String> seen = new HashSet<>();
        for (ScenarioKey k : Keys.all()) {
            assertTrue(seen.add(k.key()), "twice: " + k.key());
            int dot = k.key().lastIndexOf('.');
            if (dot > 0) {
                String parent = k.key().substring(0, dot);
                // a list item's fields hang under the list itself (logistics.stages.<name>.x under logistics.stages)
                String owner = parent.endsWith(">") ? parent.substring(0, parent.lastIndexOf('.')) : parent;
                assertTrue(seen.contains(owner), k.key() + " before its section " + owner);
            }
        }
    }
}
