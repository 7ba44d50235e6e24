package org.fifsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Lead-time quantiles: close to the exact order statistics, and not quantised to bin middles; bins as defined. */
class LogHistogramTest {

    /** The bins' definition, as the histogram computed it with a logarithm per value. */
    private static int byLog(double v) {
        return v <= 1.0 ? 0 : (int) Math.min(1900, 1 + Math.floor(Math.log(v) / Math.log(1.01)));
    }

    /** Every double within 200 ulps of where each bin should begin, where the log formula changes bin. */
    @Test
    void binsBeginWhereTheLogFormulaChanges() {
        int changes = 0;
        for (int i = 1; i <= 1900; i++) {
            double c = Math.pow(1.01, i - 1);
            double v = c;
            for (int k = 0; k < 200; k++) {
                v = Math.nextDown(v);
            }
            int before = byLog(v);
            for (int k = 0; k < 400; k++) {
                assertEquals(byLog(v), LogHistogram.bin(v), "v=" + v);
                v = Math.nextUp(v);
                changes += byLog(v) != before ? 1 : 0;
                before = byLog(v);
            }
        }
        assertTrue(changes >= 1899, "windows hold the bin changes: " + changes);
    }

    @Test
    void binsOfRandomAndSpecialValuesAsTheLogFormula() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 2_000_000; i++) {
            double v = Math.exp(r.nextDouble(-5, 25)); // e^25 is past the last bin
            assertEquals(byLog(v), LogHistogram.bin(v), "v=" + v);
        }
        for (double v : new double[] {Double.NaN, Double.NEGATIVE_INFINITY, -1, -0.0, 0, Double.MIN_VALUE, 0.5, 1,
                Math.nextUp(1.0), 1.01, Math.nextDown(1.01), 3600, 1e8, 2e8, Double.MAX_VALUE,
                Double.POSITIVE_INFINITY}) {
            assertEquals(byLog(v), LogHistogram.bin(v), "v=" + v);
        }
    }

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
