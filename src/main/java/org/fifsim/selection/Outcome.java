package org.fifsim.selection;

import java.util.List;
import java.util.Locale;

/**
 * What a selection found: the chosen design (or why none), every design's standing, the constants behind the
 * guarantee and the elimination log.
 *
 * @param selected the chosen design's name, or null (budget reached, or no design feasible)
 * @param status why the procedure stopped
 * @param goal the goal it ranked on
 * @param constraints the service constraints
 * @param settings how it sampled
 * @param designs every design, by name
 * @param contenders the designs still in contention at the end (the selected one alone, unless the budget ran out)
 * @param rounds the elimination log
 * @param alphaF the error spent on feasibility (0 without constraints)
 * @param alphaS the error spent on selection
 * @param etaFeasibility η of the feasibility check (NaN without constraints)
 * @param h2Feasibility h² of the feasibility check (NaN without constraints)
 * @param etaSelection η of KN (NaN with one design)
 * @param h2Selection h² of KN (NaN with one design)
 * @param total replications used over all designs
 * @param equalAllocation replications over all designs that a Bonferroni equal-allocation plan (Nelson &amp; Matejcik
 *     1995, two stages) would run for the selection alone, from the same first stage: what the sequential procedure
 *     is measured against
 */
public record Outcome(String selected, Status status, Goal goal, List<Constraint> constraints, Settings settings,
        List<DesignOutcome> designs, List<String> contenders, List<Round> rounds, double alphaF, double alphaS,
        double etaFeasibility, double h2Feasibility, double etaSelection, double h2Selection, long total,
        long equalAllocation) {

    /** Why the procedure stopped. */
    public enum Status {
        /** One design is left: the guarantee holds. */
        SELECTED,
        /** The budget ran out with several contenders: no selection, no guarantee. */
        BUDGET_REACHED,
        /** Every design was found infeasible. */
        NONE_FEASIBLE
    }

    public Outcome {
        constraints = List.copyOf(constraints);
        designs = List.copyOf(designs);
        contenders = List.copyOf(contenders);
        rounds = List.copyOf(rounds);
    }

    /** The design of this name. */
    public DesignOutcome design(String name) {
        return designs.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no design " + name));
    }

    /** How many designs were found infeasible. */
    public long infeasible() {
        return designs.stream().filter(d -> d.feasibility() == Feasibility.INFEASIBLE).count();
    }

    /** The guarantee in words, as selection.json and the report state it. */
    public String guarantee() {
        String pcs = percent(settings.pcs());
        String zone = "when the best" + (constraints.isEmpty() ? "" : " feasible") + " design beats the next by at "
                + "least " + number(goal.delta()) + " on " + goal.kpi();
        String tolerance = constraints.isEmpty() ? "" : "; a design whose mean lies within eps of a bound may be "
                + "called feasible or infeasible";
        return switch (status) {
            case SELECTED -> "the selected design is the best" + (constraints.isEmpty() ? "" : " feasible one")
                    + " with probability at least " + pcs + " " + zone + " (Kim & Nelson 2001 with common random "
                    + "numbers" + (constraints.isEmpty() ? "" : ", after the feasibility check of Andradóttir & Kim "
                    + "2010") + ")" + tolerance;
            case BUDGET_REACHED -> "the guarantee was NOT reached: the budget of " + settings.maxReplications()
                    + " replications ran out with " + contenders.size() + " designs still in contention ("
                    + String.join(", ", contenders) + "); no design is selected";
            case NONE_FEASIBLE -> "no design meets the constraints: each was found infeasible, every verdict right "
                    + "with probability at least " + percent(1 - alphaF) + tolerance;
        };
    }

    static String percent(double p) {
        return String.format(Locale.ROOT, "%s%%", number(100 * p));
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%d", (long) v)
                : String.format(Locale.ROOT, "%s", (float) v);
    }
}
