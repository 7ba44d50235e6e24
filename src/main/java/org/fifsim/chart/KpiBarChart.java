package org.fifsim.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * KPI means as grouped bars, one group per KPI and one bar per scenario, each with a
 * whisker for its (possibly asymmetric) 95% interval. Put only KPIs of one unit on one
 * chart: they share the value axis.
 */
public final class KpiBarChart {

    private static final String CHART = "KpiBarChart";

    /**
     * One bar: the mean of {@code kpi} in {@code scenario} and its interval. A NaN or
     * infinite {@code low} or {@code high} draws no whisker; a NaN mean draws no bar.
     */
    public record Bar(String kpi, String scenario, double mean, double low, double high) {
    }

    private KpiBarChart() {
    }

    /**
     * @param bars   the bars; KPIs and scenarios keep their first-seen order
     * @param title  chart title (may be null)
     * @param yLabel value axis label with its unit, e.g. "Cost (M CNY/yr)"
     * @throws IllegalArgumentException if {@code bars} is empty, has no finite mean, or
     *         repeats a (kpi, scenario) pair
     */
    public static JFreeChart create(List<Bar> bars, String title, String yLabel) {
        Checks.nonEmpty(CHART, bars, "bars");
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Map<String, double[]> intervals = new HashMap<>();
        Set<String> seen = new HashSet<>();
        boolean anyMean = false;
        for (Bar b : bars) {
            Checks.name(CHART, b.kpi(), "every bar's KPI");
            Checks.name(CHART, b.scenario(), "every bar's scenario");
            if (!seen.add(b.kpi() + "\u0000" + b.scenario())) {
                throw new IllegalArgumentException(CHART + ": KPI '" + b.kpi() + "' has two bars for scenario '"
                        + b.scenario() + "'");
            }
            boolean finiteMean = Double.isFinite(b.mean());
            anyMean |= finiteMean;
            dataset.addValue(finiteMean ? Double.valueOf(b.mean()) : null, b.scenario(), b.kpi());
            intervals.put(b.kpi() + "\u0000" + b.scenario(), new double[] {b.low(), b.high()});
        }
        if (!anyMean) {
            throw new IllegalArgumentException(CHART + ": no bar has a finite mean; nothing to plot");
        }

        CategoryAxis domain = new CategoryAxis(null);
        domain.setCategoryMargin(0.25);
        domain.setLowerMargin(0.04);
        domain.setUpperMargin(0.04);
        NumberAxis range = new NumberAxis(yLabel);
        WhiskerBarRenderer renderer = new WhiskerBarRenderer(intervals);
        CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, true);
        if (anyWhisker(bars)) {
            chart.addSubtitle(new TextTitle("Bars: mean; whiskers: 95% confidence interval"));
        }
        ChartStyle.apply(chart);
        for (int i = 0; i < dataset.getRowCount(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(i));
        }
        range.setUpperMargin(0.08);
        return chart;
    }

    private static boolean anyWhisker(List<Bar> bars) {
        for (Bar b : bars) {
            if (Double.isFinite(b.mean()) && Double.isFinite(b.low()) && Double.isFinite(b.high())) {
                return true;
            }
        }
        return false;
    }

    /** Bars from zero with an interval whisker drawn over each. */
    private static final class WhiskerBarRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final Map<String, double[]> intervals;

        WhiskerBarRenderer(Map<String, double[]> intervals) {
            this.intervals = intervals;
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(false);
            setItemMargin(0.06);
            setMaximumBarWidth(0.12);
        }

        private double[] interval(CategoryDataset dataset, int row, int column) {
            return intervals.get(dataset.getColumnKey(column) + "\u0000" + dataset.getRowKey(row));
        }

        @Override
        public Range findRangeBounds(CategoryDataset dataset) {
            Range r = super.findRangeBounds(dataset);
            if (dataset == null) {
                return r;
            }
            for (int row = 0; row < dataset.getRowCount(); row++) {
                for (int col = 0; col < dataset.getColumnCount(); col++) {
                    double[] iv = interval(dataset, row, col);
                    if (iv != null && dataset.getValue(row, col) != null
                            && Double.isFinite(iv[0]) && Double.isFinite(iv[1])) {
                        r = Range.expandToInclude(Range.expandToInclude(r, iv[0]), iv[1]);
                    }
                }
            }
            return r;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
                CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset,
                int row, int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            int visibleRow = state.getVisibleSeriesIndex(row);
            double[] iv = interval(dataset, row, column);
            if (visibleRow < 0 || iv == null || dataset.getValue(row, column) == null
                    || !Double.isFinite(iv[0]) || !Double.isFinite(iv[1])) {
                return;
            }
            PlotOrientation orientation = plot.getOrientation();
            double w0 = calculateBarW0(plot, orientation, dataArea, domainAxis, state, visibleRow, column);
            double mid = w0 + state.getBarWidth() / 2.0;
            double cap = Math.max(4.0, state.getBarWidth() * 0.3);
            RectangleEdge edge = plot.getRangeAxisEdge();
            double lo = rangeAxis.valueToJava2D(iv[0], dataArea, edge);
            double hi = rangeAxis.valueToJava2D(iv[1], dataArea, edge);
            g2.setPaint(ChartStyle.INK);
            g2.setStroke(new BasicStroke(1.5f));
            if (orientation == PlotOrientation.VERTICAL) {
                g2.draw(new Line2D.Double(mid, lo, mid, hi));
                g2.draw(new Line2D.Double(mid - cap / 2, lo, mid + cap / 2, lo));
                g2.draw(new Line2D.Double(mid - cap / 2, hi, mid + cap / 2, hi));
            } else {
                g2.draw(new Line2D.Double(lo, mid, hi, mid));
                g2.draw(new Line2D.Double(lo, mid - cap / 2, lo, mid + cap / 2));
                g2.draw(new Line2D.Double(hi, mid - cap / 2, hi, mid + cap / 2));
            }
        }
    }
}
