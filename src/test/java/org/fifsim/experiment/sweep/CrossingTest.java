package org.fifsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Crossings of synthetic difference curves whose mean and bounds reach zero at known points. */
class CrossingTest {
    private static final double[] X = IntStream.rangeClosed(0, 7).mapToDouble(i -> 30.0 * i).toArray();

    private static double[] at(double[] x, DoubleUnaryOperator f) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = f.applyAsDouble(x[i]);
        }
        return y;
    }

    /** A difference curve d(x) with a band of half-width h(x) around it. */
    private static Crossing cross(double[] x, DoubleUnaryOperator d, DoubleUnaryOperator h) {
        return Crossing.find(x, at(x, d), at(x, v -> d.applyAsDouble(v) - h.applyAsDouble(v)),
                at(x, v -> d.applyAsDouble(v) + h.applyAsDouble(v)));
    }

    /** d = 200 - 2x, band +-20: the mean is zero at 100, the lower bound at 90, the upper at 110. */
    @Test
    void meanCrossingWithTheIntervalFromTheBounds() {
        Crossing c = cross(X, x -> 200 - 2 * x, x -> 20);
        assertEquals(Crossing.Kind.SIGN, c.kind());
        assertEquals(4, c.index());
        assertEquals(100.0, c.x(), 1e-9);
        assertEquals(90.0, c.low().x(), 1e-9);
        assertEquals(110.0, c.high().x(), 1e-9);
        assertArrayEquals(new double[] {90, 110}, c.interval(), 1e-9);
    }

    /**
     * A band that widens along x, h = 10 + 0.1x: lower bound 190 - 2.1x is zero at 90.476..., upper 210 - 1.9x at
     * 110.526...; the crossing is not the middle of its interval.
     */
    @Test
    void wideningBandGivesAnAsymmetricInterval() {
        Crossing c = cross(X, x -> 200 - 2 * x, x -> 10 + 0.1 * x);
        assertEquals(100.0, c.x(), 1e-9);
        assertEquals(190 / 2.1, c.low().x(), 1e-9);
        assertEquals(210 / 1.9, c.high().x(), 1e-9);
    }

    /** A rising difference: the upper bound reaches zero first; the interval is still in axis order. */
    @Test
    void risingDifference() {
        Crossing c = cross(X, x -> 2 * x - 200, x -> 20);
        assertEquals(100.0, c.x(), 1e-9);
        assertEquals(110.0, c.low().x(), 1e-9);
        assertEquals(90.0, c.high().x(), 1e-9);
        assertArrayEquals(new double[] {90, 110}, c.interval(), 1e-9);
    }

    /** A band so wide the bounds never change sign on the swept range: both ends open (NaN). */
    @Test
    void boundThatNeverCrossesLeavesItsEndOpen() {
        Crossing c = cross(X, x -> 200 - 2 * x, x -> 250);
        assertEquals(100.0, c.x(), 1e-9);
        assertFalse(c.low().found());
        assertTrue(Double.isNaN(c.low().x()));
        assertFalse(c.high().found(), "450 - 2x is zero at 225, beyond the last point 210");
        assertTrue(Double.isNaN(c.interval()[1]));
    }

    /** A curve above zero all along: no crossing, though the lower bound may cross. */
    @Test
    void noCrossing() {
        Crossing c = cross(X, x -> 300 - x, x -> 200);
        assertEquals(Crossing.Kind.NONE, c.kind());
        assertFalse(c.found());
        assertEquals(-1, c.index());
        assertTrue(Double.isNaN(c.x()));
        assertEquals(100.0, c.low().x(), 1e-9);
        assertFalse(c.high().found());
    }

    /** A difference that is never clear (band always around 0) and one that is always clear are told apart. */
    @Test
    void noCrossingSaysWhetherTheIntervalIncludesZeroThroughout() {
        Crossing noise = cross(X, x -> 5 + x / 100, x -> 50);
        assertEquals(Crossing.Kind.NONE, noise.kind());
        assertFalse(noise.low().found());
        assertTrue(noise.zeroInsideAtStart());
        Crossing clear = cross(X, x -> 500 - x, x -> 20);
        assertEquals(Crossing.Kind.NONE, clear.kind());
        assertFalse(clear.low().found());
        assertFalse(clear.zeroInsideAtStart());
    }

    /** A mean of zero at the first point. */
    @Test
    void crossingAtTheFirstPoint() {
        Crossing c = cross(X, x -> -x, x -> 10);
        assertEquals(Crossing.Kind.AT_FIRST_POINT, c.kind());
        assertEquals(0, c.index());
        assertEquals(0.0, c.x());
    }

    /** Points walked in decreasing x (a takt walked from slow to fast): same crossing, same positions. */
    @Test
    void walksThePointsInTheOrderGiven() {
        double[] down = at(X, x -> 210 - x);
        Crossing c = cross(down, x -> 200 - 2 * x, x -> 20);
        assertEquals(Crossing.Kind.SIGN, c.kind());
        assertEquals(100.0, c.x(), 1e-9);
        assertArrayEquals(new double[] {90, 110}, c.interval(), 1e-9);
    }

    /** Unknown intervals (one replication): the mean still crosses, its interval stays open. */
    @Test
    void withoutIntervalsTheEndsStayOpen() {
        double[] nan = at(X, x -> Double.NaN);
        Crossing c = Crossing.find(X, at(X, x -> 200 - 2 * x), nan, nan);
        assertEquals(100.0, c.x(), 1e-9);
        assertFalse(c.low().found());
        assertFalse(c.high().found());
    }

    /** Another quantity at the crossing and at its ends, interpolated with the same fractions (vehicles built). */
    @Test
    void interpolatesOtherValuesAtTheCrossingAndItsEnds() {
        Crossing c = cross(X, x -> 200 - 2 * x, x -> 20);
        double[] vehicles = at(X, x -> 1000 + 3 * x);
        assertEquals(1300.0, c.interpolate(vehicles), 1e-9);
        assertEquals(1270.0, c.low().interpolate(vehicles), 1e-9);
        assertEquals(1330.0, c.high().interpolate(vehicles), 1e-9);
    }
}
