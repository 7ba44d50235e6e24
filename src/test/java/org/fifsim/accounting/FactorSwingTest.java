package org.fifsim.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.fifsim.results.Activity;
import org.fifsim.results.Kpis;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.io.ScenarioReader;
import org.junit.jupiter.api.Test;

/** Which factors the factor band of a difference is made of (issue 27: the first screen's assumptions). */
class FactorSwingTest {

    @Test
    void quantilesAreThoseOfTheDistribution() {
        assertEquals(33e6, FactorSwing.quantile(new Distribution.Uniform(30e6, 90e6), 0.05), 1e-6);
        assertEquals(6.5, FactorSwing.quantile(new Distribution.Triangular(5, 6.5, 8), 0.5), 1e-12);
        // the triangular's CDF at its 5th percentile is 0.05: (x - a)^2 / ((b - a)(c - a))
        double x = FactorSwing.quantile(new Distribution.Triangular(5, 6.5, 8), 0.05);
        assertEquals(0.05, (x - 5) * (x - 5) / (3 * 1.5), 1e-12);
        assertEquals(-Math.log(0.05) * 2, FactorSwing.quantile(new Distribution.Exponential(2), 0.95), 1e-12);
        assertEquals(7, FactorSwing.quantile(new Distribution.Constant(7), 0.95));
    }

    /**
     * The same activity in both designs: a factor both price alike moves nothing, and the dedicated line's fixed
     * cost, uncertain in one design only, moves the total-cost difference by exactly its own p5-p95 range.
     */
    @Test
    void aFactorOfOneDesignMovesTheDifferenceByItsOwnRange() throws Exception {
        FactorSet remote = FactorSet.of(ScenarioReader.read(Path.of("scenarios/seres-remote.yaml")));
        FactorSet fif = FactorSet.of(ScenarioReader.read(Path.of("scenarios/seres-fif.yaml")));
        List<Activity> same = List.of(AccountingTest.activity(), AccountingTest.activity());
        List<FactorSwing.Swing> swings = FactorSwing.of(Kpis.COST_TOTAL_CNY, remote, same, fif, same);
        assertTrue(!swings.isEmpty());
        FactorSwing.Swing line = swings.get(0);
        assertEquals(Factors.LINE_FIXED_CNY_PER_YR, line.factor(), swings.toString());
        Distribution d = fif.factors().get(Factors.LINE_FIXED_CNY_PER_YR);
        double range = FactorSwing.quantile(d, 0.95) - FactorSwing.quantile(d, 0.05);
        assertEquals(range, line.width(), 1e-6 * range);
        assertTrue(line.high() > line.low(), "a dearer line makes co-location dearer: " + line);
        for (FactorSwing.Swing s : swings) {
            assertTrue(!s.factor().equals(Factors.PACK_VALUE_CNY) && !s.factor().equals(Factors.TRUCK_CNY_PER_KM),
                    "a factor priced alike on the same activity moves nothing: " + s);
        }
    }
}
