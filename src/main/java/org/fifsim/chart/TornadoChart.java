package org.fifsim.chart;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One-at-a-time sensitivity: per parameter, horizontal bars from the base KPI value to the
 * KPI with that parameter at its low and at its high setting; parameters sorted by span,
 * widest on top. Each bar end carries its signed change from the base.
 */
public final class TornadoChart {

    private static final String CHART = "TornadoChart";
    /** A change the paired interval cannot tell from zero: drawn, but not as an effect. */
    static final java.awt.Color NOISE = new java.awt.Color(0xC8C8C8);

    /**
     * One parameter: the KPI with the parameter at its low setting and at its high setting
     * (all else at base). Put the settings in the name, e.g. "Truck capacity (20-40 packs)".
     */
    public record Entry(String parameter, double kpiAtLow, double kpiAtHigh, boolean lowClear, boolean highClear) {

        /** An entry whose changes are both clear of noise. */
        public Entry(String parameter, double kpiAtLow, double kpiAtHigh) {
            this(parameter, kpiAtLow, kpiAtHigh, true, true);
        }

        /** The width of the bar pair, including the base value. */
        double span(double base) {
            return Math.max(base, Math.max(kpiAtLow, kpiAtHigh)) - Math.min(base, Math.min(kpiAtLow, kpiAtHigh));
        }
    }

    private TornadoChart() {
    }

    /** As {@link #create(List, double, String, String, String, String)} with legend "Low setting" / "High setting". */
    public static JFreeChart create(List<Entry> entries, double baseValue, String title, String kpiLabel) {
        return create(entries, baseValue, title, kpiLabel, "Low setting", "High setting");
    }

