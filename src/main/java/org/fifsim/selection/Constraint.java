package org.fifsim.selection;

/**
 * A stochastic service constraint on a design's mean, E[Y] &lt;= bound (or &gt;= bound), with a tolerance: a design whose
 * true mean lies within {@code eps} of the bound may be called either way, which is what lets the check stop.
 *
 * @param kpi the KPI constrained
 * @param atMost true for {@code KPI <= bound}, false for {@code KPI >= bound}
 * @param bound the bound q
 * @param eps the tolerance, greater than zero
 */
public record Constraint(String kpi, boolean atMost, double bound, double eps) {
    public Constraint {
        if (kpi == null || kpi.isBlank()) {
            throw new IllegalArgumentException("a constraint needs a KPI");
        }
        if (!Double.isFinite(bound)) {
            throw new IllegalArgumentException("a constraint's bound must be a finite number, got " + bound);
        }
        if (!(eps > 0) || !Double.isFinite(eps)) {
            throw new IllegalArgumentException("a constraint's tolerance eps must be a finite number > 0, got " + eps);
        }
    }

    /** A value on the "at most" scale: Y - q for {@code <=}, q - Y for {@code >=}; feasible means its mean is <= 0. */
    double excess(double value) {
        return atMost ? value - bound : bound - value;
    }

    /** As written on a command line: {@code vehicle_line_starved<=0.001,eps=0.0002}. */
    @Override
    public String toString() {
        return kpi + (atMost ? "<=" : ">=") + bound + ",eps=" + eps;
    }
}
