package org.fifsim.model.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class WeatherModelTest {

    /** Mean 1 and the requested cv, by quadrature of the inverse CDF (no sampling noise). */
    @Test
    void meanIsOneAndCvAsConfigured() {
        for (double cv : new double[] {0.2, 0.35, 0.6}) {
            WeatherModel model = new WeatherModel(cv, 2.5);
            int n = 20_000;
            double sum = 0;
            double sumSq = 0;
            for (int i = 0; i < n; i++) {
                double x = model.factorAt((i + 0.5) / n);
                sum += x;
                sumSq += x * x;
            }
            double mean = sum / n;
            assertEquals(1.0, mean, 1e-3, "cv " + cv);
            assertEquals(cv, Math.sqrt(sumSq / n - mean * mean), 0.01 * cv, "cv " + cv);
        }
    }

    /** Factors stay within [0, maxFactor]; the default is symmetric about 1. */
    @Test
    void factorsWithinBounds() {
        WeatherModel model = new WeatherModel();
        assertEquals(0.0, model.factorAt(0), 1e-9);
        assertEquals(2.0, model.factorAt(1), 1e-9);
        assertEquals(1.0, model.factorAt(0.5), 1e-6);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1000; i++) {
            double f = model.dailyFactor(random::nextDouble);
            assertTrue(f >= 0 && f <= 2, "factor " + f);
        }
    }

    /** Each day consumes exactly one number of the caller's stream, and the same numbers give the same weather. */
    @Test
    void callerOwnsTheStream() {
        WeatherModel model = new WeatherModel();
        AtomicInteger calls = new AtomicInteger();
        SplittableRandom a = new SplittableRandom(99);
        SplittableRandom b = new SplittableRandom(99);
        for (int i = 0; i < 50; i++) {
            double fa = model.dailyFactor(() -> {
                calls.incrementAndGet();
                return a.nextDouble();
            });
            assertEquals(fa, model.dailyFactor(b::nextDouble));
        }
        assertEquals(50, calls.get());
    }

    @Test
    void zeroCvMeansAverageEveryDay() {
        WeatherModel calm = new WeatherModel(0);
        assertEquals(1.0, calm.factorAt(0.01));
        assertEquals(1.0, calm.factorAt(0.99));
    }

    @Test
    void rejectsImpossibleSpread() {
        assertThrows(IllegalArgumentException.class, () -> new WeatherModel(1.0, 2.0));
        assertThrows(IllegalArgumentException.class, () -> new WeatherModel(-0.1));
        assertThrows(IllegalArgumentException.class, () -> new WeatherModel(0.3, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new WeatherModel().factorAt(1.5));
    }
}
