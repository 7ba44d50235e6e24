package org.fifsim.experiment.sweep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key varied in a sweep and the values it takes, from {@code KEY=V1,V2,...} (any values, in the order given) or
 * {@code KEY=FROM..TO:STEPS} (STEPS evenly spaced values, both ends included; numbers, or durations with a unit such
 * as {@code 40s..90s:6}). Only the syntax is checked here: whether the key exists and the values obey its rules is
 * the scenario reader's job, which reports it like a bad value in the file.
 */
public record Vary(String key, List<Level> levels) {
    /** More values on one key than anyone can read on a chart, and a guard against typos like {@code :1000000}. */
    public static final int MAX_STEPS = 1000;

    private static final Pattern RANGE = Pattern.compile("(.+?)\\.\\.(.+):\\s*([0-9]+)");

    public Vary {
        levels = List.copyOf(levels);
    }

    /**
     * Parses one {@code --vary} argument.
     *
     * @throws IllegalArgumentException with a message that says what is wrong and shows the accepted forms
     */
    public static Vary parse(String arg) {
        int eq = arg.indexOf('=');
        if (eq < 0) {
            throw bad(arg, "expected KEY=V1,V2,... or KEY=FROM..TO:STEPS");
        }
        String key = arg.substring(0, eq).strip();
        String spec = arg.substring(eq + 1).strip();
        if (key.isEmpty()) {
            throw bad(arg, "the key before '=' is empty");
        }
        if (spec.isEmpty()) {
            throw bad(arg, "no values after '='");
        }
        if (spec.contains("..")) {
            return new Vary(key, range(arg, spec));
        }
        List<Level> levels = new ArrayList<>();
        for (String v : spec.split(",", -1)) {
            if (v.isBlank()) {
                throw bad(arg, "an empty value in the list (two commas, or a comma at an end)");
            }
            levels.add(Level.of(v));
        }
        if (levels.size() > MAX_STEPS) {
            throw bad(arg, "more than " + MAX_STEPS + " values");
        }
        if (levels.stream().map(Level::text).distinct().count() < levels.size()) {
            throw bad(arg, "a value is listed twice");
        }
        return new Vary(key, levels);
    }

    private static List<Level> range(String arg, String spec) {
        Matcher m = RANGE.matcher(spec);
        if (!m.matches()) {
            throw bad(arg, "a range is FROM..TO:STEPS, e.g. 40s..90s:6 or 0.95..1:6");
        }
        Quantity from = Quantity.parse(m.group(1));
        Quantity to = Quantity.parse(m.group(2));
        if (from == null || to == null) {
            throw bad(arg, "range ends must be numbers, or numbers with a duration unit (s, min, h, d, w), got '"
                    + m.group(1).strip() + "' and '" + m.group(2).strip() + "'");
        }
        if (from.unit().isEmpty() != to.unit().isEmpty()) {
            throw bad(arg, "give both range ends a duration unit, or neither");
        }
        int steps;
        try {
            steps = Integer.parseInt(m.group(3));
        } catch (NumberFormatException e) {
            steps = Integer.MAX_VALUE;
        }
        if (steps < 2 || steps > MAX_STEPS) {
            throw bad(arg, "STEPS is the number of values, both ends included: 2.." + MAX_STEPS + ", got "
                    + m.group(3));
        }
        // both ends in the unit of FROM, so 30min..2h:4 gives 30min, 60min, 90min, 120min
        double a = from.number();
        double b = to.number() * to.unitSeconds() / from.unitSeconds();
        if (a == b) {
            throw bad(arg, "FROM and TO are equal");
        }
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            double v = i == steps - 1 ? b : a + (b - a) * i / (steps - 1);
            levels.add(Level.of(from.text(v)));
        }
        return levels;
    }

    private static IllegalArgumentException bad(String arg, String why) {
        return new IllegalArgumentException("--vary '" + arg + "': " + why);
    }

    /** True when every value is a number (or a duration), so the key can be an x axis and interpolated along. */
    public boolean numeric() {
        return levels.stream().allMatch(Level::numeric);
    }

    /** The unit of the axis: the first value's duration unit, or "" for plain numbers. */
    public String axisUnit() {
        return levels.get(0).unit();
    }

    /** Value {@code i} on the axis: in the axis unit when numeric, else its position 1, 2, 3... */
    public double axis(int i) {
        return numeric() ? levels.get(i).in(axisUnit()) : i + 1;
    }

    /** The axis label, e.g. {@code vehicle_line.takt (s)}. */
    public String axisLabel() {
        if (!numeric()) {
            return key + " (value number)";
        }
        return axisUnit().isEmpty() ? key : key + " (" + axisUnit() + ")";
    }

    /** A position on the axis written as a value of this key, four significant digits: 105.3 gives {@code 105.3s}. */
    public String axisText(double x) {
        if (!Double.isFinite(x)) {
            return "";
        }
        String n = x == 0 ? "0" : new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        return n + axisUnit();
    }
}
