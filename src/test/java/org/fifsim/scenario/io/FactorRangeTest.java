package org.fifsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.fifsim.accounting.FactorLibrary;
import org.junit.jupiter.api.Test;

/**
 * Every factor has a finite, plausible range, and a value or distribution outside it is refused at validation: an
 * unbounded distribution for a bounded factor, a cost of 1e300 or 1.7e308 (issue 14).
 */
class FactorRangeTest {
    private static final String HEAD = "name: t\nrun: {horizon: 2d, warmup: 1d}\n"
            + "vehicle_line: {takt: 45s}\npack_line: {stations: [{name: a, cycle_time: 40s}]}\n"
            + "logistics: {mode: co-located, transfer: 20min}\n";

    private static Problem only(String yaml) {
        List<Problem> p = assertThrows(ScenarioException.class,
                () -> ScenarioReader.parse(Path.of("x.yaml"), HEAD + yaml)).problems();
        assertEquals(1, p.size(), p.toString());
        return p.get(0);
    }

    @Test
    void everyFactorOfTheLibraryHasAFiniteRangeHoldingItsDefault() {
        for (FactorDefinitions.Factor f : FactorLibrary.standard().factors().values()) {
            assertTrue(f.bounded() && f.max() > 0, f.name());
            assertTrue(f.value().max() <= f.max(), f.name());
        }
    }

    @Test
    void absurdCostsAreRefused() {
        for (String v : new String[] {"1e300", "1.7e308"}) {
            Problem p = only("accounting: {pack_value_cny: " + v + "}\n");
            assertEquals("accounting.pack_value_cny", p.key());
            assertTrue(p.rule().startsWith("must be in [0, 500,000]"), p.rule());
        }
    }

    @Test
    void anUnboundedDistributionIsRefusedForEveryFactor() {
        Problem p = only("accounting: {truck_cny_per_trip: {lognormal: {mean: 400, sd: 100}}}\n");
        assertTrue(p.rule().contains("uniform or triangular"), p.rule());
    }

    @Test
    void theGridFactorsDistributionMustStayInItsRange() {
        Problem p = only("energy: {grid: {kg_co2_per_kwh: {normal: {mean: 0.5, sd: 1000}}}}\n");
        assertEquals("energy.grid.kg_co2_per_kwh", p.key());
        Problem q = only("energy: {grid: {kg_co2_per_kwh: {lognormal: {mean: 0.5, sd: 0.1}}}}\n");
        assertTrue(q.rule().contains("every value a distribution can draw"), q.rule());
    }
}
