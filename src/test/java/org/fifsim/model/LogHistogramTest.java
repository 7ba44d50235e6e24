package org.fifsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Lead-time quantiles: close to the exact order statistics, and not quantised to bin middles. */
class LogHistogramTest {

    private static double exact(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(q * s.length) - 1];
    }

    @Test
    void quantilesMatchTheSortedDataClosely() {
        SplittableRandom r = new SplittableRandom(42);
        double[] v = r.doubles(200_000, 40 * 3600, 56 * 3600).toArray();
        LogHistogram h = new LogHistogram();
        Arrays.stream(v).forEach(h::add);
        for (double q : new double[] {0.05, 0.5, 0.95}) {
            double want = exact(v, q);
            assertEquals(want, h.quantile(q), want * 2e-4, "q=" + q);
        }
    }

    /** Two samples of one distribution: their medians differ, as the data's do (bins 1% wide gave the same value). */
    @Test
    void mediansOfTwoReplicationsDiffer() {
        double[] medians = new double[2];
        for (int rep = 0; rep < 2; rep++) {
            SplittableRandom r = new SplittableRandom(rep);
            LogHistogram h = new LogHistogram();
            r.doubles(50_000, 46 * 3600, 47 * 3600).forEach(h::add);
            medians[rep] = h.quantile(0.5);
            assertTrue(Math.abs(medians[rep] - 46.5 * 3600) < 60, "median " + medians[rep]);
        }
        assertNotEquals(medians[0], medians[1]);
    }

    @Test
    void constantDataGiveThatConstantAndClearStartsAfresh() {
        LogHistogram h = new LogHistogram();
        for (int i = 0; i < 1000; i++) {
            h.add(1200);
        }
        assertEquals(1200, h.quantile(0.5), 1e-9);
        assertEquals(1200, h.quantile(0.95), 1e-9);
        h.clear();
        assertTrue(Double.isNaN(h.quantile(0.5)));
        h.add(30);
        assertEquals(30, h.quantile(0.5), 1e-9);
    }
}
