package org.fifsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.fifsim.accounting.FactorSet;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.ScenarioReader;
import org.junit.jupiter.api.Test;

/** The assumptions section, generated from the scenario and the factor library (issue 27). */
class ScenarioFactsTest {

    @Test
    void everyFactorThatPricedTheDesignsIsListedWithValueRangeAndSource() throws Exception {
        Scenario remote = ScenarioReader.read(Path.of("scenarios/seres-remote.yaml"));
        Scenario fif = ScenarioReader.read(Path.of("scenarios/seres-fif.yaml"));
        Block.Table t = ScenarioFacts.factors(List.of(remote, fif));
        List<String> names = t.rows().stream().map(r -> r.get(0)).toList();
        for (Scenario s : List.of(remote, fif)) {
            for (String f : FactorSet.of(s).factors().keySet()) {
                assertTrue(names.contains(f), f + " missing from " + names);
            }
        }
        List<String> line = t.rows().get(names.indexOf("line_fixed_cny_per_yr"));
        assertEquals("0", line.get(1));
        assertTrue(line.get(2).startsWith("uniform"), line.toString());
        assertEquals("33 M\u201387 M", line.get(3));
        assertTrue(line.get(5).startsWith("set by seres-remote and seres-fif (library default 0); "), line.get(5));
        for (List<String> r : t.rows()) {
            assertFalse(r.get(5).isBlank(), "a factor without a source: " + r);
        }
    }

    @Test
    void ordersVariantsQualityAndPricesAreAmongTheAssumptions() throws Exception {
        Scenario fif = ScenarioReader.read(Path.of("scenarios/seres-fif.yaml"));
        String all = String.join("\n", ScenarioFacts.assumptions(fif).items());
        for (String part : List.of("Orders: ", "Variants: m5", "Quality incidents: ", "vehicle end-of-line",
                "Prices: pack value", "holding rate of stock", "line cost basis")) {
            assertTrue(all.contains(part), part + " missing from " + all);
        }
        // the factor band draws factors; no replication does
        assertFalse(all.contains("drawn per replication"), all);
        assertFalse(all.contains("closures: Disruptions"), all);
    }
}
