package org.fifsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrecisionTest {

    /** mean 100, half-width 5: relative half-width 0.05. */
    private static final Estimate FIVE_PERCENT = new Estimate(100, 10, 95, 105, 10);
    /** mean 50, half-width 1: relative half-width 0.02. */
    private static final Estimate TWO_PERCENT = new Estimate(50, 3, 49, 51, 10);
    private static final Estimate UNDEFINED = Estimate.of(new double[] {7});

    @Test
    void singleEstimate() {
        assertTrue(Precision.met(FIVE_PERCENT, 0.10));
        assertTrue(Precision.met(FIVE_PERCENT, 0.05));
        assertFalse(Precision.met(FIVE_PERCENT, 0.04));
        assertFalse(Precision.met(UNDEFINED, 0.5));
        assertFalse(Precision.met(new Estimate(0, 1, -1, 1, 5), 1e6));
    }

    @Test
    void allEstimatesMustMeetTarget() {
        assertTrue(Precision.met(List.of(FIVE_PERCENT, TWO_PERCENT), 0.05));
        assertFalse(Precision.met(List.of(FIVE_PERCENT, TWO_PERCENT), 0.03));
        assertFalse(Precision.met(List.of(TWO_PERCENT, UNDEFINED), 0.03));
        assertTrue(Precision.met(List.of(), 0.03));
        assertTrue(Precision.met(Map.of("throughput", TWO_PERCENT), 0.03));
        assertFalse(Precision.met(Map.of("throughput", TWO_PERCENT, "wip", FIVE_PERCENT), 0.03));
    }

    @Test
    void replicationsNeededScalesWithSquaredRatio() {
        assertEquals(40, Precision.replicationsNeeded(FIVE_PERCENT, 0.025));
        assertEquals(250, Precision.replicationsNeeded(FIVE_PERCENT, 0.01));
        // 10 * (0.05/0.04)^2 = 15.625 -> 16
        assertEquals(16, Precision.replicationsNeeded(FIVE_PERCENT, 0.04));
        // 10 * (0.05/0.045)^2 = 12.35 -> rounds up, not to nearest
        assertEquals(13, Precision.replicationsNeeded(FIVE_PERCENT, 0.045));
    }

    @Test
    void replicationsNeededIsAtLeastCurrentCount() {
        assertEquals(10, Precision.replicationsNeeded(FIVE_PERCENT, 0.5));
        assertEquals(4, Precision.replicationsNeeded(Estimate.of(new double[] {3, 3, 3, 3}), 0.01));
    }

    @Test
    void replicationsNeededForSeveralIsTheMaximum() {
        // TWO_PERCENT at 0.01: 10 * 4 = 40; FIVE_PERCENT: 250
        assertEquals(250, Precision.replicationsNeeded(List.of(TWO_PERCENT, FIVE_PERCENT), 0.01));
    }

    @Test
    void unreachableOrUndefined() {
        assertEquals(Integer.MAX_VALUE, Precision.replicationsNeeded(new Estimate(0, 1, -1, 1, 5), 0.05));
        assertEquals(Integer.MAX_VALUE, Precision.replicationsNeeded(new Estimate(1e-9, 1, -1, 1, 5), 0.05));
        assertThrows(IllegalArgumentException.class, () -> Precision.replicationsNeeded(UNDEFINED, 0.05));
    }

    @Test
    void rejectsBadTarget() {
        assertThrows(IllegalArgumentException.class, () -> Precision.met(FIVE_PERCENT, 0.0));
        assertThrows(IllegalArgumentException.class, () -> Precision.met(FIVE_PERCENT, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Precision.replicationsNeeded(FIVE_PERCENT, -0.1));
        assertThrows(IllegalArgumentException.class,
                () -> Precision.replicationsNeeded(FIVE_PERCENT, Double.POSITIVE_INFINITY));
    }
}
