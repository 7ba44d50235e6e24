package org.fifsim.scenario;

import java.util.regex.Pattern;

/**
 * A number as a scenario writes it: plain decimal or scientific notation (12, -0.5, 1_000, 2.5e-3), nothing else.
 * Java's parser would also take {@code 6d}, {@code 0.5f}, {@code 0x1.4p3} and {@code NaN}, which a user never means;
 * the command line's numbers follow the same rule.
 */
public final class PlainNumber {
    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(?:[0-9]+(?:_[0-9]+)*(?:\\.(?:[0-9]+(?:_[0-9]+)*)?)?|\\.[0-9]+(?:_[0-9]+)*)(?:[eE][+-]?[0-9]+)?");

    private PlainNumber() {
    }

    /** The value of {@code text} (surrounding blanks ignored), or null when it is not such a finite number. */
    public static Double parse(String text) {
        String t = text == null ? "" : text.trim();
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        double v = Double.parseDouble(t.replace("_", ""));
        return Double.isFinite(v) ? v : null;
    }
}
