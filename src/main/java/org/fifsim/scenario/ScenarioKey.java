package org.fifsim.scenario;

import java.util.List;

/**
 * One scenario key as {@link Keys} declares it: what the reader validates, what {@code --set} and a study's
 * {@code decide:} may name, and one row of the README's key table.
 *
 * @param key         dotted path; a segment in angle brackets stands for any name or index of a list item or map
 *                    entry ({@code logistics.stages.<name>.target_cover}, {@code accounting.<factor>})
 * @param type        what the value is
 * @param required    true when the key must be written wherever its section is read
 * @param unit        the unit of a number or duration ({@code s} for durations, values in seconds), or empty
 * @param range       the values accepted (for a random duration: its mean), or null when any value of the type is
 * @param choices     the words a {@link Type#CHOICE} accepts, else empty
 * @param defaultNumber the default of a number, whole number or duration (seconds); NaN when none or when it follows
 *                    from other keys
 * @param defaultRandom the default of a random quantity, or null
 * @param defaultText the default of a text or choice, or null
 * @param shown       the default as the README shows it ({@code 365d}, {@code required}, {@code never fails})
 * @param description what the key means and its rule in words, for the README
 */
public record ScenarioKey(String key, Type type, boolean required, String unit, Range range, List<String> choices,
        double defaultNumber, Distribution defaultRandom, String defaultText, String shown, String description) {

    /** What a key's value is. */
    public enum Type {
        TEXT("text"), CHOICE("one of"), NUMBER("number"), WHOLE_NUMBER("whole number"), DURATION("duration"),
        RANDOM_DURATION("random duration"), RANDOM_NUMBER("number or distribution"), SECTION("map"),
        LIST("list");

        private final String shown;

        Type(String shown) {
            this.shown = shown;
        }

        /** The type in the README's words. */
        public String shown() {
            return shown;
        }

        /** True for a value that is a number or a duration: what a sweep or a study can vary. */
        public boolean numeric() {
            return this == NUMBER || this == WHOLE_NUMBER || this == DURATION || this == RANDOM_DURATION
                    || this == RANDOM_NUMBER;
        }
    }

    /**
     * The values a key accepts, with the sentence a refused value gets (the reader's exact words).
     *
     * @param low        lower bound (may be infinite)
     * @param lowClosed  true when {@code low} itself is accepted
     * @param high       upper bound (may be infinite)
     * @param highClosed true when {@code high} itself is accepted
     * @param rule       e.g. {@code must be in (0, 1]}
     */
    public record Range(double low, boolean lowClosed, double high, boolean highClosed, String rule) {
        /** True when {@code v} lies in the range (NaN never does). */
        public boolean test(double v) {
            return (lowClosed ? v >= low : v > low) && (highClosed ? v <= high : v < high);
        }
    }

    /**
     * Why a plain value written as text ({@code 6h}, {@code 0.95}, {@code 40}) breaks this key's type or range, in the
     * reader's words; null when it is accepted. For a study's {@code decide:} bounds and a sweep's levels: a duration
     * is checked in seconds, a random key's constant like its mean. Rules between keys (warm-up below horizon) are the
     * reader's, so a value accepted here may still be refused in a given scenario.
     */
    public String refuses(String text) {
        double v;
        switch (type) {
            case DURATION, RANDOM_DURATION -> {
                try {
                    v = Durations.parseSeconds(text);
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            }
            case NUMBER, WHOLE_NUMBER, RANDOM_NUMBER -> {
                Double parsed = PlainNumber.parse(text);
                if (parsed == null) {
                    return type == Type.WHOLE_NUMBER ? "must be a whole number" : "must be a number";
                }
                v = parsed;
                if (type == Type.WHOLE_NUMBER && v != Math.rint(v)) {
                    return "must be a whole number";
                }
            }
            case CHOICE -> {
                return choices.contains(text.strip()) ? null : choiceRule();
            }
            case TEXT -> {
                return null;
            }
            default -> {
                return "is a " + type.shown() + ", not one value";
            }
        }
        return range == null || range.test(v) ? null : range.rule();
    }

    /** What a word outside a choice's words is told: {@code must be 'store', 'road' or 'transfer'}. */
    public String choiceRule() {
        StringBuilder b = new StringBuilder("must be ");
        for (int i = 0; i < choices.size(); i++) {
            b.append(i == 0 ? "" : i == choices.size() - 1 ? " or " : ", ").append('\'').append(choices.get(i))
                    .append('\'');
        }
        return b.toString();
    }

    /** The last segment of the key: the name written in the file. */
    public String leaf() {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    /** True when the type is a random quantity (a constant or a one-key distribution map). */
    public boolean isRandom() {
        return type == Type.RANDOM_DURATION || type == Type.RANDOM_NUMBER;
    }
}
