package org.fifsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The crossing of two synthetic linear curves is where it should be. */
class CrossingTest {
    private static final double[] X = IntStream.rangeClosed(0, 7).mapToDouble(i -> 30.0 * i).toArray();

    private static double[] at(double[] x, DoubleUnaryOperator f) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = f.applyAsDouble(x[i]);
        }
        return y;
    }

    /** The difference of two curves with a band of +-h around it. */
    private static Crossing cross(double[] x, DoubleUnaryOperator base, DoubleUnaryOperator other, double h) {
        double[] d = at(x, v -> other.applyAsDouble(v) - base.applyAsDouble(v));
        return Crossing.find(x, d, at(x, v -> other.applyAsDouble(v) - base.applyAsDouble(v) - h),
                at(x, v -> other.applyAsDouble(v) - base.applyAsDouble(v) + h));
    }

    /** base 1000 + 3x, other 1200 + x: equal at x = 100, between the points 90 and 120. */
    @Test
    void meanSignChangeIsInterpolatedLinearly() {
        Crossing c = cross(X, x -> 1000 + 3 * x, x -> 1200 + x, 0);
        assertEquals(Crossing.Kind.SIGN, c.kind());
        assertEquals(4, c.index());
        assertEquals(100.0, c.x(), 1e-9);
    }

    /** With a band of +-20 the interval first reaches zero where the difference is 20: x = 90, a grid point. */
    @Test
    void intervalReachingZeroIsInterpolatedOnItsBound() {
        Crossing c = cross(X, x -> 1000 + 3 * x, x -> 1200 + x, 20);
        assertEquals(Crossing.Kind.INTERVAL, c.kind());
        assertEquals(3, c.index());
        assertEquals(90.0, c.x(), 1e-9);
        // band 30: the lower bound 170 - 2x is zero at x = 85, between 60 and 90
        Crossing c30 = cross(X, x -> 1000 + 3 * x, x -> 1200 + x, 30);
        assertEquals(Crossing.Kind.INTERVAL, c30.kind());
        assertEquals(3, c30.index());
        assertEquals(85.0, c30.x(), 1e-9);
        // band 10: the interval jumps from [10, 30] at 90 to [-50, -30] at 120: a sign change, on the mean
        Crossing c10 = cross(X, x -> 1000 + 3 * x, x -> 1200 + x, 10);
        assertEquals(Crossing.Kind.SIGN, c10.kind());
        assertEquals(100.0, c10.x(), 1e-9);
    }

    /** A curve below the other all along: none. */
    @Test
    void noCrossing() {
        Crossing c = cross(X, x -> 1000 + 3 * x, x -> 2000 + 3.5 * x, 50);
        assertEquals(Crossing.Kind.NONE, c.kind());
        assertFalse(c.found());
        assertEquals(-1, c.index());
        assertEquals(Double.NaN, c.x());
    }

    /** Indistinguishable at the start: the first point. */
    @Test
    void crossingAtTheFirstPoint() {
        Crossing c = cross(X, x -> 1000 + 3 * x, x -> 1010 + x, 20);
        assertEquals(Crossing.Kind.AT_FIRST_POINT, c.kind());
        assertEquals(0, c.index());
        assertEquals(0.0, c.x());
        Crossing equalMeans = cross(X, x -> x, x -> x, 0);
        assertEquals(Crossing.Kind.AT_FIRST_POINT, equalMeans.kind());
    }

    /** Points walked in decreasing x (a takt walked from slow to fast): same crossing, same position. */
    @Test
    void walksThePointsInTheOrderGiven() {
        double[] down = at(X, x -> 210 - x);
        Crossing c = cross(down, x -> 1000 + 3 * x, x -> 1200 + x, 0);
        assertEquals(Crossing.Kind.SIGN, c.kind());
        assertEquals(100.0, c.x(), 1e-9);
    }

    /** Unknown intervals (one replication): the mean's sign alone decides. */
    @Test
    void withoutIntervalsTheMeanDecides() {
        double[] d = at(X, x -> 200 - 2 * x);
        double[] nan = at(X, x -> Double.NaN);
        Crossing c = Crossing.find(X, d, nan, nan);
        assertEquals(Crossing.Kind.SIGN, c.kind());
        assertEquals(100.0, c.x(), 1e-9);
    }

    /** Another quantity at the crossing, interpolated with the same fraction (vehicles built there). */
    @Test
    void interpolatesOtherValuesAtTheCrossing() {
        Crossing c = cross(X, x -> 1000 + 3 * x, x -> 1200 + x, 0);
        assertEquals(1000 + 3 * 100.0, c.interpolate(at(X, x -> 1000 + 3 * x)), 1e-9);
    }
}
