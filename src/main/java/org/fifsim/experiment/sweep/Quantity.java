package org.fifsim.experiment.sweep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fifsim.scenario.Durations;

/**
 * A number as written on the command line or in a scenario file, with an optional duration unit ({@code 45s},
 * {@code 1.5h}, {@code 3e6}). Keeps the unit so that computed values are written back the way the user wrote them.
 */
record Quantity(double number, String unit) {
    private static final Pattern FORM =
            Pattern.compile("([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*([a-zA-Z]*)");

    /** The quantity, or null when the text is not a number with an optional known duration unit. */
    static Quantity parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        double n = Double.parseDouble(m.group(1));
        if (!Double.isFinite(n)) {
            return null;
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if (!unit.isEmpty()) {
            try {
                Durations.parseSeconds("1" + unit);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return new Quantity(n, unit);
    }

    double unitSeconds() {
        return unit.isEmpty() ? 1.0 : Durations.parseSeconds("1" + unit);
    }

    /** The text of a number in this quantity's unit, e.g. 40.5 with unit s gives {@code 40.5s}. */
    String text(double n) {
        return number(n) + unit;
    }

    /**
     * A number written briefly and exactly enough to read back: 12 significant digits, no trailing zeros, no
     * exponent below 1e15 (so 0.1 + 0.2 is written 0.3 and 6.0e6 as 6000000).
     */
    static String number(double n) {
        if (n == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(n).round(new MathContext(12)).stripTrailingZeros();
        if (Math.abs(n) < 1e15 && Math.abs(n) >= 1e-6) {
            return d.toPlainString();
        }
        return d.toString();
    }
}
