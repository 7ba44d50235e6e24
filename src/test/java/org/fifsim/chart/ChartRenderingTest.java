package org.fifsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every builder writes a real, decodable PNG of the requested size with a drawn plot. */
class ChartRenderingTest {

    @TempDir
    Path dir;

    @Test
    void runsHeadless() {
        assertTrue(GraphicsEnvironment.isHeadless(), "tests run with java.awt.headless=true");
    }

    @Test
    void everySampleRendersAtDefaultSize() throws IOException {
        for (Map.Entry<String, JFreeChart> e : ChartSamples.all().entrySet()) {
            PngAssertions.writeAndCheck(e.getValue(), dir.resolve(e.getKey() + ".png"), ChartStyle.WIDTH,
                    ChartStyle.HEIGHT);
        }
    }

    @Test
    void aChartAtCustomSize() throws IOException {
        PngAssertions.writeAndCheck(ChartSamples.waterfall(), dir.resolve("waterfall.png"), 640, 360);
    }

    @Test
    void waterfallShowsIncreaseDecreaseAndTotalColours() throws IOException {
        JFreeChart chart = WaterfallChart.create("Remote", 100, List.of(
                new WaterfallChart.Step("Transport", -40),
                new WaterfallChart.Step("Energy", 15),
                new WaterfallChart.Step("Scrap", -5)), "FiF", "Cost bridge", "Cost (M CNY/yr)");
        BufferedImage img = PngAssertions.writeAndCheck(chart, dir.resolve("wf.png"), 700, 450);
        assertTrue(PngAssertions.count(img, ChartStyle.INCREASE) > 200, "increase bar drawn");
        assertTrue(PngAssertions.count(img, ChartStyle.DECREASE) > 200, "decrease bars drawn");
        assertTrue(PngAssertions.count(img, ChartStyle.TOTAL) > 200, "total bars drawn");
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        assertEquals(70.0, plot.getDataset().getValue(0, 4).doubleValue(), 1e-9, "last bar is base + deltas");
    }

    @Test
    void waterfallGoingBelowZeroRenders() throws IOException {
        JFreeChart chart = WaterfallChart.create("Before", 10, List.of(
                new WaterfallChart.Step("Saving", -25),
                new WaterfallChart.Step("Penalty", 3)), "After", "Net carbon", "t CO2e/yr");
        BufferedImage img = PngAssertions.writeAndCheck(chart, dir.resolve("neg.png"), 700, 450);
        assertTrue(PngAssertions.count(img, ChartStyle.DECREASE) > 200);
    }

    @Test
    void histogramWithOneDistinctValueAndFixedBins() throws IOException {
        PngAssertions.writeAndCheck(HistogramChart.create(new double[] {0.33, 0.33, 0.33}, 0, "Same", "Lead time (h)",
                true), dir.resolve("one.png"), 500, 300);
        PngAssertions.writeAndCheck(HistogramChart.create(ChartSamples.leadTimes(), 12, "Fixed bins",
                "Lead time (h)", false), dir.resolve("fixed.png"), 500, 300);
    }

    @Test
    void timeAxisIsInHoursForShortSpansAndDaysForLong() {
        double[] shortT = {0, 12, 48};
        double[] longT = {0, 100, 1000};
        double[] v = {1, 2, 3};
        JFreeChart hours = TimeSeriesBandChart.create(List.of(new TimeSeriesBandChart.Series("s", shortT, v)), null,
                "Packs");
        JFreeChart days = TimeSeriesBandChart.create(List.of(new TimeSeriesBandChart.Series("s", longT, v)), null,
                "Packs");
        assertEquals("Time (h)", ((XYPlot) hours.getPlot()).getDomainAxis().getLabel());
        assertEquals("Time (days)", ((XYPlot) days.getPlot()).getDomainAxis().getLabel());
        assertEquals(1000 / 24.0, ((XYPlot) days.getPlot()).getDataset().getXValue(0, 2), 1e-9);
    }

    @Test
    void timeSeriesBandWithNanBandEntriesRenders() throws IOException {
        double[] t = {0, 1, 2, 3};
        double[] v = {5, 6, 7, 6};
        double[] lo = {4, Double.NaN, 6, 5};
        double[] hi = {6, 7, Double.NaN, 7};
        PngAssertions.writeAndCheck(TimeSeriesBandChart.create(
                List.of(new TimeSeriesBandChart.Series("Stock", t, v, lo, hi)), "Short", "Packs"),
                dir.resolve("band.png"), 500, 300);
    }

    @Test
    void lineBandWithoutBandsAndMarkerOutsideRange() throws IOException {
        JFreeChart chart = LineBandChart.create(List.of(
                new LineBandChart.Curve("a", new double[] {1, 2, 3}, new double[] {3, 2, 1}, null, null)),
                "No bands", "Trucks (per day)", "Cost (M CNY/yr)", 5.0, "Break-even 5");
        PngAssertions.writeAndCheck(chart, dir.resolve("lb.png"), 600, 400);
        assertTrue(((XYPlot) chart.getPlot()).getDomainAxis().getUpperBound() >= 5.0, "marker kept in view");
    }

    @Test
    void tornadoSortsBySpanWidestFirst() throws IOException {
        JFreeChart chart = TornadoChart.create(List.of(
                new TornadoChart.Entry("small", 9, 11),
                new TornadoChart.Entry("large", 0, 30),
                new TornadoChart.Entry("same side", 12, 20)), 10, "Tornado", "Cost (M CNY/yr)");
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        assertEquals(List.of("large", "same side", "small"), plot.getDataset().getColumnKeys());
        PngAssertions.writeAndCheck(chart, dir.resolve("tornado.png"), 700, 400);
    }

    @Test
    void stackedSharesVerticalWithUnknownPartNames() throws IOException {
        LinkedHashMap<String, Double> parts = new LinkedHashMap<>();
        parts.put("producing", 0.5);
        parts.put("changeover", 0.2);
        LinkedHashMap<String, Double> other = new LinkedHashMap<>();
        other.put("waiting", 0.9);
        JFreeChart chart = StackedShareChart.create(List.of(new StackedShareChart.Row("A", parts),
                new StackedShareChart.Row("B", other)), "Shares", "Share of time (%)", false);
        PngAssertions.writeAndCheck(chart, dir.resolve("shares.png"), 600, 400);
        assertEquals(3, ((CategoryPlot) chart.getPlot()).getDataset().getRowCount(), "union of part names");
    }

    @Test
    void pngWriteCreatesParentDirectories() throws IOException {
        Path file = dir.resolve("a/b/c/chart.png");
        Png.write(ChartSamples.monthly(), file);
        assertTrue(Files.size(file) > 1000);
    }
}
