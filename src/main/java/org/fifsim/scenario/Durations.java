package org.fifsim.scenario;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations are written with a unit ({@code 45s}, {@code 20min}, {@code 48h}, {@code 7d}); the model runs in seconds. */
public final class Durations {
    private static final Pattern FORM = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)\\s*([a-z]+)\\s*$");
    private static final Map<String, Double> UNIT_SECONDS = Map.of(
            "s", 1.0, "min", 60.0, "h", 3600.0, "d", 86400.0, "w", 604800.0);

    public static final double HOUR = 3600.0;
    public static final double DAY = 86400.0;
    public static final double YEAR = 365.0 * DAY;

    private Durations() {
    }

    /**
     * Parses a duration into seconds.
     *
     * @throws IllegalArgumentException with a user-facing rule when the text is not a number with a known unit
     */
    public static double parseSeconds(String text) {
        Matcher m = FORM.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("must be a number with a unit (s, min, h, d, w), e.g. 45s or 20min");
        }
        Double unit = UNIT_SECONDS.get(m.group(2));
        if (unit == null) {
            throw new IllegalArgumentException("unknown unit '" + m.group(2) + "', use s, min, h, d or w");
        }
        double v = Double.parseDouble(m.group(1)) * unit;
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("is too large");
        }
        return v;
    }

    /** Formats seconds in the largest unit that keeps the number readable, e.g. 1200 -> "20min". */
    public static String format(double seconds) {
        if (seconds != 0 && seconds % DAY == 0) {
            return trim(seconds / DAY) + "d";
        }
        if (seconds >= HOUR && seconds % 60 == 0 && (seconds % HOUR == 0 || seconds >= 10 * HOUR)) {
            return trim(seconds / HOUR) + "h";
        }
        if (seconds >= 60 && seconds % 60 == 0) {
            return trim(seconds / 60) + "min";
        }
        return trim(seconds) + "s";
    }

    private static String trim(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+$", "");
    }
}
