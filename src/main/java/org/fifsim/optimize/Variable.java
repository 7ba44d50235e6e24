package org.fifsim.optimize;

/**
 * One decision: a scenario key and the grid it moves on, {@code from, from + step, …, to}. Values are in the unit the
 * study file wrote them in ({@code unit} "h" for {@code 6h}, "" for a plain count), so a level turns back into the
 * text a {@code --set} override takes.
 *
 * @param key the dotted scenario key, as {@code --set} takes it (a stage by its name)
 * @param from the lowest value
 * @param to the highest value, reached by whole steps from {@code from}
 * @param step the grid's spacing, > 0 (1 for an integer key given without a step)
 * @param unit the unit suffix of the values' text, "" for none
 */
public record Variable(String key, double from, double to, double step, String unit) {
    public Variable {
        if (!(step > 0) || !(to >= from)) {
            throw new IllegalArgumentException(key + ": needs from <= to and a step > 0");
        }
        double n = (to - from) / step;
        if (Math.abs(n - Math.rint(n)) > 1e-9 * Math.max(1, n)) {
            throw new IllegalArgumentException(key + ": to must be from plus a whole number of steps");
        }
    }

    /** How many values the grid has. */
    public int levels() {
        return (int) Math.rint((to - from) / step) + 1;
    }

    /** The value of level i (0 is {@code from}). */
    public double value(int level) {
        if (level < 0 || level >= levels()) {
            throw new IndexOutOfBoundsException(key + ": level " + level + " of " + levels());
        }
        return from + level * step;
    }

    /** The level nearest to a value, clamped to the grid. */
    public int nearest(double value) {
        long l = Math.round((value - from) / step);
        return (int) Math.max(0, Math.min(levels() - 1, l));
    }

    /** Level i as override text: {@code 6h}, {@code 11}, {@code 0.5h}. */
    public String text(int level) {
        double v = value(level);
        String number = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return number + unit;
    }
}
