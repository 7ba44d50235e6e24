package org.fifsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The shared formatting and statistics helpers. */
class ChartStyleTest {

    @Test
    void formatsNumbersByMagnitudeWhateverTheLocale() {
        assertEquals("1,234,568", ChartStyle.format(1234567.8));
        assertEquals("123", ChartStyle.format(123.4));
        assertEquals("12.3", ChartStyle.format(12.34));
        assertEquals("1.23", ChartStyle.format(1.234));
        assertEquals("0.012", ChartStyle.format(0.0123));
        assertEquals("0", ChartStyle.format(-0.0));
        assertEquals("+2.50", ChartStyle.formatSigned(2.5));
        assertEquals("-2.50", ChartStyle.formatSigned(-2.5, 2));
        assertEquals("0.0", ChartStyle.formatSigned(-0.01, 1));
        assertEquals("1,200.0", ChartStyle.format(1200, 1));
        assertEquals(1, ChartStyle.decimalsFor(86.4));
        assertEquals(0, ChartStyle.decimalsFor(-1200));
    }

    @Test
    void unitIsTakenFromTheAxisLabel() {
        assertEquals("h", ChartStyle.unitOf("Lead time (h)"));
        assertEquals("M CNY/yr", ChartStyle.unitOf("Cost (M CNY/yr)"));
        assertEquals("", ChartStyle.unitOf("Count"));
        assertEquals("", ChartStyle.unitOf(null));
    }

    @Test
    void paletteCyclesAndTextContrasts() {
        assertEquals(ChartStyle.color(0), ChartStyle.color(ChartStyle.PALETTE.size()));
        assertEquals(ChartStyle.INK, ChartStyle.textOn(ChartStyle.YELLOW));
        assertEquals(java.awt.Color.WHITE, ChartStyle.textOn(ChartStyle.BLUE));
    }

    @Test
    void percentilesAndFreedmanDiaconisBins() {
        double[] v = {1, 2, 3, 4, 5};
        assertEquals(3.0, HistogramChart.percentile(v, 0.5), 1e-12);
        assertEquals(4.8, HistogramChart.percentile(v, 0.95), 1e-12);
        Random rnd = new Random(1);
        double[] normal = new double[1000];
        for (int i = 0; i < normal.length; i++) {
            normal[i] = rnd.nextGaussian();
        }
        Arrays.sort(normal);
        int bins = HistogramChart.freedmanDiaconisBins(normal);
        assertTrue(bins >= 15 && bins <= 30, "FD bins for n=1000 normal: " + bins);
        assertEquals(1, HistogramChart.freedmanDiaconisBins(new double[] {2, 2, 2}));
        double[] flatIqr = {0, 0, 0, 0, 0, 0, 0, 0, 10};
        assertTrue(HistogramChart.freedmanDiaconisBins(flatIqr) >= 2, "Sturges fallback when the IQR is 0");
    }
}
