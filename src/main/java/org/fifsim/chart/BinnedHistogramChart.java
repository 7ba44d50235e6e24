package org.fifsim.chart;

import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.DefaultIntervalXYDataset;

/**
 * A histogram from counts already binned (e.g. lead times merged across replications, where keeping every
 * observation would cost memory), with optional dashed markers at given percentiles. The look matches
 * {@link HistogramChart}.
 */
public final class BinnedHistogramChart {

    private static final String CHART = "BinnedHistogramChart";

    private BinnedHistogramChart() {
    }

    /**
     * @param lower  lower bin edges, increasing
     * @param upper  upper bin edges, {@code upper[i] > lower[i]}
     * @param counts count per bin (may be fractional after re-binning), not negative
     * @param p50    median to mark; NaN for no marker
     * @param p95    95th percentile to mark; NaN for no marker
     * @param title  chart title (may be null)
     * @param xLabel value axis label with its unit, e.g. "Lead time (h)"; the unit is repeated on the markers
     * @param yLabel count axis label, e.g. "Packs (all replications)"
     * @throws IllegalArgumentException on empty or mismatched arrays, bad edges, or negative or non-finite counts
     */
    public static JFreeChart create(double[] lower, double[] upper, double[] counts, double p50, double p95,
            String title, String xLabel, String yLabel) {
        Checks.array(CHART, "bins", "lower", lower, -1);
        int n = lower.length;
        if (n == 0) {
            throw new IllegalArgumentException(CHART + ": no bins to plot (empty input)");
        }
        Checks.array(CHART, "bins", "upper", upper, n);
        Checks.array(CHART, "bins", "counts", counts, n);
        Checks.finite(CHART, "bins", "lower", lower);
        Checks.finite(CHART, "bins", "upper", upper);
        Checks.finite(CHART, "bins", "counts", counts);
        double[][] data = new double[6][n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (!(upper[i] > lower[i]) || counts[i] < 0) {
                throw new IllegalArgumentException(CHART + ": bin " + i + " must have upper > lower and a count >= 0,"
                        + " got [" + lower[i] + ", " + upper[i] + ") with " + counts[i]);
            }
            data[0][i] = (lower[i] + upper[i]) / 2;
            data[1][i] = lower[i];
            data[2][i] = upper[i];
            data[3][i] = counts[i];
            data[4][i] = counts[i];
            data[5][i] = counts[i];
            total += counts[i];
        }
        if (total <= 0) {
            throw new IllegalArgumentException(CHART + ": all bins are empty");
        }
        DefaultIntervalXYDataset dataset = new DefaultIntervalXYDataset();
        dataset.addSeries("Observations", data);

        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0.02);
        x.setUpperMargin(0.02);
        NumberAxis y = new NumberAxis(yLabel);
        y.setUpperMargin(0.18);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(n <= 80);
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        renderer.setSeriesPaint(0, ChartStyle.BLUE);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        plot.setDomainGridlinesVisible(false);
        String unit = ChartStyle.unitOf(xLabel);
        String suffix = unit.isEmpty() ? "" : " " + unit;
        if (Double.isFinite(p50)) {
            plot.addDomainMarker(ChartStyle.marker(p50, "p50 = " + ChartStyle.format(p50) + suffix, false));
        }
        if (Double.isFinite(p95)) {
            plot.addDomainMarker(ChartStyle.marker(p95, "p95 = " + ChartStyle.format(p95) + suffix, true));
        }
        return chart;
    }
}
