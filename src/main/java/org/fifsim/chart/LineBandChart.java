package org.fifsim.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.YIntervalDataItem;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A KPI against a varied numeric parameter (a sweep), one line per scenario with its
 * interval as a shaded band, and an optional labelled vertical marker (e.g. break-even).
 */
public final class LineBandChart {

    private static final String CHART = "LineBandChart";

    /**
     * One scenario's curve: {@code mean[i]} at parameter value {@code x[i]} (increasing),
     * with interval {@code low[i]..high[i]}. {@code low} and {@code high} may both be null,
     * and NaN entries draw no band at that point.
     */
    public record Curve(String name, double[] x, double[] mean, double[] low, double[] high) {
    }

    private LineBandChart() {
    }

    /** A chart without a marker; see {@link #create(List, String, String, String, double, String)}. */
    public static JFreeChart create(List<Curve> curves, String title, String xLabel, String yLabel) {
        return create(curves, title, xLabel, yLabel, Double.NaN, null);
    }

    /**
     * @param curves      one or more curves with at least one point each
     * @param title       chart title (may be null)
     * @param xLabel      parameter axis label with its unit, e.g. "Distance to pack plant (km)"
     * @param yLabel      KPI axis label with its unit
     * @param markerX     where to draw a vertical marker; NaN for none
     * @param markerLabel the marker's label, e.g. "Break-even 38 km" (may be null)
     * @throws IllegalArgumentException on empty input, mismatched lengths, non-finite x or
     *         mean, or decreasing x
     */
    public static JFreeChart create(List<Curve> curves, String title, String xLabel, String yLabel,
            double markerX, String markerLabel) {
        return create(curves, title, xLabel, yLabel, markerX, markerLabel, Double.NaN, Double.NaN);
    }

    /**
     * As {@link #create(List, String, String, String, double, String)} with the marker's interval shaded from
     * {@code markerLow} to {@code markerHigh} (an open end, NaN, runs to the edge of the plot).
     */
    public static JFreeChart create(List<Curve> curves, String title, String xLabel, String yLabel,
            double markerX, String markerLabel, double markerLow, double markerHigh) {
        Checks.nonEmpty(CHART, curves, "curves");
        Checks.distinct(CHART, curves.stream().map(Curve::name).toList(), "curve name");
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        for (Curve c : curves) {
            String name = Checks.name(CHART, c.name(), "every curve");
            int n = Checks.points(CHART, name, "x", c.x(), "mean", c.mean());
            if ((c.low() == null) != (c.high() == null)) {
                throw new IllegalArgumentException(CHART + ": curve '" + name
                        + "' has only one of low/high; give both or neither");
            }
            if (c.low() != null) {
                Checks.array(CHART, name, "low", c.low(), n);
                Checks.array(CHART, name, "high", c.high(), n);
            }
            YIntervalSeries ys = new YIntervalSeries(name, false, true);
            for (int i = 0; i < n; i++) {
                double m = c.mean()[i];
                double lo = c.low() != null && Double.isFinite(c.low()[i]) ? c.low()[i] : m;
                double hi = c.high() != null && Double.isFinite(c.high()[i]) ? c.high()[i] : m;
                ys.add(new YIntervalDataItem(c.x()[i], m, Math.min(lo, hi), Math.max(lo, hi)), false);
            }
            dataset.addSeries(ys);
        }
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0.02);
        x.setUpperMargin(0.02);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        y.setUpperMargin(0.08);
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(0.2f);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        for (int i = 0; i < curves.size(); i++) {
            Color c = ChartStyle.color(i);
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, ChartStyle.LINE);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        if (Double.isFinite(markerX)) {
            Range all = Range.expandToInclude(DatasetUtils.findDomainBounds(dataset), markerX);
            if (!DatasetUtils.findDomainBounds(dataset).contains(markerX)) {
                // Keep the marker in view even if it lies outside the swept range.
                double pad = all.getLength() * 0.03;
                x.setRange(all.getLowerBound() - pad, all.getUpperBound() + pad);
            }
            // Label on the side with more room, so it is not cut at the plot edge.
            boolean labelLeft = all.getLength() > 0
                    && (markerX - all.getLowerBound()) / all.getLength() > 0.6;
            if (Double.isFinite(markerLow) || Double.isFinite(markerHigh)) {
                Range shown = x.getRange();
                double lo = Double.isFinite(markerLow) ? markerLow : shown.getLowerBound();
                double hi = Double.isFinite(markerHigh) ? markerHigh : shown.getUpperBound();
                IntervalMarker band = new IntervalMarker(Math.min(lo, hi), Math.max(lo, hi));
                band.setPaint(new Color(0x8C, 0x8C, 0x8C, 50));
                band.setOutlinePaint(null);
                plot.addDomainMarker(band, org.jfree.chart.ui.Layer.BACKGROUND);
            }
            plot.addDomainMarker(ChartStyle.marker(markerX, markerLabel, !labelLeft));
        }
        return chart;
    }
}
