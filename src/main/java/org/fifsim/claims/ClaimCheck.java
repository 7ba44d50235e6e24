package org.fifsim.claims;

import org.fifsim.stats.Estimate;

/**
 * A claim held against the simulation: the simulated estimate (with its 95% interval) and the verdict. A claim
 * <em>agrees</em> when the interval overlaps the claimed range (value ± tolerance, or the half-line of "at least" /
 * "at most"), <em>disagrees</em> when it lies wholly outside it, and is <em>unclear</em> when the interval straddles
 * a one-sided bound.
 *
 * @param claim     the claim
 * @param simulated the simulated figure, or null when the results lack the KPI
 * @param verdict   {@link Verdict}
 */
public record ClaimCheck(Claim claim, Estimate simulated, Verdict verdict) {

    /** What the simulation says about a claim. */
    public enum Verdict {
        AGREES("agrees"), SIMULATION_HIGHER("disagrees: simulation higher"),
        SIMULATION_LOWER("disagrees: simulation lower"), UNCLEAR("unclear: interval straddles the bound"),
        NOT_SIMULATED("not in these results"),
        SET_BY_ASSUMPTION("set by assumption: the simulated figure follows from the inputs it rests on");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * The verdict in the claim's own terms. A claimed difference below 0 is a reduction (a saving, a shorter time), so
     * a simulated difference further below 0 is a larger reduction, not a "lower" figure; above 0 it is an increase.
     * A claim about one design's level says whether the simulated value is higher or lower.
     */
    public String words() {
        if (verdict == Verdict.SET_BY_ASSUMPTION) {
            return "set by assumption: follows from " + String.join(", ", claim.restsOn());
        }
        if (!disagrees()) {
            return verdict.words();
        }
        boolean higher = verdict == Verdict.SIMULATION_HIGHER;
        double claimed = claim.claimed();
        if (claim.of() != Claim.Of.DIFFERENCE) {
            return "disagrees: the simulated value is " + (higher ? "higher" : "lower");
        }
        if (claimed == 0) {
            return "disagrees: the simulation shows " + (higher ? "an increase" : "a reduction");
        }
        boolean up = claimed > 0;
        String change = up ? "increase" : "reduction";
        if (higher == up) { // further from 0, the way the claim goes
            return "disagrees: the simulated " + change + " is larger";
        }
        double mean = simulated.mean();
        if (mean != 0 && (mean > 0) == up) {
            return "disagrees: the simulated " + change + " is smaller";
        }
        return "disagrees: the simulation shows " + (mean == 0 ? "no " + change
                : (up ? "a reduction" : "an increase") + " instead");
    }

    /** True when the simulated interval lies wholly on one side of the claim. */
    public boolean disagrees() {
        return verdict == Verdict.SIMULATION_HIGHER || verdict == Verdict.SIMULATION_LOWER;
    }

    /** Judges one claim against its simulated estimate (null: the KPI is not in the results). */
    public static ClaimCheck of(Claim c, Estimate e) {
        if (e == null || !Double.isFinite(e.mean())) {
            return new ClaimCheck(c, e, Verdict.NOT_SIMULATED);
        }
        // one replication has no interval: the mean alone is judged
        double lo = Double.isFinite(e.ci95Low()) ? e.ci95Low() : e.mean();
        double hi = Double.isFinite(e.ci95High()) ? e.ci95High() : e.mean();
        Verdict v;
        if (Double.isFinite(c.value())) {
            double a = c.value() - c.tolerance();
            double b = c.value() + c.tolerance();
            v = hi < a ? Verdict.SIMULATION_LOWER : lo > b ? Verdict.SIMULATION_HIGHER : Verdict.AGREES;
        } else if (Double.isFinite(c.atLeast())) {
            v = lo >= c.atLeast() ? Verdict.AGREES : hi < c.atLeast() ? Verdict.SIMULATION_LOWER : Verdict.UNCLEAR;
        } else {
            v = hi <= c.atMost() ? Verdict.AGREES : lo > c.atMost() ? Verdict.SIMULATION_HIGHER : Verdict.UNCLEAR;
        }
        // a figure the inputs set can neither confirm nor refute the claim: the comparison is with the inputs
        return new ClaimCheck(c, e, c.restsOn().isEmpty() ? v : Verdict.SET_BY_ASSUMPTION);
    }
}
