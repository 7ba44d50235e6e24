package org.fifsim.chart;

import java.awt.geom.Ellipse2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Average-day profiles: 24 hourly values per series (e.g. PV and load per season), each
 * drawn at the middle of its hour on a 0-24 h axis. A series may pick its palette colour
 * and be dashed, so "Summer PV" (solid) and "Summer load" (dashed) can share a colour.
 */
public final class DayProfileChart {

    private static final String CHART = "DayProfileChart";

    /**
     * One profile: {@code hourly[h]} is the mean over hour h..h+1 (h = 0..23).
     * {@code color} indexes {@link ChartStyle#PALETTE} (negative: the series' position).
     */
    public record Series(String name, double[] hourly, int color, boolean dashed) {

        /** A solid series coloured by its position. */
        public Series(String name, double[] hourly) {
            this(name, hourly, -1, false);
        }
    }

    private DayProfileChart() {
    }

    /**
     * @param series one or more series of exactly 24 finite values
     * @param title  chart title (may be null)
     * @param yLabel value axis label with its unit, e.g. "Mean power (kW)"
     * @throws IllegalArgumentException on empty input or a series without 24 finite values
     */
    public static JFreeChart create(List<Series> series, String title, String yLabel) {
        Checks.nonEmpty(CHART, series, "series");
        Checks.distinct(CHART, series.stream().map(Series::name).toList(), "series name");
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Series s : series) {
            String name = Checks.name(CHART, s.name(), "every series");
            Checks.array(CHART, name, "hourly", s.hourly(), 24);
            Checks.finite(CHART, name, "hourly", s.hourly());
            XYSeries xy = new XYSeries(name, false, false);
            for (int h = 0; h < 24; h++) {
                xy.add(h + 0.5, s.hourly()[h]);
            }
            dataset.addSeries(xy);
        }
        NumberAxis x = new NumberAxis("Hour of day (h)");
        x.setRange(0, 24);
        x.setTickUnit(new NumberTickUnit(3));
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(true);
        y.setUpperMargin(0.08);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            renderer.setSeriesPaint(i, ChartStyle.color(s.color() >= 0 ? s.color() : i));
            renderer.setSeriesStroke(i, s.dashed() ? ChartStyle.DASHED_LINE : ChartStyle.LINE);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        return chart;
    }
}
