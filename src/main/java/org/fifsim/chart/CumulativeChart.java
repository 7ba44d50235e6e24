package org.fifsim.chart;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Cumulative counts over time, e.g. packs produced against vehicles demanded: the vertical
 * gap between the curves is the stock (or backlog) at each moment. Time in days.
 */
public final class CumulativeChart {

    private static final String CHART = "CumulativeChart";

    /**
     * One curve: {@code cumulative[i]} reached at {@code timeHours[i]} (non-decreasing).
     * {@code dashed} draws it dashed, e.g. for demand against solid production.
     */
    public record Series(String name, double[] timeHours, double[] cumulative, boolean dashed) {

        /** A solid curve. */
        public Series(String name, double[] timeHours, double[] cumulative) {
            this(name, timeHours, cumulative, false);
        }
    }

    private CumulativeChart() {
    }

    /**
     * @param series one or more curves with at least one point each
     * @param title  chart title (may be null)
     * @param yLabel count axis label with its unit, e.g. "Cumulative count (packs)"
     * @param steps  draw as steps (exact for event counts) rather than straight segments
     * @throws IllegalArgumentException on empty input, mismatched lengths, non-finite or
     *         decreasing times
     */
    public static JFreeChart create(List<Series> series, String title, String yLabel, boolean steps) {
        Checks.nonEmpty(CHART, series, "series");
        Checks.distinct(CHART, series.stream().map(Series::name).toList(), "series name");
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Series s : series) {
            String name = Checks.name(CHART, s.name(), "every series");
            int n = Checks.points(CHART, name, "timeHours", s.timeHours(), "cumulative", s.cumulative());
            XYSeries xy = new XYSeries(name, false, true);
            for (int i = 0; i < n; i++) {
                double day = s.timeHours()[i] / 24.0;
                if (steps && i > 0) {
                    // Hold the previous count until this instant: a step drawn as one path,
                    // so dash patterns run on instead of restarting at every point.
                    xy.add(day, s.cumulative()[i - 1], false);
                }
                xy.add(day, s.cumulative()[i], false);
            }
            dataset.addSeries(xy);
        }
        NumberAxis x = new NumberAxis("Time (days)");
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0.0);
        x.setUpperMargin(0.0);
        NumberAxis y = new NumberAxis(yLabel);
        y.setUpperMargin(0.05);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(i));
            renderer.setSeriesStroke(i, series.get(i).dashed() ? ChartStyle.DASHED_LINE : ChartStyle.LINE);
        }
        return chart;
    }
}
