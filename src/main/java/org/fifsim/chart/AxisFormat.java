package org.fifsim.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.Range;

/**
 * Tick labels decided once per axis, not once per tick: the axis's largest value picks the suffix (k, M, G from
 * 10,000 up) and the tick step picks the decimals, so one axis reads "0, 5k, 10k, 15k" or "672.9k, 673.0k, 673.1k",
 * never "9,000" beside "10k" nor "673k" on every tick. A true minus sign; never E-notation.
 */
final class AxisFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private static final char MINUS = '\u2212';
    private static final String[] SUFFIX = {"", "k", "M", "G", "T"};
    private static final int MAX_DECIMALS = 12;
    private final NumberAxis axis;

    AxisFormat(NumberAxis axis) {
        this.axis = axis;
    }

    /** {@code v} as a tick of an axis reaching {@code top} (largest absolute value shown) in steps of {@code step}. */
    static String text(double v, double top, double step) {
        if (!Double.isFinite(v) || !Double.isFinite(top) || !(step > 0) || !Double.isFinite(step)) {
            return HumanFormat.text(v);
        }
        int k = 0;
        double scale = 1;
        if (top >= 10_000) {
            while (top / (scale * 1000) >= 1 && k < SUFFIX.length - 1) {
                scale *= 1000;
                k++;
            }
        }
        // the decimals that write the step exactly (2.5k needs one), so every tick of the axis has the same
        int decimals = Math.max(0, Math.min(MAX_DECIMALS, new BigDecimal(step / scale)
                .round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros().scale()));
        DecimalFormat f = new DecimalFormat(k == 0 ? "#,##0" : "0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        String digits = f.format(Math.abs(v) / scale);
        if (digits.chars().noneMatch(c -> c >= '1' && c <= '9')) {
            return "0";
        }
        return (v < 0 ? String.valueOf(MINUS) : "") + digits + SUFFIX[k];
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        Range r = axis.getRange();
        double top = Math.max(Math.abs(r.getLowerBound()), Math.abs(r.getUpperBound()));
        double step = axis.getTickUnit() == null ? Double.NaN : axis.getTickUnit().getSize();
        return toAppendTo.append(text(number, top, step));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return null; // axis labels are only written
    }
}
