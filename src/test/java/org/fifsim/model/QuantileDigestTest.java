package org.fifsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tdunning.math.stats.MergingDigest;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** The digest's quantiles are t-digest 3.3's MergingDigest quantiles, bit for bit, for the same sequence of adds. */
class QuantileDigestTest {
    private static final double COMPRESSION = 200;
    private static final double[] QS = qs();

    private static double[] qs() {
        double[] named = {0, 1e-9, 0.001, 0.01, 0.05, 0.5, 0.9, 0.95, 0.99, 0.999, 1 - 1e-9, 1};
        double[] q = Arrays.copyOf(named, named.length + 1001);
        for (int k = 0; k <= 1000; k++) {
            q[named.length + k] = k / 1000.0;
        }
        return q;
    }

    /** A digest and its oracle fed alike. */
    private static final class Pair {
        final QuantileDigest ours;
        final MergingDigest library;
        long added;

        Pair(double compression) {
            ours = new QuantileDigest(compression);
            library = new MergingDigest(compression);
        }

        void add(double v) {
            ours.add(v);
            library.add(v);
            added++;
        }

        void assertSame(String what) {
            for (double q : QS) {
                double want = added == 0 ? Double.NaN : library.quantile(q);
                double got = ours.quantile(q);
                assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got),
                        () -> what + " n=" + added + " q=" + q + ": library " + want + ", ours " + got);
            }
        }
    }

    private static void assertSameAfter(String what, double[] values) {
        Pair p = new Pair(COMPRESSION);
        for (double v : values) {
            p.add(v);
        }
        p.assertSame(what);
    }

    private static double[] draw(int n, DoubleSupplier d) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = d.getAsDouble();
        }
        return v;
    }

    @Test
    void exponentialAndLognormalSamples() {
        for (long seed = 1; seed <= 3; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            for (int n : new int[] {100_000, 1_000_000}) {
                assertSameAfter("exponential seed " + seed, draw(n, () -> -Math.log(1 - r.nextDouble()) * 48 * 3600));
                assertSameAfter("lognormal seed " + seed,
                        draw(n, () -> Math.exp(11 + 0.8 * gaussian(r))));
            }
        }
    }

    private static double gaussian(SplittableRandom r) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    /** Many equal values: ties between new values, between centroids, and between a new value and a centroid. */
    @Test
    void heavyTies() {
        for (long seed = 1; seed <= 3; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            assertSameAfter("five values seed " + seed, draw(300_000, () -> 3600 * (1 + r.nextInt(5))));
            assertSameAfter("one frequent value seed " + seed,
                    draw(300_000, () -> r.nextInt(10) < 7 ? 7200 : 3600 * (1 + r.nextInt(40))));
            assertSameAfter("whole hours seed " + seed, draw(200_000, () -> 3600 * (1 + r.nextInt(200))));
        }
        double[] constant = new double[100_000];
        Arrays.fill(constant, 1200);
        assertSameAfter("constant", constant);
    }

    @Test
    void sortedAndReverseSortedInput() {
        SplittableRandom r = new SplittableRandom(7);
        double[] v = draw(200_000, () -> -Math.log(1 - r.nextDouble()) * 3600);
        Arrays.sort(v);
        assertSameAfter("ascending", v);
        double[] down = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            down[i] = v[v.length - 1 - i];
        }
        assertSameAfter("descending", down);
        double[] ramp = draw(100_000, () -> 0);
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = i % 3000;
        }
        assertSameAfter("sawtooth", ramp);
    }

    /** Few values, and counts around the buffer's first and second merges (it holds 2050 less the centroids). */
    @Test
    void smallCountsAndBufferBoundaries() {
        SplittableRandom r = new SplittableRandom(11);
        int[] sizes = {0, 1, 2, 3, 4, 5, 10, 100, 409, 410, 411};
        for (int n : sizes) {
            assertSameAfter("n " + n, draw(n, () -> 1 + r.nextDouble() * 1e5));
        }
        for (int n = 2040; n <= 2060; n++) {
            assertSameAfter("n " + n, draw(n, () -> 1 + r.nextDouble() * 1e5));
        }
        for (int n = 3700; n <= 4200; n += 7) {
            assertSameAfter("n " + n, draw(n, () -> 1 + r.nextDouble() * 1e5));
        }
    }

    /** A quantile merges the buffer, which moves every later merge: both must agree at every step. */
    @Test
    void quantilesAskedWhileAdding() {
        SplittableRandom r = new SplittableRandom(5);
        Pair p = new Pair(COMPRESSION);
        for (int i = 0; i < 60_000; i++) {
            p.add(-Math.log(1 - r.nextDouble()) * 3600);
            if (r.nextInt(500) == 0 || i < 5) {
                p.assertSame("step " + i);
            }
        }
        p.assertSame("end");
    }

    @Test
    void clearStartsAfresh() {
        SplittableRandom r = new SplittableRandom(3);
        QuantileDigest ours = new QuantileDigest(COMPRESSION);
        for (int round = 0; round < 4; round++) {
            MergingDigest library = new MergingDigest(COMPRESSION);
            int n = round == 2 ? 0 : 50_000 + 30_011 * round;
            for (int i = 0; i < n; i++) {
                double v = Math.exp(10 + r.nextDouble() * 3);
                ours.add(v);
                library.add(v);
            }
            for (double q : QS) {
                double want = n == 0 ? Double.NaN : library.quantile(q);
                assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(ours.quantile(q)),
                        "round " + round + " q=" + q);
            }
            ours.clear();
        }
    }

    /** Zeros of both signs compare equal in the library's sort, which keeps their input order; and extreme values. */
    @Test
    void signedZerosAndExtremes() {
        SplittableRandom r = new SplittableRandom(9);
        assertSameAfter("signed zeros", draw(50_000, () -> r.nextInt(3) == 0 ? (r.nextBoolean() ? -0.0 : 0.0)
                : r.nextDouble()));
        assertSameAfter("only zeros", draw(10_000, () -> r.nextBoolean() ? -0.0 : 0.0));
        assertSameAfter("negative and positive", draw(50_000, () -> r.nextDouble() * 2 - 1));
        assertSameAfter("one infinity", new double[] {1, 2, Double.POSITIVE_INFINITY, 3, Double.NEGATIVE_INFINITY});
        // ties at both ends (not near Double.MAX_VALUE, where a merged mean overflows and the library's order of
        // the resulting NaN depends on its random pivots)
        assertSameAfter("tiny and huge", draw(50_000, () -> r.nextInt(50) == 0 ? Double.MIN_VALUE
                : r.nextInt(50) == 0 ? 1e300 : r.nextDouble() * 1e300));
    }

    @Test
    void otherCompressions() {
        for (double c : new double[] {5, 20, 50, 100, 333.3}) {
            SplittableRandom r = new SplittableRandom(13);
            Pair p = new Pair(c);
            for (int i = 0; i < 100_000; i++) {
                p.add(Math.exp(9 + 1.2 * gaussian(r)));
            }
            p.assertSame("compression " + c);
        }
    }

    @Test
    void refusesNaNAndBadQuantiles() {
        QuantileDigest d = new QuantileDigest(COMPRESSION);
        assertThrows(IllegalArgumentException.class, () -> d.add(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new MergingDigest(COMPRESSION).add(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> d.quantile(1.5));
        assertThrows(IllegalArgumentException.class, () -> d.quantile(-0.1));
    }
}