    /**
     * @param entries    one per parameter, any order (drawn sorted by span)
     * @param baseValue  the KPI with every parameter at base
     * @param title      chart title (may be null)
     * @param kpiLabel   KPI axis label with its unit, e.g. "Total cost (M CNY/yr)"
     * @param lowLegend  legend text for the low-setting bars
     * @param highLegend legend text for the high-setting bars
     * @throws IllegalArgumentException on empty input, repeated parameters or non-finite values
     */
    public static JFreeChart create(List<Entry> entries, double baseValue, String title, String kpiLabel,
            String lowLegend, String highLegend) {
        Checks.nonEmpty(CHART, entries, "entries");
        Checks.finite(CHART, "base value", baseValue);
        Checks.distinct(CHART, entries.stream().map(Entry::parameter).toList(), "parameter");
        Checks.name(CHART, lowLegend, "the low-setting legend");
        Checks.name(CHART, highLegend, "the high-setting legend");
        if (lowLegend.equals(highLegend)) {
            throw new IllegalArgumentException(CHART + ": low and high legends must differ");
        }
        for (Entry e : entries) {
            Checks.name(CHART, e.parameter(), "every entry");
            Checks.finite(CHART, "KPI at low of '" + e.parameter() + "'", e.kpiAtLow());
            Checks.finite(CHART, "KPI at high of '" + e.parameter() + "'", e.kpiAtHigh());
        }
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingDouble((Entry e) -> e.span(baseValue)).reversed());
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Entry e : sorted) {
            dataset.addValue(e.kpiAtLow(), lowLegend, e.parameter());
            dataset.addValue(e.kpiAtHigh(), highLegend, e.parameter());
        }

        CategoryAxis domain = new CategoryAxis(null);
        domain.setCategoryMargin(0.35);
        domain.setLowerMargin(0.04);
        domain.setUpperMargin(0.04);
        NumberAxis range = new NumberAxis(kpiLabel);
        range.setAutoRangeIncludesZero(false);
        range.setLowerMargin(0.14);
        range.setUpperMargin(0.14);
        double largest = 0;
        for (Entry e : entries) {
            largest = Math.max(largest, Math.max(Math.abs(e.kpiAtLow() - baseValue),
                    Math.abs(e.kpiAtHigh() - baseValue)));
        }
        TornadoRenderer renderer = new TornadoRenderer(baseValue, ChartStyle.decimalsFor(largest), sorted);
        CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        domain.setMaximumCategoryLabelWidthRatio(0.35f);
        renderer.setSeriesPaint(0, ChartStyle.SKY_BLUE);
        renderer.setSeriesPaint(1, ChartStyle.ORANGE);
        String baseText = "Base " + ChartStyle.format(baseValue, ChartStyle.decimalsFor(Math.abs(baseValue)));
        plot.addRangeMarker(new ValueMarker(baseValue, ChartStyle.INK, new BasicStroke(1.5f)), Layer.FOREGROUND);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(renderer.getLegendItem(0, 0));
        legend.add(renderer.getLegendItem(0, 1));
        legend.add(new LegendItem(baseText, null, null, null, new Line2D.Double(0, -7, 0, 7),
                new BasicStroke(2f), ChartStyle.INK));
        if (sorted.stream().anyMatch(e -> !e.lowClear() || !e.highClear())) {
            legend.add(ChartStyle.legendBox("within noise (interval includes 0)", NOISE));
        }
        plot.setFixedLegendItems(legend);
        return chart;
    }

    /**
     * Draws the low and high bar of a parameter on the same row from the base value, the
     * longer one first so a shorter one on the same side stays visible, and labels the ends.
     */
    private static final class TornadoRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;

        private final int decimals;
        private final List<Entry> entries;

        TornadoRenderer(double base, int decimals, List<Entry> entries) {
            this.decimals = decimals;
            this.entries = entries;
            setBase(base);
            setIncludeBaseInRange(true);
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(false);
            setMaximumBarWidth(0.12);
        }

        @Override
        public java.awt.Paint getItemPaint(int row, int column) {
            Entry e = entries.get(column);
            boolean clear = row == 0 ? e.lowClear() : e.highClear();
            return clear ? super.getItemPaint(row, column) : NOISE;
        }

        @Override
        protected void calculateBarWidth(CategoryPlot plot, Rectangle2D dataArea, int rendererIndex,
                CategoryItemRendererState state) {
            CategoryAxis axis = getDomainAxis(plot, rendererIndex);
            CategoryDataset dataset = plot.getDataset(rendererIndex);
            int columns = dataset == null ? 0 : dataset.getColumnCount();
            double space = plot.getOrientation() == PlotOrientation.HORIZONTAL
                    ? dataArea.getHeight() : dataArea.getWidth();
            double used = space * (1 - axis.getLowerMargin() - axis.getUpperMargin()
                    - (columns > 1 ? axis.getCategoryMargin() : 0));
            state.setBarWidth(Math.min(used / Math.max(1, columns), space * getMaximumBarWidth()));
        }

        @Override
        protected double calculateBarW0(CategoryPlot plot, PlotOrientation orientation, Rectangle2D dataArea,
                CategoryAxis domainAxis, CategoryItemRendererState state, int row, int column) {
            return domainAxis.getCategoryMiddle(column, getColumnCount(), dataArea, plot.getDomainAxisEdge())
                    - state.getBarWidth() / 2.0;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
                CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset,
                int row, int column, int pass) {
            if (row != 0) {
                return; // row 0 draws both bars of its column, in the right order
            }
            double base = getBase();
            double low = dataset.getValue(0, column).doubleValue();
            double high = dataset.getValue(1, column).doubleValue();
            boolean highFirst = Math.abs(high - base) >= Math.abs(low - base);
            int first = highFirst ? 1 : 0;
            int second = 1 - first;
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, first, column, pass);
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, second, column, pass);
            boolean sameSide = (low - base) * (high - base) > 0;
            label(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, first, column);
            if (!sameSide) {
                label(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, second, column);
            }
        }

        private void label(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column) {
            double value = dataset.getValue(row, column).doubleValue();
            double delta = value - getBase();
            if (delta == 0) {
                return;
            }
            Entry e = entries.get(column);
            boolean clear = row == 0 ? e.lowClear() : e.highClear();
            String text = (Math.abs(delta) >= 10_000 ? (delta > 0 ? "+" : "") + HumanFormat.text(delta)
                    : ChartStyle.formatSigned(delta, Math.max(decimals, ChartStyle.twoDigitDecimals(delta, 8))))
                    + (clear ? "" : " (noise)");
            g2.setFont(ChartStyle.ANNOTATION_FONT);
            g2.setPaint(clear ? ChartStyle.INK : ChartStyle.GREY);
            FontMetrics fm = g2.getFontMetrics();
            double end = rangeAxis.valueToJava2D(value, dataArea, plot.getRangeAxisEdge());
            double mid = domainAxis.getCategoryMiddle(column, getColumnCount(), dataArea,
                    plot.getDomainAxisEdge());
            boolean rightward = delta > 0 != rangeAxis.isInverted();
            float x = (float) (rightward ? end + 4 : end - 4 - fm.stringWidth(text));
            // never cut at the plot's edge: a label that would run out is pulled back inside
            x = (float) Math.max(dataArea.getMinX() + 2, Math.min(x, dataArea.getMaxX() - 2 - fm.stringWidth(text)));
            float y = (float) (mid + (fm.getAscent() - fm.getDescent()) / 2.0);
            g2.drawString(text, x, y);
        }
    }
}
