package org.fifsim.chart;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Empty or inconsistent input fails with a message naming the chart, never a blank chart. */
class ChartInputTest {

    private static void rejects(String chart, String fragment, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(chart + ":"), "message names the chart: " + e.getMessage());
        assertTrue(e.getMessage().contains(fragment), "message says '" + fragment + "': " + e.getMessage());
    }

    @Test
    void emptyInputsAreRejected() {
        rejects("TimeSeriesBandChart", "no series", () -> TimeSeriesBandChart.create(List.of(), "t", "y"));
        rejects("HistogramChart", "no observations", () -> HistogramChart.create(new double[0], 0, "t", "x", true));
        rejects("StackedShareChart", "no rows", () -> StackedShareChart.create(List.of(), "t", "y", true));
        rejects("CumulativeChart", "no series", () -> CumulativeChart.create(List.of(), "t", "y", true));
        rejects("WaterfallChart", "no steps", () -> WaterfallChart.create("a", 1, List.of(), "b", "t", "y"));
        rejects("LineBandChart", "no curves", () -> LineBandChart.create(List.of(), "t", "x", "y"));
        rejects("TornadoChart", "no entries", () -> TornadoChart.create(List.of(), 1, "t", "x"));
        rejects("MonthlyBarChart", "no series", () -> MonthlyBarChart.create(List.of(), "t", "y"));
        rejects("DayProfileChart", "no series", () -> DayProfileChart.create(List.of(), "t", "y"));
    }

    @Test
    void seriesWithoutPointsAreRejected() {
        double[] none = {};
        rejects("TimeSeriesBandChart", "no points", () -> TimeSeriesBandChart.create(
                List.of(new TimeSeriesBandChart.Series("s", none, none)), "t", "y"));
        rejects("CumulativeChart", "no points", () -> CumulativeChart.create(
                List.of(new CumulativeChart.Series("s", none, none)), "t", "y", false));
        rejects("LineBandChart", "no points", () -> LineBandChart.create(
                List.of(new LineBandChart.Curve("c", none, none, null, null)), "t", "x", "y"));
        rejects("StackedShareChart", "no parts", () -> StackedShareChart.create(
                List.of(new StackedShareChart.Row("A", new LinkedHashMap<>())), "t", "y", true));
        rejects("HistogramChart", "all NaN", () -> HistogramChart.create(new double[] {Double.NaN}, 0, "t", "x",
                true));
    }

    @Test
    void inconsistentArraysAreRejected() {
        double[] t = {0, 1, 2};
        rejects("TimeSeriesBandChart", "expected 3", () -> TimeSeriesBandChart.create(
                List.of(new TimeSeriesBandChart.Series("s", t, new double[] {1, 2})), "t", "y"));
        rejects("TimeSeriesBandChart", "both or neither", () -> TimeSeriesBandChart.create(
                List.of(new TimeSeriesBandChart.Series("s", t, t, t, null)), "t", "y"));
        rejects("TimeSeriesBandChart", "non-decreasing", () -> TimeSeriesBandChart.create(
                List.of(new TimeSeriesBandChart.Series("s", new double[] {0, 2, 1}, t)), "t", "y"));
        rejects("CumulativeChart", "finite", () -> CumulativeChart.create(
                List.of(new CumulativeChart.Series("s", t, new double[] {0, Double.NaN, 2})), "t", "y", true));
        rejects("MonthlyBarChart", "expected 12", () -> MonthlyBarChart.create(
                List.of(new MonthlyBarChart.Series("pv", new double[11])), "t", "y"));
        rejects("DayProfileChart", "expected 24", () -> DayProfileChart.create(
                List.of(new DayProfileChart.Series("pv", new double[23])), "t", "y"));
        rejects("LineBandChart", "appears twice", () -> LineBandChart.create(List.of(
                new LineBandChart.Curve("c", t, t, null, null), new LineBandChart.Curve("c", t, t, null, null)),
                "t", "x", "y"));
    }

    @Test
    void sharesMustBeFractionsSummingToAtMostOne() {
        LinkedHashMap<String, Double> over = new LinkedHashMap<>();
        over.put("busy", 0.8);
        over.put("down", 0.3);
        rejects("StackedShareChart", "at most 1", () -> StackedShareChart.create(
                List.of(new StackedShareChart.Row("A", over)), "t", "y", true));
        LinkedHashMap<String, Double> negative = new LinkedHashMap<>();
        negative.put("busy", -0.1);
        rejects("StackedShareChart", ">= 0", () -> StackedShareChart.create(
                List.of(new StackedShareChart.Row("A", negative)), "t", "y", true));
    }

    @Test
    void waterfallAndTornadoRejectNonFiniteValues() {
        rejects("WaterfallChart", "must be finite", () -> WaterfallChart.create("a", 1,
                List.of(new WaterfallChart.Step("x", Double.NaN)), "b", "t", "y"));
        rejects("WaterfallChart", "appears twice", () -> WaterfallChart.create("a", 1,
                List.of(new WaterfallChart.Step("a", 1)), "b", "t", "y"));
        rejects("TornadoChart", "must be finite", () -> TornadoChart.create(
                List.of(new TornadoChart.Entry("p", Double.NaN, 1)), 0, "t", "x"));
        rejects("HistogramChart", "finite", () -> HistogramChart.create(
                new double[] {1, Double.POSITIVE_INFINITY}, 0, "t", "x", true));
    }

    @Test
    void pngRejectsBadSizes() {
        rejects("Png.write", "size", () -> Png.write(ChartSamples.monthly(), Path.of("x.png"), 0, 100));
        rejects("Png.write", "chart is null", () -> Png.write(null, Path.of("x.png"), 10, 10));
    }
}
