package org.fifsim.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.Keys;
import org.junit.jupiter.api.Test;
import org.fifsim.scenario.io.FactorDefinitions;

/** A factor a scenario fixes outside its accounting section keeps that scenario key's range, wherever it is set. */
class FactorRulesTest {
    @Test
    void everyFactorReadFromTheScenarioNamesADeclaredKey() {
        for (FactorDefinitions.ScenarioFactor f : FactorLibrary.standard().fromScenario().values()) {
            assertTrue(Keys.find(f.key()).isPresent(), f.name() + " -> " + f.key());
            assertTrue(Keys.find(f.key()).get().range() != null, f.key() + " has no range");
        }
    }

    @Test
    void theScenarioKeysRangeIsTheFactorsInTheLibrarysWords() {
        assertEquals("must be in (0, 1,000]", FactorRules.problem(Factors.PACK_KWH, new Distribution.Constant(0)));
        assertNull(FactorRules.problem(Factors.PACK_KWH, new Distribution.Constant(1000)));
        assertEquals("must be in [0, 5)", FactorRules.problem(Factors.GRID_KG_CO2_PER_KWH,
                new Distribution.Uniform(1, 5)));
        assertNull(FactorRules.problem(Factors.GRID_KG_CO2_PER_KWH, new Distribution.Uniform(0.1, 0.2)));
        assertEquals("must be in [0, 1,000,000,000)", FactorRules.problem(
                Factors.CONTAINMENT_RECALL_CNY_PER_VEHICLE, new Distribution.Constant(2e9)));
        assertTrue(FactorRules.problem(Factors.CONTAINMENT_RECALL_CNY_PER_VEHICLE,
                new Distribution.Normal(3000, 100)) != null, "an unbounded draw may leave the range");
    }
}
