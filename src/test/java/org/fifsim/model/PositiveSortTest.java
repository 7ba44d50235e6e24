package org.fifsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** Positive values come out as Arrays.sort orders them, however they crowd the buckets; others are left alone. */
class PositiveSortTest {
    private final PositiveSort sorter = new PositiveSort(2050);

    private void assertSorts(String what, int n, DoubleSupplier d) {
        double[] a = new double[2050];
        for (int i = 0; i < n; i++) {
            a[i] = d.getAsDouble();
        }
        double[] want = Arrays.copyOf(a, n);
        Arrays.sort(want);
        assertTrue(sorter.sort(a, n), what);
        assertArrayEquals(want, Arrays.copyOf(a, n), what + " n=" + n);
    }

    @Test
    void sortsPositiveValuesOfAnySpread() {
        SplittableRandom r = new SplittableRandom(1);
        for (int n : new int[] {0, 1, 2, 3, 33, 500, 1640, 2049, 2050}) {
            assertSorts("exponential", n, () -> -Math.log(1 - r.nextDouble()) * 3600);
            assertSorts("narrow", n, () -> 1e5 + r.nextDouble());
            assertSorts("five values", n, () -> 3600 * (1 + r.nextInt(5)));
            assertSorts("crowded with an outlier", n, () -> r.nextInt(1000) == 0 ? 1e300 : 1 + r.nextDouble() * 1e-9);
            assertSorts("extremes", n, () -> r.nextInt(4) == 0 ? Double.MIN_VALUE
                    : r.nextInt(3) == 0 ? Double.POSITIVE_INFINITY : r.nextDouble() + Double.MIN_VALUE);
        }
    }

    @Test
    void leavesZeroAndNegativeValuesToTheCaller() {
        double[] a = {3, 0.0, 2};
        assertFalse(sorter.sort(a, 3));
        assertArrayEquals(new double[] {3, 0.0, 2}, a);
        assertFalse(sorter.sort(new double[] {-0.0}, 1));
        assertFalse(sorter.sort(new double[] {1, -5}, 2));
    }
}
