package org.fifsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

    @Test
    void identicalArraysGiveExactlyZero() {
        double[] x = {3.7, 1.1, 9.25, 0.3, 12.0};
        Estimate d = PairedDifference.of(x, x.clone());
        assertEquals(0.0, d.mean());
        assertEquals(0.0, d.stddev());
        assertEquals(0.0, d.ci95Low());
        assertEquals(0.0, d.ci95High());
        assertEquals(0.0, d.halfWidth());
        assertTrue(d.includesZero());
    }

    @Test
    void handComputedDifferenceIsOtherMinusBase() {
        // differences {1, 2, 2}: mean 5/3, variance 1/3; t(2, 0.975) = 0.95 / sqrt(2 * 0.975 * 0.025)
        Estimate d = PairedDifference.of(new double[] {1, 2, 3}, new double[] {2, 4, 5});
        double t = 0.95 / Math.sqrt(2 * 0.975 * 0.025);
        double halfWidth = t * Math.sqrt(1.0 / 3.0) / Math.sqrt(3);
        assertEquals(3, d.n());
        assertEquals(5.0 / 3.0, d.mean(), 1e-12);
        assertEquals(Math.sqrt(1.0 / 3.0), d.stddev(), 1e-12);
        assertEquals(5.0 / 3.0 - halfWidth, d.ci95Low(), 1e-8);
        assertEquals(5.0 / 3.0 + halfWidth, d.ci95High(), 1e-8);
    }

    @Test
    void pairingNarrowsIntervalForPositivelyCorrelatedData() {
        // common random numbers: both scenarios share the large replication-level noise
        Random random = new Random(2024);
        int n = 20;
        double[] base = new double[n];
        double[] other = new double[n];
        for (int i = 0; i < n; i++) {
            double shared = 10 * random.nextGaussian();
            base[i] = 100 + shared + 0.5 * random.nextGaussian();
            other[i] = 101 + shared + 0.5 * random.nextGaussian();
        }
        Estimate paired = PairedDifference.of(base, other);
        Estimate welch = UnpairedDifference.welch(base, other);
        assertEquals(welch.mean(), paired.mean(), 1e-9, "same point estimate either way");
        assertTrue(paired.halfWidth() < welch.halfWidth() / 3,
                "paired " + paired.halfWidth() + " vs Welch " + welch.halfWidth());
        assertTrue(welch.includesZero(), "unpaired comparison cannot resolve the +1 shift");
        assertFalse(paired.includesZero(), "paired comparison resolves the +1 shift");
    }

    @Test
    void rejectsUnequalOrEmptyArrays() {
        assertThrows(IllegalArgumentException.class,
                () -> PairedDifference.of(new double[] {1, 2}, new double[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> PairedDifference.of(new double[0], new double[0]));
        assertThrows(IllegalArgumentException.class,
                () -> PairedDifference.of(new double[] {1, 2}, new double[] {1, Double.NaN}));
    }
}
