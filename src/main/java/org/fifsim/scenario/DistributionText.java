package org.fifsim.scenario;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The one renderer of a {@link Distribution} as text, in the two forms the outputs use: a factor's value as a table
 * cell ({@link #plain}: {@code 48,000}, {@code uniform [0.041, 0.046]}), and a quantity in a sentence of the report
 * ({@link #words}: {@code triangular 35 s–42 s (mode 38 s)}), its values in the caller's unit. Reading is
 * {@code scenario.io.Distributions}'s, drawing {@code model.random.Sampler}'s.
 */
public final class DistributionText {
    private DistributionText() {
    }

    /** A value as a reader of the factor tables sees it: {@code 48,000}, {@code uniform [0.041, 0.046]}. */
    public static String plain(Distribution d) {
        if (d instanceof Distribution.Constant c) {
            return number(c.value());
        }
        if (d instanceof Distribution.Uniform u) {
            return "uniform [" + number(u.low()) + ", " + number(u.high()) + "]";
        }
        if (d instanceof Distribution.Triangular t) {
            return "triangular [" + number(t.low()) + ", " + number(t.mode()) + ", " + number(t.high()) + "]";
        }
        if (d instanceof Distribution.Normal n) {
            return "normal (mean " + number(n.mu()) + ", sd " + number(n.sd()) + ")";
        }
        if (d instanceof Distribution.LogNormal l) {
            return "lognormal (mean " + number(l.mean()) + ", sd " + number(l.sd()) + ")";
        }
        if (d instanceof Distribution.Exponential x) {
            return "exponential (mean " + number(x.mean()) + ")";
        }
        return String.valueOf(d);
    }

    /**
     * A random quantity in words, each value as {@code value} writes it: "44 s", "triangular 35 s–42 s (mode 38 s)",
     * "exponential, mean 12 h".
     */
    public static String words(Distribution d, DoubleFunction<String> value) {
        if (d instanceof Distribution.Constant c) {
            return value.apply(c.value());
        }
        if (d instanceof Distribution.Exponential x) {
            return "exponential, mean " + value.apply(x.mean());
        }
        if (d instanceof Distribution.Triangular t) {
            return "triangular " + value.apply(t.low()) + "\u2013" + value.apply(t.high()) + " (mode "
                    + value.apply(t.mode()) + ")";
        }
        if (d instanceof Distribution.Uniform u) {
            return "uniform " + value.apply(u.low()) + "\u2013" + value.apply(u.high());
        }
        if (d instanceof Distribution.Normal n) {
            return "normal, mean " + value.apply(n.mu()) + ", sd " + value.apply(n.sd());
        }
        Distribution.LogNormal l = (Distribution.LogNormal) d;
        return "lognormal, mean " + value.apply(l.mean()) + ", sd " + value.apply(l.sd());
    }

    /** A plain number with thousands separators and up to six decimals: {@code 48,000}, {@code 0.0415}. */
    public static String number(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }
}
