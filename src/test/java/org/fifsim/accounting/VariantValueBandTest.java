package org.fifsim.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.io.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A variant's pack value is a factor with a band; the variants' values move together (one price per kWh moving them
 * all), so the band of a mix is as wide as its parts' and does not average out.
 */
class VariantValueBandTest {
    @TempDir
    Path dir;

    @Test
    void variantValuesAreDrawnTogetherAtTheSameQuantileOfTheirRanges() throws Exception {
        Path f = dir.resolve("v.yaml");
        Files.writeString(f, """
                name: v
                run: {horizon: 10d, warmup: 1d, replications: 2, seed: 7}
                vehicle_line: {takt: 45s}
                pack_line:
                  stations:
                    - {name: welding, cycle_time: 40s}
                logistics: {mode: co-located, transfer: 20min}
                orders: {load: 0.9, frozen_horizon: 2h}
                variants:
                  - {name: small, share: 0.5, kwh: 60, value_cny: {uniform: [27000, 45000]}}
                  - {name: big, share: 0.5, kwh: 100, value_cny: {triangular: [45000, 60000, 75000]}}
                """);
        FactorSet factors = FactorSet.of(ScenarioReader.read(f));
        assertEquals(new Distribution.Uniform(27000, 45000), factors.factors().get(Factors.packValueOf("small")));
        List<Factors> draws = factors.draws(7, 200);
        double lowSmall = Double.MAX_VALUE;
        double highSmall = 0;
        for (int i = 0; i < draws.size(); i++) {
            double small = draws.get(i).get(Factors.packValueOf("small"));
            double big = draws.get(i).get(Factors.packValueOf("big"));
            double u = (small - 27000) / 18000;
            // the triangular's inverse CDF at the same uniform
            double expectedBig = u < 0.5 ? 45000 + Math.sqrt(u * 30000 * 15000) : 75000 - Math.sqrt((1 - u) * 30000 * 15000);
            assertEquals(expectedBig, big, 1e-6 * big, "draw " + i);
            lowSmall = Math.min(lowSmall, small);
            highSmall = Math.max(highSmall, small);
        }
        assertTrue(lowSmall < 29000 && highSmall > 43000, "the draws span the range");
    }
}
