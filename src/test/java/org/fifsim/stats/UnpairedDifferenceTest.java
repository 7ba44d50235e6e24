package org.fifsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

class UnpairedDifferenceTest {

    private static final double[] BASE = {1, 2, 3, 4};
    private static final double[] OTHER = {2, 4, 6, 8, 10};

    @Test
    void handComputedWelchInterval() {
        // s1² = 5/3, n1 = 4; s2² = 10, n2 = 5
        double v1 = (5.0 / 3.0) / 4;
        double v2 = 10.0 / 5;
        double se = Math.sqrt(v1 + v2);
        double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / 3 + v2 * v2 / 4);
        assertEquals(2523.0 / 457.0, df, 1e-12); // (29/12)² / ((5/12)²/3 + 2²/4), R's t.test gives 5.5208
        double halfWidth = new TDistribution(df).inverseCumulativeProbability(0.975) * se;

        Estimate e = UnpairedDifference.welch(BASE, OTHER);
        assertEquals(3.5, e.mean(), 1e-12);
        assertEquals(4, e.n());
        assertEquals(se, e.stddev() / Math.sqrt(e.n()), 1e-12);
        assertEquals(3.5 - halfWidth, e.ci95Low(), 1e-9);
        assertEquals(3.5 + halfWidth, e.ci95High(), 1e-9);
    }

    @Test
    void boundsAgreeWithCommonsMathWelchTest() {
        // shifting OTHER by a bound puts the t statistic exactly on the critical value: p = 0.05
        Estimate e = UnpairedDifference.welch(BASE, OTHER);
        TTest tTest = new TTest();
        double[] atLow = Arrays.stream(OTHER).map(x -> x - e.ci95Low()).toArray();
        double[] atHigh = Arrays.stream(OTHER).map(x -> x - e.ci95High()).toArray();
        assertEquals(0.05, tTest.tTest(atLow, BASE), 1e-8);
        assertEquals(0.05, tTest.tTest(atHigh, BASE), 1e-8);
    }

    @Test
    void equalArmsGiveStddevOfOneDifference() {
        Estimate e = UnpairedDifference.welch(new double[] {1, 2, 3}, new double[] {4, 6, 8});
        assertEquals(Math.sqrt(1.0 + 4.0), e.stddev(), 1e-12);
        assertEquals(3, e.n());
    }

    @Test
    void constantArmsGiveZeroWidthInterval() {
        Estimate e = UnpairedDifference.welch(new double[] {2, 2, 2}, new double[] {5, 5});
        assertEquals(3.0, e.mean());
        assertEquals(3.0, e.ci95Low());
        assertEquals(3.0, e.ci95High());
    }

    @Test
    void singleValueArmGivesUndefinedInterval() {
        Estimate e = UnpairedDifference.welch(new double[] {2}, new double[] {4, 6, 8});
        assertEquals(4.0, e.mean(), 1e-12);
        assertTrue(Double.isNaN(e.ci95Low()));
        assertTrue(Double.isNaN(e.ci95High()));
    }

    @Test
    void rejectsEmptyArm() {
        assertThrows(IllegalArgumentException.class, () -> UnpairedDifference.welch(new double[0], OTHER));
        assertThrows(IllegalArgumentException.class, () -> UnpairedDifference.welch(BASE, OTHER, 1.5));
    }
}
