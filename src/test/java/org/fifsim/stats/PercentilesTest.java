package org.fifsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void oneToTenMatchesNumpyDefault() {
        // h = (n-1)p + 1 -> p5 at h=1.45, p95 at h=9.55 (numpy.percentile(range(1,11), [5,50,95]))
        double[] values = {7, 3, 10, 1, 9, 2, 8, 4, 6, 5};
        assertEquals(new Spread(1.45, 5.5, 9.55), roundedSpread(values));
    }

    @Test
    void interpolatesBetweenOrderStatisticsWithTies() {
        // sorted 1,1,3,4,5: p5 at h=1.2 -> 1, p50 -> 3, p95 at h=4.8 -> 4.8
        Spread s = Percentiles.spread(new double[] {3, 1, 4, 1, 5});
        assertEquals(1.0, s.p5(), 1e-12);
        assertEquals(3.0, s.p50(), 1e-12);
        assertEquals(4.8, s.p95(), 1e-12);
    }

    @Test
    void singlePercentileMatchesHandValue() {
        // sorted 10,20,30,40: p25 at h=1.75 -> 17.5
        assertEquals(17.5, Percentiles.percentile(new double[] {40, 10, 30, 20}, 25.0), 1e-12);
        assertEquals(40.0, Percentiles.percentile(new double[] {40, 10, 30, 20}, 100.0), 1e-12);
    }

    @Test
    void singleValueIsEveryPercentile() {
        assertEquals(new Spread(2.5, 2.5, 2.5), Percentiles.spread(new double[] {2.5}));
    }

    @Test
    void doesNotReorderInput() {
        double[] values = {5, 1, 4, 2, 3};
        Percentiles.spread(values);
        Percentiles.percentile(values, 50.0);
        assertArrayEquals(new double[] {5, 1, 4, 2, 3}, values);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.spread(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.spread(new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.percentile(new double[] {1}, 0.0));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.percentile(new double[] {1}, 100.5));
    }

    private static Spread roundedSpread(double[] values) {
        Spread s = Percentiles.spread(values);
        return new Spread(round(s.p5()), round(s.p50()), round(s.p95()));
    }

    private static double round(double x) {
        return Math.round(x * 1e9) / 1e9;
    }
}
