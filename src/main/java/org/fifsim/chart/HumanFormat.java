package org.fifsim.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Axis numbers as a planner writes them on a slide: 250k, 1.5M, 200M, 0.00002; never E-notation. Up to three
 * significant digits (axis ticks are round numbers), thousands grouped below 10,000, a true minus sign.
 */
public final class HumanFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private static final char MINUS = '\u2212';

    /** The text of one number. */
    public static String text(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : MINUS + "\u221e";
        }
        double a = Math.abs(v);
        String sign = v < 0 && a >= 1e-12 ? String.valueOf(MINUS) : "";
        if (a < 1e-12) {
            return "0";
        }
        String[] suffix = {"", "k", "M", "G", "T"};
        int k = 0;
        double scaled = a;
        if (a >= 10_000) {
            while (scaled >= 1000 && k < suffix.length - 1) {
                scaled /= 1000;
                k++;
            }
        }
        BigDecimal rounded = new BigDecimal(scaled).round(new MathContext(k == 0 && scaled >= 1000 ? 4 : 3,
                RoundingMode.HALF_EVEN)).stripTrailingZeros();
        String digits;
        if (k == 0 && scaled >= 1000) {
            digits = String.format(java.util.Locale.ROOT, "%,d", rounded.longValue());
        } else {
            digits = rounded.scale() <= 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
        }
        return sign + digits + suffix[k];
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(text(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(text(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return null; // axis labels are only written
    }
}
