package org.fifsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The one look shared by every fifsim chart: white background, light solid grid, the
 * Okabe-Ito palette (safe for the common colour-vision deficiencies) and fonts that stay
 * readable when a 900 x 500 PNG is shown at half size in a report.
 */
public final class ChartStyle {

    static {
        // Charts are drawn in batch runs and tests without a display. The property only
        // takes effect if set before AWT starts, so set it as early as this package is used.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Default PNG width in pixels. */
    public static final int WIDTH = 900;
    /** Default PNG height in pixels. */
    public static final int HEIGHT = 500;

    /** Okabe-Ito blue. */
    public static final Color BLUE = new Color(0x0072B2);
    /** Okabe-Ito orange. */
    public static final Color ORANGE = new Color(0xE69F00);
    /** Okabe-Ito bluish green. */
    public static final Color GREEN = new Color(0x009E73);
    /** Okabe-Ito vermillion. */
    public static final Color VERMILLION = new Color(0xD55E00);
    /** Okabe-Ito sky blue. */
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    /** Okabe-Ito reddish purple. */
    public static final Color PURPLE = new Color(0xCC79A7);
    /** Okabe-Ito yellow (low contrast on white: last but one in the cycle). */
    public static final Color YELLOW = new Color(0xF0E442);
    /** Near-black for text and the last palette slot. */
    public static final Color INK = new Color(0x222222);
    /** Neutral grey for totals, idle states and reference lines. */
    public static final Color GREY = new Color(0x8C8C8C);
    /** Grid line colour. */
    public static final Color GRID = new Color(0xE3E3E3);

    /** Series colours in the order they are handed out. */
    public static final List<Color> PALETTE =
            List.of(BLUE, ORANGE, GREEN, VERMILLION, SKY_BLUE, PURPLE, YELLOW, INK);

    /** Waterfall: a term that raises the total. */
    public static final Color INCREASE = VERMILLION;
    /** Waterfall: a term that lowers the total. */
    public static final Color DECREASE = BLUE;
    /** Waterfall: the two totals. */
    public static final Color TOTAL = GREY;

    private static final String FAMILY = Font.SANS_SERIF;
    /** Chart title. */
    public static final Font TITLE_FONT = new Font(FAMILY, Font.BOLD, 16);
    /** Axis labels. */
    public static final Font LABEL_FONT = new Font(FAMILY, Font.PLAIN, 14);
    /** Tick labels and legend. */
    public static final Font TICK_FONT = new Font(FAMILY, Font.PLAIN, 12);
    /** Value labels and marker labels drawn inside the plot. */
    public static final Font ANNOTATION_FONT = new Font(FAMILY, Font.PLAIN, 12);

    /** Line width for series lines. */
    public static final Stroke LINE = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    /** Dashed series line. */
    public static final Stroke DASHED_LINE = new BasicStroke(2.0f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 1.0f, new float[] {7.0f, 5.0f}, 0.0f);
    /** Reference marker line (percentiles, break-even, base value). */
    public static final Stroke MARKER_LINE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 1.0f, new float[] {5.0f, 4.0f}, 0.0f);

    private ChartStyle() {
    }

    /** The palette colour for series {@code index}, cycling. */
    public static Color color(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }

    /** Black or white, whichever reads better on {@code background}. */
    public static Color textOn(Color background) {
        double luminance = 0.299 * background.getRed() + 0.587 * background.getGreen()
                + 0.114 * background.getBlue();
        return luminance > 150 ? INK : Color.WHITE;
    }

