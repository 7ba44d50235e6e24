package org.fifsim.chart;

import java.awt.Color;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One stacked bar per category (e.g. per station) splitting its time into shares (busy,
 * blocked, starved, down, off ...). Shares are fractions; a bar may sum to less than 1,
 * leaving the rest blank. The usual station states get fixed colours so every chart
 * shows "down" in the same colour; other part names take palette colours.
 */
public final class StackedShareChart {

    private static final String CHART = "StackedShareChart";
    /** Segments at least this wide get a percentage label. */
    static final double LABEL_MIN_SHARE = 0.07;
    private static final double SUM_TOLERANCE = 1e-6;
    /** Vertical bars: with more categories than this the labels are slanted. */
    static final int SLANT_ABOVE = 12;

    /** Fixed colours for the usual station states (keys lower case). */
    private static final Map<String, Color> STATE_COLORS = Map.of(
            "busy", ChartStyle.GREEN,
            "working", ChartStyle.GREEN,
            "blocked", ChartStyle.ORANGE,
            "starved", ChartStyle.SKY_BLUE,
            "down", ChartStyle.VERMILLION,
            "failed", ChartStyle.VERMILLION,
            "repair", ChartStyle.VERMILLION,
            "off", new Color(0xBDBDBD),
            "idle", new Color(0xBDBDBD),
            "setup", ChartStyle.PURPLE);

    /** One bar: {@code parts} maps part name to its share in [0, 1]; order is kept. */
    public record Row(String category, LinkedHashMap<String, Double> parts) {
    }

    private StackedShareChart() {
    }

    /**
     * @param rows        one per category, in the order to draw them
     * @param title       chart title (may be null)
     * @param valueLabel  share axis label, e.g. "Share of scheduled time (%)"
     * @param horizontal  horizontal bars (good for many or long category names)
     * @throws IllegalArgumentException on empty input, a negative, non-finite or missing
     *         share, or a row whose shares sum to more than 1
     */
    public static JFreeChart create(List<Row> rows, String title, String valueLabel, boolean horizontal) {
        Checks.nonEmpty(CHART, rows, "rows");
        Checks.distinct(CHART, rows.stream().map(Row::category).toList(), "category");
        Set<String> partNames = new LinkedHashSet<>();
        for (Row r : rows) {
            String cat = Checks.name(CHART, r.category(), "every row");
            if (r.parts() == null || r.parts().isEmpty()) {
                throw new IllegalArgumentException(CHART + ": row '" + cat + "' has no parts");
            }
            double sum = 0;
            for (Map.Entry<String, Double> e : r.parts().entrySet()) {
                Checks.name(CHART, e.getKey(), "every part of row '" + cat + "'");
                Double share = e.getValue();
                if (share == null || !Double.isFinite(share) || share < 0) {
                    throw new IllegalArgumentException(CHART + ": row '" + cat + "' part '" + e.getKey()
                            + "' is " + share + "; shares must be finite and >= 0");
                }
                sum += share;
                partNames.add(e.getKey());
            }
            if (sum > 1 + SUM_TOLERANCE) {
                throw new IllegalArgumentException(CHART + ": row '" + cat + "' shares sum to " + sum
                        + "; they must sum to at most 1");
            }
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Row r : rows) {
            for (String part : partNames) {
                dataset.addValue(r.parts().getOrDefault(part, 0.0), part, r.category());
            }
        }

        CategoryAxis domain = new CategoryAxis(null);
        domain.setCategoryMargin(0.3);
        domain.setLowerMargin(0.03);
        domain.setUpperMargin(0.03);
        NumberAxis range = new NumberAxis(valueLabel);
        range.setRange(0.0, 1.0);
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
        range.setNumberFormatOverride(percent);
        range.setTickUnit(new NumberTickUnit(0.1, percent));
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setMaximumBarWidth(0.1);
        renderer.setDefaultItemLabelGenerator(new ShareLabels());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.ANNOTATION_FONT);
        ItemLabelPosition centre = new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER);
        renderer.setDefaultPositiveItemLabelPosition(centre);
        renderer.setDefaultNegativeItemLabelPosition(centre);
        CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        if (!horizontal) {
            if (rows.size() > SLANT_ABOVE) {
                domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
                domain.setMaximumCategoryLabelLines(1);
            } else {
                domain.setMaximumCategoryLabelLines(3);
            }
        }
        int i = 0;
        int paletteIndex = 0;
        for (String part : partNames) {
            Color c = STATE_COLORS.get(part.toLowerCase(Locale.ROOT));
            if (c == null) {
                c = ChartStyle.color(paletteIndex++);
            }
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesItemLabelPaint(i, ChartStyle.textOn(c));
            i++;
        }
        return chart;
    }

    /** Percent labels on segments wide enough to hold them. */
    private static final class ShareLabels implements CategoryItemLabelGenerator, Serializable {
        private static final long serialVersionUID = 1L;

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
            if (n == null || n.doubleValue() < LABEL_MIN_SHARE) {
                return null;
            }
            return Math.round(n.doubleValue() * 100) + "%";
        }
    }
}
