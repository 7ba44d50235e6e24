package org.fifsim.experiment.sweep;

import org.fifsim.scenario.Durations;

/**
 * One value a varied key takes: the text handed to the scenario reader as an override, and, when the text is a
 * number or a duration, its numeric value (seconds for a duration) for charts and interpolation.
 *
 * @param text  what the scenario file would say, e.g. {@code 45s} or {@code 0.998}
 * @param value the number, seconds for a duration; NaN when the text is not numeric
 * @param unit  the duration unit as written ({@code s}, {@code min}, {@code h}...), "" for a plain number or text
 */
public record Level(String text, double value, String unit) {

    /** A level from its text: a plain number, a number with a duration unit, or any other text (not numeric). */
    public static Level of(String text) {
        String t = text.strip();
        Quantity q = Quantity.parse(t);
        if (q == null) {
            return new Level(t, Double.NaN, "");
        }
        return new Level(t, q.unit().isEmpty() ? q.number() : q.number() * q.unitSeconds(), q.unit());
    }

    public boolean numeric() {
        return Double.isFinite(value);
    }

    public boolean duration() {
        return !unit.isEmpty();
    }

    /** The value in {@code unit} (seconds per unit given): a duration shown in the unit of the axis. */
    public double in(String axisUnit) {
        return axisUnit.isEmpty() ? value : value / Durations.parseSeconds("1" + axisUnit);
    }
}
