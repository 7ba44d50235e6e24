package org.fifsim.optimize;

import java.util.List;

/**
 * One design the search looked at, on the data it collected (a row of {@code history.csv}'s summary).
 *
 * @param design its name (its overrides)
 * @param levels its point in the decision space
 * @param replications replications run during the search
 * @param mean the objective's sample mean
 * @param halfWidth the half-width of its 95% t interval
 * @param constraintMeans each constraint KPI's sample mean, in the constraints' order
 * @param feasible whether every constraint's sample mean meets its bound
 * @param survived whether screening on the search's data kept it for the clean-up
 */
public record Visited(String design, int[] levels, int replications, double mean, double halfWidth,
        List<Double> constraintMeans, boolean feasible, boolean survived) {
    public Visited {
        levels = levels.clone();
        constraintMeans = List.copyOf(constraintMeans);
    }

    @Override
    public int[] levels() {
        return levels.clone();
    }

    /** Equal by content (a record compares arrays by reference): a resumed study's rows equal the uninterrupted one's. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Visited v && v.design.equals(design) && java.util.Arrays.equals(v.levels, levels)
                && v.replications == replications && Double.compare(v.mean, mean) == 0
                && Double.compare(v.halfWidth, halfWidth) == 0 && v.constraintMeans.equals(constraintMeans)
                && v.feasible == feasible && v.survived == survived;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(design, java.util.Arrays.hashCode(levels), replications, mean, halfWidth,
                constraintMeans, feasible, survived);
    }

    @Override
    public String toString() {
        return "Visited[" + design + ", n=" + replications + ", mean=" + mean + " ± " + halfWidth + ", constraints="
                + constraintMeans + ", feasible=" + feasible + ", survived=" + survived + "]";
    }
}
