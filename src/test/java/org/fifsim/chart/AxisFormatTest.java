package org.fifsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

/** One format per axis: the suffix from the axis's size, the decimals from its step. */
class AxisFormatTest {

    @Test
    void theAxisNotTheTickPicksTheSuffix() {
        // the carbon bridge's axis once read "9,000" then "10k": now all thousands
        assertEquals("9k", AxisFormat.text(9_000, 17_000, 1_000));
        assertEquals("10k", AxisFormat.text(10_000, 17_000, 1_000));
        assertEquals("0", AxisFormat.text(0, 17_000, 1_000));
        // below 10,000 at the top: grouped digits throughout
        assertEquals("2,500", AxisFormat.text(2_500, 9_000, 500));
        assertEquals("\u22125M", AxisFormat.text(-5e6, 2e7, 5e6));
    }

    @Test
    void theStepPicksTheDecimalsSoCloseTicksDiffer() {
        // a tornado of vehicles built once labelled every tick "673k"
        assertEquals("673.1k", AxisFormat.text(673_100, 673_500, 100));
        assertEquals("673.0k", AxisFormat.text(673_000, 673_500, 100));
        assertEquals("2.5k", AxisFormat.text(2_500, 20_000, 2_500));
        assertEquals("5.0k", AxisFormat.text(5_000, 20_000, 2_500));
        assertEquals("0.00002", AxisFormat.text(2e-5, 1e-4, 1e-5));
        assertEquals("0.25", AxisFormat.text(0.25, 1, 0.25));
    }

    @Test
    void aDrawnAxisHasDistinctTicksInOneStyle() {
        JFreeChart c = TornadoChart.create(List.of(new TornadoChart.Entry("takt", 673_050, 673_420),
                new TornadoChart.Entry("buffer", 673_150, 673_260)), 673_200, "Vehicles built", "Vehicles (/yr)");
        c.createBufferedImage(900, 500); // lays the axis out: its range and tick step
        NumberAxis axis = (NumberAxis) ((CategoryPlot) c.getPlot()).getRangeAxis();
        double step = axis.getTickUnit().getSize();
        List<String> labels = new ArrayList<>();
        for (double v = Math.ceil(axis.getLowerBound() / step) * step; v <= axis.getUpperBound(); v += step) {
            labels.add(axis.getNumberFormatOverride().format(v));
        }
        assertTrue(labels.size() >= 3, labels.toString());
        Set<String> distinct = new HashSet<>(labels);
        assertEquals(labels.size(), distinct.size(), "every tick its own label: " + labels);
        Set<Integer> lengths = new HashSet<>();
        labels.forEach(l -> lengths.add(l.replaceAll("[^.]", "").length()));
        assertEquals(1, lengths.size(), "one number style per axis: " + labels);
    }
}
