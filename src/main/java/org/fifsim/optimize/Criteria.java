package org.fifsim.optimize;

import java.util.List;
import org.fifsim.selection.Constraint;
import org.fifsim.selection.Goal;

/**
 * The goal and the constraints as the search reads a response row (element 0 the goal's KPI, 1 + l constraint l's):
 * the objective on a "larger is better" scale, so one comparison serves a cost and a throughput, and each constraint's
 * excess over its bound, so "feasible" is always "mean excess at most 0".
 */
record Criteria(Goal goal, List<Constraint> constraints) {
    Criteria {
        constraints = List.copyOf(constraints);
    }

    int columns() {
        return 1 + constraints.size();
    }

    double better(double[] row) {
        return goal.maximize() ? row[0] : -row[0];
    }

    double excess(double[] row, int l) {
        Constraint c = constraints.get(l);
        return c.atMost() ? row[1 + l] - c.bound() : c.bound() - row[1 + l];
    }

    /** An objective mean on the "larger is better" scale, back in the KPI's direction. */
    double kpi(double better) {
        return goal.maximize() ? better : -better;
    }

    /** A constraint's mean excess, back as the KPI's mean. */
    double constraintKpi(int l, double excess) {
        Constraint c = constraints.get(l);
        return c.atMost() ? c.bound() + excess : c.bound() - excess;
    }
}
