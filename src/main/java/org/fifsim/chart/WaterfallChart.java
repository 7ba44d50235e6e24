package org.fifsim.chart;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.WaterfallBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A cost or carbon bridge: from one scenario's total, through the signed difference of each
 * term, to the other scenario's total (base + sum of the deltas). Increases, decreases and
 * totals each have their own colour and every bar carries its value.
 */
public final class WaterfallChart {

    private static final String CHART = "WaterfallChart";
    /** With more bars than this the category labels are slanted. */
    static final int SLANT_ABOVE = 8;

    /**
     * One term's signed contribution to the change from base to other; {@code clear} false marks a change whose
     * interval includes zero: drawn, its value greyed and its name marked "(noise)".
     */
    public record Step(String term, double delta, boolean clear) {
        /** A step clear of noise. */
        public Step(String term, double delta) {
            this(term, delta, true);
        }
    }

    private WaterfallChart() {
    }

    /**
     * @param baseLabel  label of the starting total, e.g. "Remote plant"
     * @param baseValue  the starting total
     * @param steps      the term differences, in drawing order
     * @param otherLabel label of the resulting total, e.g. "Factory-in-a-factory"
     * @param title      chart title (may be null)
     * @param yLabel     value axis label with its unit, e.g. "Cost (M CNY/yr)"
     * @throws IllegalArgumentException if there are no steps, a value is not finite, or
     *         labels repeat
     */
    public static JFreeChart create(String baseLabel, double baseValue, List<Step> steps, String otherLabel,
            String title, String yLabel) {
        double total = baseValue;
        for (Step s : steps == null ? List.<Step>of() : steps) {
            total += s.delta();
        }
        return create(baseLabel, baseValue, steps, otherLabel, total, title, yLabel, null);
    }

    /**
     * A bridge whose steps need not add up to the other total: terms left out (changes within noise) stay in the
     * totals, and the footnote, drawn under the chart, names them.
     *
     * @param otherValue the resulting total, drawn as it is
     * @param footnote   a line under the chart (may be null)
     */
    public static JFreeChart create(String baseLabel, double baseValue, List<Step> steps, String otherLabel,
            double otherValue, String title, String yLabel, String footnote) {
        Checks.finite(CHART, "other value", otherValue);
        Checks.name(CHART, baseLabel, "the base total");
        Checks.name(CHART, otherLabel, "the other total");
        Checks.finite(CHART, "base value", baseValue);
        Checks.nonEmpty(CHART, steps, "steps");
        List<String> labels = new ArrayList<>();
        labels.add(baseLabel);
        double total = otherValue;
        for (Step s : steps) {
            Checks.name(CHART, s.term(), "every step");
            Checks.finite(CHART, "delta of '" + s.term() + "'", s.delta());
            labels.add(label(s));
        }
        labels.add(otherLabel);
        Set<String> seen = new HashSet<>();
        for (String l : labels) {
            if (!seen.add(l)) {
                throw new IllegalArgumentException(CHART + ": label '" + l + "' appears twice");
            }
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String row = "value";
        dataset.addValue(baseValue, row, baseLabel);
        for (Step s : steps) {
            dataset.addValue(s.delta(), row, label(s));
        }
        // The renderer draws the last column from zero with its own value: the total.
        dataset.addValue(total, row, otherLabel);

        CategoryAxis domain = new CategoryAxis(null);
        domain.setCategoryMargin(0.25);
        domain.setLowerMargin(0.02);
        domain.setUpperMargin(0.02);
        NumberAxis range = new NumberAxis(yLabel);
        range.setUpperMargin(0.10);
        range.setLowerMargin(0.05);
        WaterfallBarRenderer renderer = new WaterfallBarRenderer(ChartStyle.TOTAL, ChartStyle.INCREASE,
                ChartStyle.DECREASE, ChartStyle.TOTAL) {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Paint getItemLabelPaint(int row, int column) {
                boolean step = column > 0 && column <= steps.size();
                return step && !steps.get(column - 1).clear() ? ChartStyle.GREY : ChartStyle.INK;
            }
        };
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        renderer.setMinimumBarLength(2.0); // a tiny term still shows as a visible sliver
        double largest = Math.max(Math.abs(baseValue), Math.abs(total));
        for (Step s : steps) {
            largest = Math.max(largest, Math.abs(s.delta()));
        }
        renderer.setDefaultItemLabelGenerator(new ValueLabels(labels.size(), ChartStyle.decimalsFor(largest)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.ANNOTATION_FONT);
        renderer.setDefaultItemLabelPaint(ChartStyle.INK);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setDefaultNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        renderer.setItemLabelInsets(new RectangleInsets(3, 3, 3, 3));
        CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        if (labels.size() > SLANT_ABOVE) {
            domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
            domain.setMaximumCategoryLabelLines(1);
        } else {
            domain.setMaximumCategoryLabelLines(3);
            // a label may use a little of its neighbours' gap rather than break a word ("warehousin / g")
            domain.setMaximumCategoryLabelWidthRatio(1.3f);
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(ChartStyle.legendBox("Total", ChartStyle.TOTAL));
        legend.add(ChartStyle.legendBox("Increase", ChartStyle.INCREASE));
        legend.add(ChartStyle.legendBox("Decrease", ChartStyle.DECREASE));
        plot.setFixedLegendItems(legend);
        if (footnote != null && !footnote.isBlank()) {
            TextTitle note = new TextTitle(footnote, ChartStyle.TICK_FONT);
            note.setPaint(ChartStyle.GREY);
            note.setPosition(RectangleEdge.BOTTOM);
            note.setPadding(new RectangleInsets(6, 2, 0, 2));
            chart.addSubtitle(note);
        }
        return chart;
    }

    /** The category of a step: its term, marked when the change is within noise (its value label is grey). */
    static String label(Step s) {
        return s.clear() ? s.term() : s.term() + " (noise)";
    }

    /** Totals as plain values, steps with an explicit sign. */
    private static final class ValueLabels implements CategoryItemLabelGenerator, Serializable {
        private static final long serialVersionUID = 1L;
        private final int columns;
        private final int decimals;

        ValueLabels(int columns, int decimals) {
            this.columns = columns;
            this.decimals = decimals;
        }

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number n = dataset.getValue(row, column);
            if (n == null) {
                return null;
            }
            boolean totalBar = column == 0 || column == columns - 1;
            double v = n.doubleValue();
            if (totalBar) {
                return ChartStyle.format(v, decimals);
            }
            // a small term keeps two significant digits: +0.27, not a misleading "0" beside 97.5
            return ChartStyle.formatSigned(v, Math.max(decimals, ChartStyle.twoDigitDecimals(v, 6)));
        }
    }
}