    /**
     * A number with as many decimals as its size needs: 1,234,567 / 1,234 / 12.3 / 1.23 /
     * 0.0123. Always with '.' decimals and ',' grouping, whatever the JVM locale.
     */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        double abs = Math.abs(value);
        String pattern;
        if (abs >= 1000 || abs == 0) {
            pattern = "#,##0";
        } else if (abs >= 100) {
            pattern = "0";
        } else if (abs >= 10) {
            pattern = "0.0";
        } else if (abs >= 1) {
            pattern = "0.00";
        } else if (abs >= 0.01) {
            pattern = "0.000";
        } else {
            // never E-notation: enough decimals for two significant digits
            int d = Math.min(12, (int) Math.floor(-Math.log10(abs)) + 2);
            pattern = "0." + "0".repeat(d);
        }
        String text = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
        return isZero(text) ? text.replace("-", "") : text;
    }

    /** {@link #format(double)} with an explicit sign: +12.3, -4.56, 0. */
    public static String formatSigned(double value) {
        String text = format(value);
        return value > 0 && !isZero(text) ? "+" + text : text;
    }

    /**
     * Decimals that suit numbers of size {@code typical} (e.g. the largest value on a chart),
     * so that values drawn side by side share one precision: 0 from 100, 1 from 10, 2 from
     * 1, 3 below.
     */
    public static int decimalsFor(double typical) {
        double abs = Math.abs(typical);
        if (!Double.isFinite(abs) || abs >= 100) {
            return 0;
        }
        if (abs >= 10) {
            return 1;
        }
        if (abs >= 1 || abs == 0) {
            return 2;
        }
        return 3;
    }

    /** Decimals that keep two significant digits of a small value, at most {@code max}; 0 for zero or a large one. */
    static int twoDigitDecimals(double value, int max) {
        if (value == 0) {
            return 0;
        }
        return Math.max(0, Math.min(max, 1 - (int) Math.floor(Math.log10(Math.abs(value)))));
    }

    /** {@code value} with {@code decimals} decimals, ',' grouping and '.' decimal point. */
    public static String format(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return format(value);
        }
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        String text = f.format(value);
        return isZero(text) ? text.replace("-", "") : text;
    }

    /** {@link #format(double, int)} with an explicit sign for positive values. */
    public static String formatSigned(double value, int decimals) {
        String text = format(value, decimals);
        return value > 0 && !isZero(text) ? "+" + text : text;
    }

    private static boolean isZero(String text) {
        return text.chars().noneMatch(ch -> ch >= '1' && ch <= '9');
    }

    /** The text inside the last parentheses of an axis label ("Lead time (h)" gives "h"), or "". */
    static String unitOf(String axisLabel) {
        if (axisLabel == null) {
            return "";
        }
        String s = axisLabel.strip();
        int close = s.lastIndexOf(')');
        int open = s.lastIndexOf('(');
        if (close == s.length() - 1 && open >= 0 && open < close) {
            return s.substring(open + 1, close).strip();
        }
        return "";
    }

    /**
     * Applies the shared look to a chart already built (fonts, background, grid, legend)
     * and returns it. Builders set their series colours after calling this.
     */
    public static JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 20));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(TITLE_FONT);
            title.setPaint(INK);
            title.setPadding(new RectangleInsets(2, 2, 10, 2));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title sub = chart.getSubtitle(i);
            if (sub instanceof LegendTitle legend) {
                legend.setItemFont(TICK_FONT);
                legend.setItemPaint(INK);
                legend.setFrame(BlockBorder.NONE);
                legend.setBackgroundPaint(Color.WHITE);
                legend.setPosition(RectangleEdge.BOTTOM);
                legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
                legend.setMargin(new RectangleInsets(8, 0, 0, 0));
            } else if (sub instanceof TextTitle text) {
                text.setFont(TICK_FONT);
                text.setPaint(INK);
            }
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 8));
        if (plot instanceof CategoryPlot cp) {
            cp.setRangeGridlinesVisible(true);
            cp.setRangeGridlinePaint(GRID);
            cp.setRangeGridlineStroke(new BasicStroke(1.0f));
            cp.setDomainGridlinesVisible(false);
            cp.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < cp.getDomainAxisCount(); i++) {
                styleAxis(cp.getDomainAxis(i));
            }
            for (int i = 0; i < cp.getRangeAxisCount(); i++) {
                styleAxis(cp.getRangeAxis(i));
            }
        } else if (plot instanceof XYPlot xy) {
            xy.setRangeGridlinesVisible(true);
            xy.setDomainGridlinesVisible(true);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlineStroke(new BasicStroke(1.0f));
            xy.setDomainGridlineStroke(new BasicStroke(1.0f));
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                styleAxis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                styleAxis(xy.getRangeAxis(i));
            }
        }
        return chart;
    }

    /**
     * Gives an untitled chart {@code text} as its title, in the shared look: a chart shown alone (a slide, an SVG)
     * must say what it is. A chart that has a title keeps it.
     */
    public static JFreeChart titleIfNone(JFreeChart chart, String text) {
        if (text == null || text.isBlank() || (chart.getTitle() != null && chart.getTitle().getText() != null
                && !chart.getTitle().getText().isBlank())) {
            return chart;
        }
        TextTitle title = new TextTitle(text, TITLE_FONT);
        title.setPaint(INK);
        title.setPadding(new RectangleInsets(2, 2, 10, 2));
        chart.setTitle(title);
        return chart;
    }

    /** A legend entry drawn as a filled box, for legends the renderer cannot derive. */
    static LegendItem legendBox(String label, Color color) {
        return new LegendItem(label, null, null, null, new Rectangle2D.Double(-6, -5, 12, 10), color);
    }

    /** A dashed vertical marker; its label (if any) right or left of the line. */
    static ValueMarker marker(double at, String label, boolean right) {
        ValueMarker m = new ValueMarker(at, ChartStyle.INK, ChartStyle.MARKER_LINE);
        if (label == null || label.isBlank()) {
            return m;
        }
        m.setLabel(label);
        m.setLabelFont(ChartStyle.ANNOTATION_FONT);
        m.setLabelPaint(ChartStyle.INK);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        m.setLabelOffset(new RectangleInsets(4, 5, 4, 5));
        m.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
        return m;
    }

    private static void styleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(LABEL_FONT);
        axis.setLabelPaint(INK);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(INK);
        axis.setAxisLinePaint(GREY);
        axis.setTickMarkPaint(GREY);
        if (axis instanceof CategoryAxis ca) {
            ca.setMaximumCategoryLabelLines(2);
        }
        if (axis instanceof ValueAxis va) {
            va.setTickMarksVisible(true);
        }
        if (axis instanceof org.jfree.chart.axis.NumberAxis na && !(axis instanceof org.jfree.chart.axis.LogAxis)
                && na.getNumberFormatOverride() == null) {
            // JFreeChart's default ticks switch to "2E8" for large and small numbers; one format for the whole axis
            na.setNumberFormatOverride(new AxisFormat(na));
        }
    }
}
