package org.fifsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;

class EstimateTest {

    /** R: qt(0.975, 4). */
    private static final double T_4_975 = 2.7764451051977987;
    /** R: qt(0.95, 4). */
    private static final double T_4_95 = 2.131846786326649;

    @Test
    void handComputedIntervalForOneToFive() {
        Estimate e = Estimate.of(new double[] {1, 2, 3, 4, 5});
        double halfWidth = T_4_975 * Math.sqrt(2.5) / Math.sqrt(5);
        assertEquals(5, e.n());
        assertEquals(3.0, e.mean(), 1e-15);
        assertEquals(Math.sqrt(2.5), e.stddev(), 1e-15);
        assertEquals(halfWidth, e.halfWidth(), 1e-8);
        assertEquals(3.0 - halfWidth, e.ci95Low(), 1e-8);
        assertEquals(3.0 + halfWidth, e.ci95High(), 1e-8);
        assertEquals(halfWidth / 3.0, e.relativeHalfWidth(), 1e-8);
    }

    @Test
    void explicitLevelUsesMatchingQuantile() {
        double[] values = {1, 2, 3, 4, 5};
        Estimate e90 = Estimate.of(values, 0.90);
        assertEquals(T_4_95 * Math.sqrt(2.5) / Math.sqrt(5), e90.halfWidth(), 1e-8);
        assertTrue(Estimate.of(values, 0.99).halfWidth() > Estimate.of(values).halfWidth());
        assertEquals(Estimate.of(values, 0.95), Estimate.of(values));
    }

    @Test
    void matchesDescriptiveStatisticsOnRandomData() {
        Random random = new Random(7);
        for (int n : new int[] {2, 3, 10, 57}) {
            double[] values = new double[n];
            DescriptiveStatistics ds = new DescriptiveStatistics();
            for (int i = 0; i < n; i++) {
                values[i] = 1e6 + 250 * random.nextGaussian();
                ds.addValue(values[i]);
            }
            Estimate e = Estimate.of(values);
            double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
            double halfWidth = t * ds.getStandardDeviation() / Math.sqrt(n);
            assertEquals(ds.getMean(), e.mean(), 1e-9, "mean n=" + n);
            assertEquals(ds.getStandardDeviation(), e.stddev(), 1e-9 * ds.getStandardDeviation(), "sd n=" + n);
            assertEquals(ds.getMean() - halfWidth, e.ci95Low(), 1e-8, "low n=" + n);
            assertEquals(ds.getMean() + halfWidth, e.ci95High(), 1e-8, "high n=" + n);
        }
    }

    @Test
    void singleValueHasUndefinedSpreadAndInterval() {
        Estimate e = Estimate.of(new double[] {4.2});
        assertEquals(1, e.n());
        assertEquals(4.2, e.mean());
        assertTrue(Double.isNaN(e.stddev()));
        assertTrue(Double.isNaN(e.ci95Low()));
        assertTrue(Double.isNaN(e.ci95High()));
        assertTrue(Double.isNaN(e.halfWidth()));
        assertTrue(Double.isNaN(e.relativeHalfWidth()));
        assertTrue(e.includesZero(), "an undefined interval cannot exclude zero");
    }

    @Test
    void identicalValuesGiveZeroWidthInterval() {
        Estimate e = Estimate.of(new double[] {0.1, 0.1, 0.1, 0.1});
        assertEquals(0.1, e.mean());
        assertEquals(0.0, e.stddev());
        assertEquals(0.1, e.ci95Low());
        assertEquals(0.1, e.ci95High());
        assertEquals(0.0, e.relativeHalfWidth());
        assertFalse(e.includesZero());
    }

    @Test
    void relativeHalfWidthEdgeCases() {
        assertEquals(Double.POSITIVE_INFINITY, new Estimate(0.0, 1.0, -1.0, 1.0, 3).relativeHalfWidth());
        assertEquals(0.0, new Estimate(0.0, 0.0, 0.0, 0.0, 3).relativeHalfWidth());
        assertEquals(0.5, new Estimate(-4.0, 1.0, -6.0, -2.0, 3).relativeHalfWidth(), 1e-15);
    }

    @Test
    void includesZeroIsClosedAtBothEnds() {
        assertTrue(new Estimate(1.0, 1.0, 0.0, 2.0, 3).includesZero());
        assertTrue(new Estimate(-1.0, 1.0, -2.0, 0.0, 3).includesZero());
        assertTrue(new Estimate(0.5, 1.0, -1.0, 2.0, 3).includesZero());
        assertFalse(new Estimate(1.5, 1.0, 1.0, 2.0, 3).includesZero());
        assertFalse(new Estimate(-1.5, 1.0, -2.0, -1.0, 3).includesZero());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Estimate.of(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Estimate.of(new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Estimate.of(new double[] {1, Double.POSITIVE_INFINITY}));
        assertThrows(NullPointerException.class, () -> Estimate.of(null));
        assertThrows(IllegalArgumentException.class, () -> Estimate.of(new double[] {1, 2}, 1.0));
        assertThrows(IllegalArgumentException.class, () -> Estimate.of(new double[] {1, 2}, 0.0));
        assertThrows(IllegalArgumentException.class, () -> Estimate.of(new double[] {1, 2}, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Estimate(1, 0, 1, 1, 0));
    }
}
