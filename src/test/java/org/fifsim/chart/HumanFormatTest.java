package org.fifsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** Axis numbers as on a slide: k and M, never E-notation. */
class HumanFormatTest {
    @Test
    void largeSmallAndNegativeNumbers() {
        assertEquals("200M", HumanFormat.text(2e8));
        assertEquals("250k", HumanFormat.text(250_000));
        assertEquals("1.5M", HumanFormat.text(1.5e6));
        assertEquals("\u22121.5M", HumanFormat.text(-1.5e6));
        assertEquals("1,500", HumanFormat.text(1500));
        assertEquals("7.5G", HumanFormat.text(7.5e9));
        assertEquals("0.00002", HumanFormat.text(2e-5));
        assertEquals("0.3", HumanFormat.text(0.1 + 0.2));
        assertEquals("0", HumanFormat.text(-0.0));
        for (double v : new double[] {2e8, 2e-5, 1e-9, 123456789}) {
            assertFalse(HumanFormat.text(v).contains("E"), HumanFormat.text(v));
            assertFalse(ChartStyle.format(v).contains("E"), ChartStyle.format(v));
        }
    }

    @Test
    void everyStyledNumberAxisUsesIt() {
        JFreeChart c = LineBandChart.create(java.util.List.of(new LineBandChart.Curve("a", new double[] {1, 2},
                new double[] {1e8, 2e8}, null, null)), null, "x", "y");
        c.createBufferedImage(900, 500); // lays the axis out: the format reads its range and step
        NumberAxis y = (NumberAxis) ((XYPlot) c.getPlot()).getRangeAxis();
        assertEquals("200M", y.getNumberFormatOverride().format(2e8));
    }
}
