package org.fifsim.chart;

import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalDataItem;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One replication's trajectory drawn as a line, with the across-replication band (min-max
 * or p5-p95) shaded behind it in the same colour; several series share the axes (e.g.
 * line-side stock and pipeline). The time axis is in days when the span exceeds three
 * days, else in hours.
 */
public final class TimeSeriesBandChart {

    private static final String CHART = "TimeSeriesBandChart";
    /** Spans longer than this many hours are drawn in days. */
    static final double DAYS_ABOVE_HOURS = 72.0;

    /**
     * One series: {@code value[i]} at {@code timeHours[i]} (non-decreasing), and optionally
     * the band {@code bandLow[i]..bandHigh[i]} (both null for no band; NaN entries fall
     * back to the value).
     */
    public record Series(String name, double[] timeHours, double[] value, double[] bandLow, double[] bandHigh) {

        /** A series without a band. */
        public Series(String name, double[] timeHours, double[] value) {
            this(name, timeHours, value, null, null);
        }
    }

    private TimeSeriesBandChart() {
    }

    /** As {@link #create(List, String, String, String)} with band legend "Shaded: range across replications". */
    public static JFreeChart create(List<Series> series, String title, String yLabel) {
        return create(series, title, yLabel, "Shaded: range across replications");
    }

    /**
     * @param series          at least one series with at least one point each
     * @param title           chart title (may be null)
     * @param yLabel          value axis label with its unit, e.g. "Packs"
     * @param bandDescription legend entry explaining the shading, e.g. "Shaded: p5-p95 of 10
     *                        replications"; null for none. Shown only if a band exists.
     * @throws IllegalArgumentException on empty input, mismatched lengths, non-finite times
     *         or values, or decreasing times
     */
    public static JFreeChart create(List<Series> series, String title, String yLabel, String bandDescription) {
        Checks.nonEmpty(CHART, series, "series");
        Checks.distinct(CHART, series.stream().map(Series::name).toList(), "series name");
        double tMin = Double.POSITIVE_INFINITY;
        double tMax = Double.NEGATIVE_INFINITY;
        boolean anyBand = false;
        for (Series s : series) {
            String name = Checks.name(CHART, s.name(), "every series");
            int n = Checks.points(CHART, name, "timeHours", s.timeHours(), "value", s.value());
            if ((s.bandLow() == null) != (s.bandHigh() == null)) {
                throw new IllegalArgumentException(CHART + ": series '" + name
                        + "' has only one of bandLow/bandHigh; give both or neither");
            }
            if (s.bandLow() != null) {
                Checks.array(CHART, name, "bandLow", s.bandLow(), n);
                Checks.array(CHART, name, "bandHigh", s.bandHigh(), n);
                anyBand = true;
            }
            tMin = Math.min(tMin, s.timeHours()[0]);
            tMax = Math.max(tMax, s.timeHours()[n - 1]);
        }
        boolean days = tMax - tMin > DAYS_ABOVE_HOURS;
        double scale = days ? 1.0 / 24.0 : 1.0;

        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        for (Series s : series) {
            YIntervalSeries ys = new YIntervalSeries(s.name(), false, true);
            for (int i = 0; i < s.timeHours().length; i++) {
                double v = s.value()[i];
                double lo = v;
                double hi = v;
                if (s.bandLow() != null) {
                    lo = Double.isFinite(s.bandLow()[i]) ? s.bandLow()[i] : v;
                    hi = Double.isFinite(s.bandHigh()[i]) ? s.bandHigh()[i] : v;
                }
                ys.add(new YIntervalDataItem(s.timeHours()[i] * scale, v, Math.min(lo, hi), Math.max(lo, hi)), false);
            }
            dataset.addSeries(ys);
        }

        NumberAxis x = new NumberAxis(days ? "Time (days)" : "Time (h)");
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0.0);
        x.setUpperMargin(0.0);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(true);
        y.setUpperMargin(0.08);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.22f);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, true);
        ChartStyle.apply(chart);

        LegendItemCollection legend = new LegendItemCollection();
        for (int i = 0; i < series.size(); i++) {
            Color c = ChartStyle.color(i);
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, ChartStyle.LINE);
            legend.add(renderer.getLegendItem(0, i));
        }
        if (anyBand && bandDescription != null && !bandDescription.isBlank()) {
            legend.add(ChartStyle.legendBox(bandDescription, new Color(0xC8C8C8)));
        }
        plot.setFixedLegendItems(legend);
        return chart;
    }
}
