package org.fifsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** SvgDecimals writes exactly what Batik's DecimalFormat writes, ties and signs included. */
class SvgDecimalsTest {
    private final DecimalFormat batik = new DecimalFormat(SvgDecimals.PATTERN, new DecimalFormatSymbols(Locale.US));
    private final SvgDecimals ours = new SvgDecimals();

    private void same(double d) {
        assertEquals(batik.format(d), ours.format(d), () -> "formatting " + d + " (" + Double.toHexString(d) + ")");
    }

    @Test
    void randomCoordinatesOfEveryMagnitude() {
        SplittableRandom r = new SplittableRandom(26);
        for (int i = 0; i < 1_000_000; i++) {
            double scale = Math.pow(10, r.nextInt(-6, 10));
            double d = (r.nextDouble() * 2 - 1) * scale;
            same(d);
            same(Math.round(d * 1000) / 1000.0); // short decimals, as a chart's grid lines give
        }
    }

    @Test
    void halvesAndTheirNeighbours() {
        for (long k = -300_000; k <= 300_000; k++) {
            double tie = (k + 0.5) / 1000.0; // x.xxx5: a tie in decimal, rarely in binary
            same(tie);
            same(Math.nextUp(tie));
            same(Math.nextDown(tie));
            double exact = (k + 0.5) / 1024.0; // binary fractions that are exact ties at some digit
            same(exact);
            same(k / 8.0 + 0.0005);
        }
        for (double big : new double[] {123456.7895, 99999999.9995, 1e8 + 0.0005, 4503599.6270495, 1e9 - 0.0005}) {
            same(big);
            same(-big);
            same(Math.nextUp(big));
            same(Math.nextDown(big));
        }
    }

    @Test
    void zerosSignsAndWhatFallsBack() {
        for (double d : new double[] {0.0, -0.0, 0.0004, -0.0004, 0.0005, -0.0005, 0.0015, -0.0015, 0.5, -0.5, 1, -1,
            0.001, 0.01, 0.1, 0.999, 0.9995, 0.9994999, 1e-300, -1e-300, Double.MIN_VALUE, 1e9, 2e15, -3e20,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE}) {
            same(d);
        }
    }
}
