package org.fifsim.chart;

import java.awt.Color;
import java.util.Arrays;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;

/**
 * A histogram of observations (e.g. pack lead times in hours), with optional dashed
 * markers at the median and the 95th percentile.
 */
public final class HistogramChart {

    private static final String CHART = "HistogramChart";
    /** Upper limit on automatic bins, so a long tail cannot make hairline bars. */
    static final int MAX_AUTO_BINS = 100;

    private HistogramChart() {
    }

    /**
     * @param observations     the values; NaN entries are ignored, infinite ones rejected
     * @param bins             number of bins, or 0 (or less) for Freedman-Diaconis
     * @param title            chart title (may be null)
     * @param xLabel           value axis label with its unit, e.g. "Lead time (h)"; the unit
     *                         in the last parentheses is repeated on the marker labels
     * @param markPercentiles  draw p50 and p95 markers with their values
     * @throws IllegalArgumentException if there is no finite observation or a value is infinite
     */
    public static JFreeChart create(double[] observations, int bins, String title, String xLabel,
            boolean markPercentiles) {
        if (observations == null) {
            throw new IllegalArgumentException(CHART + ": observations array is null");
        }
        double[] v = Arrays.stream(observations).filter(d -> !Double.isNaN(d)).toArray();
        if (v.length == 0) {
            throw new IllegalArgumentException(CHART + ": no observations to plot (empty input or all NaN)");
        }
        Checks.finite(CHART, "observations", "value", v);
        Arrays.sort(v);
        double min = v[0];
        double max = v[v.length - 1];
        int n = bins > 0 ? bins : freedmanDiaconisBins(v);
        if (min == max) {
            // A single distinct value: give the one bar some width around it.
            double half = min == 0 ? 0.5 : Math.abs(min) * 0.05;
            min -= half;
            max += half;
            n = 1;
        }
        HistogramDataset dataset = new HistogramDataset();
        dataset.setType(HistogramType.FREQUENCY);
        dataset.addSeries("Observations", v, n, min, max);

        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0.02);
        x.setUpperMargin(0.02);
        NumberAxis y = new NumberAxis("Count (n = " + String.format(Locale.ROOT, "%,d", v.length) + ")");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setUpperMargin(markPercentiles ? 0.18 : 0.06);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        renderer.setSeriesPaint(0, ChartStyle.BLUE);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        plot.setDomainGridlinesVisible(false);
        if (markPercentiles) {
            String unit = ChartStyle.unitOf(xLabel);
            String suffix = unit.isEmpty() ? "" : " " + unit;
            double p50 = percentile(v, 0.50);
            double p95 = percentile(v, 0.95);
            plot.addDomainMarker(ChartStyle.marker(p50, "p50 = " + ChartStyle.format(p50) + suffix, false));
            plot.addDomainMarker(ChartStyle.marker(p95, "p95 = " + ChartStyle.format(p95) + suffix, true));
        }
        return chart;
    }

    /** Freedman-Diaconis bin count for sorted data, falling back to Sturges when the IQR is 0. */
    static int freedmanDiaconisBins(double[] sorted) {
        int n = sorted.length;
        double range = sorted[n - 1] - sorted[0];
        if (n < 2 || range == 0) {
            return 1;
        }
        double iqr = percentile(sorted, 0.75) - percentile(sorted, 0.25);
        int bins;
        if (iqr > 0) {
            double width = 2.0 * iqr / Math.cbrt(n);
            bins = (int) Math.ceil(range / width);
        } else {
            bins = (int) Math.ceil(Math.log(n) / Math.log(2) + 1);
        }
        return Math.max(1, Math.min(MAX_AUTO_BINS, bins));
    }

    /** Linearly interpolated percentile (Hyndman-Fan type 7) of sorted data, {@code p} in [0, 1]. */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
