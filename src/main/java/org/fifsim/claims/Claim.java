package org.fifsim.claims;

/**
 * A public claim about the design, as data: what was said, where, which KPI it is about, what it says the value is,
 * and the assumption the simulation needs to speak to it. Exactly one of {@code value} (with {@code tolerance}),
 * {@code atLeast} or {@code atMost} is set; the others are NaN.
 *
 * @param id         a short name, [a-z0-9-]
 * @param text       the claim as it was made
 * @param source     where it was made
 * @param kpi        the KPI that tests it
 * @param of         whose value: the baseline's, the other design's, or their paired difference
 * @param value      the claimed value, in the KPI's unit
 * @param tolerance  how far from {@code value} still agrees, in the KPI's unit
 * @param atLeast    the claim is "at least this"
 * @param atMost     the claim is "at most this"
 * @param assumption what the simulated figure rests on (may be empty)
 * @param restsOn    the scenario keys whose values set the simulated figure (empty when it is a result): such a
 *                   claim is judged <em>set by assumption</em>, since agreeing with it would only repeat the inputs
 */
public record Claim(String id, String text, String source, String kpi, Of of, double value, double tolerance,
        double atLeast, double atMost, String assumption, java.util.List<String> restsOn) {

    public Claim {
        restsOn = java.util.List.copyOf(restsOn);
    }

    /** A claim whose simulated figure is a result of the model, not set by its inputs. */
    public Claim(String id, String text, String source, String kpi, Of of, double value, double tolerance,
            double atLeast, double atMost, String assumption) {
        this(id, text, source, kpi, of, value, tolerance, atLeast, atMost, assumption, java.util.List.of());
    }

    /** The claimed figure: the value, or the bound of an "at least" / "at most" claim. */
    public double claimed() {
        return Double.isFinite(value) ? value : Double.isFinite(atLeast) ? atLeast : atMost;
    }

    /** Whose figure a claim is about. */
    public enum Of {
        BASE, OTHER, DIFFERENCE;

        /** The word in a claims file. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
