package org.fifsim.selection;

/**
 * What "best" means: the KPI, its direction, and the indifference zone: a difference smaller than {@code delta} is one
 * the planner does not care about, so the guarantee is only promised when the best beats the next by at least that.
 *
 * @param kpi the KPI to rank on
 * @param maximize true when more is better (vehicles built), false for a cost
 * @param delta the indifference zone, in the KPI's unit, greater than zero (a zero zone would silently drop the
 *     guarantee: the procedure could never stop on two equal designs)
 */
public record Goal(String kpi, boolean maximize, double delta) {
    public Goal {
        if (kpi == null || kpi.isBlank()) {
            throw new IllegalArgumentException("a goal needs a KPI");
        }
        if (!(delta > 0) || !Double.isFinite(delta)) {
            throw new IllegalArgumentException("the indifference zone delta must be a finite number > 0, got " + delta);
        }
    }

    /** The value on the "larger is better" scale the procedure works on. */
    double better(double value) {
        return maximize ? value : -value;
    }
}
