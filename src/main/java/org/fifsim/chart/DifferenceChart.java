package org.fifsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * What changes from one design to the other, figure by figure, on one axis: each bar is the paired difference as a
 * share of the baseline's value, with its 95% interval as a whisker and the difference itself in the bar's label.
 * Good changes are blue, bad ones vermillion; a difference whose interval includes zero is grey and labelled
 * "no clear difference", so noise is never drawn as an effect.
 */
public final class DifferenceChart {
    private static final String CHART = "DifferenceChart";
    /** The colour of a difference the data cannot tell from zero. */
    public static final Color UNCLEAR = new Color(0xC8C8C8);

    /**
     * One figure.
     *
     * @param name     plain name with unit, the category label
     * @param percent  the difference as a percentage of the baseline
     * @param low      the interval's lower end, same scale
     * @param high     the interval's upper end
     * @param label    the difference in its own unit, shown with the name ("−93.5 M CNY/yr")
     * @param good     true when this change is for the better
     * @param clear    false when the interval includes zero
     */
    public record Bar(String name, double percent, double low, double high, String label, boolean good,
            boolean clear) {
    }

    private DifferenceChart() {
    }

    public static JFreeChart create(List<Bar> bars, String title, String axisLabel) {
        Checks.nonEmpty(CHART, bars, "bars");
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Bar b : bars) {
            Checks.name(CHART, b.name(), "every bar");
            Checks.finite(CHART, "percent of '" + b.name() + "'", b.percent());
            // the difference in its own unit goes with the name: a label beside the bar would sit on the whisker
            dataset.addValue(b.percent(), "difference", b.name() + ": " + b.label()
                    + (b.clear() ? "" : " (no clear difference)"));
        }
        CategoryAxis domain = new CategoryAxis(null);
        domain.setMaximumCategoryLabelWidthRatio(0.5f);
        domain.setCategoryMargin(0.3);
        NumberAxis range = new NumberAxis(axisLabel);
        Renderer renderer = new Renderer(bars);
        CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.INK, new BasicStroke(1.0f)));
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        domain.setMaximumCategoryLabelLines(2);
        range.setLowerMargin(0.05);
        range.setUpperMargin(0.05);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(ChartStyle.legendBox("better", ChartStyle.BLUE));
        legend.add(ChartStyle.legendBox("worse", ChartStyle.VERMILLION));
        legend.add(ChartStyle.legendBox("no clear difference (95% interval includes 0)", UNCLEAR));
        plot.setFixedLegendItems(legend);
        return chart;
    }

    /** Bars coloured by verdict, with the interval whisker and the difference written at the bar's end. */
    private static final class Renderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final List<Bar> bars;

        Renderer(List<Bar> bars) {
            this.bars = bars;
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(false);
            setMaximumBarWidth(0.7);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            Bar b = bars.get(column);
            return !b.clear() ? UNCLEAR : b.good() ? ChartStyle.BLUE : ChartStyle.VERMILLION;
        }

        @Override
        public Range findRangeBounds(CategoryDataset dataset) {
            Range r = super.findRangeBounds(dataset);
            for (Bar b : bars) {
                if (Double.isFinite(b.low()) && Double.isFinite(b.high())) {
                    r = Range.expandToInclude(Range.expandToInclude(r, b.low()), b.high());
                }
            }
            return Range.expandToInclude(r, 0);
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
                CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset,
                int row, int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            Bar b = bars.get(column);
            if (pass != 0 || !Double.isFinite(b.low()) || !Double.isFinite(b.high())) {
                return;
            }
            double w0 = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column);
            double mid = w0 + state.getBarWidth() / 2.0;
            double cap = Math.max(4.0, state.getBarWidth() * 0.3);
            RectangleEdge edge = plot.getRangeAxisEdge();
            double lo = rangeAxis.valueToJava2D(b.low(), dataArea, edge);
            double hi = rangeAxis.valueToJava2D(b.high(), dataArea, edge);
            g2.setPaint(ChartStyle.INK);
            g2.setStroke(new BasicStroke(1.5f));
            g2.draw(new Line2D.Double(lo, mid, hi, mid));
            g2.draw(new Line2D.Double(lo, mid - cap / 2, lo, mid + cap / 2));
            g2.draw(new Line2D.Double(hi, mid - cap / 2, hi, mid + cap / 2));
        }
    }
}
