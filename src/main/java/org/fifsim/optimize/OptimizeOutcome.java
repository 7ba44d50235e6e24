package org.fifsim.optimize;

import java.util.List;
import org.fifsim.selection.Outcome;

/**
 * What a study found: the design the clean-up selected (the best of the designs visited with probability at least
 * its pcs, when its status is SELECTED), every design visited, the convergence log, and the replications spent.
 *
 * @param best the selected design's name, or null (no design feasible, or the clean-up's budget ran out)
 * @param bestLevels its point, or null
 * @param start the point the search started from
 * @param visited every design looked at, in the order first visited
 * @param generations the convergence log
 * @param cleanup the clean-up's selection, on fresh replications
 * @param searchReplications replications spent by the search
 * @param firstCleanupReplication the first replication number the clean-up used (every one before it belongs to the
 *     search)
 * @param converged true when the search stopped on its own (its optimum survived a doubling of the replications and
 *     nothing near it could beat it by δ), false when the budget stopped it
 */
public record OptimizeOutcome(String best, int[] bestLevels, int[] start, List<Visited> visited,
        List<Generation> generations, Outcome cleanup, long searchReplications, int firstCleanupReplication,
        boolean converged) {
    public OptimizeOutcome {
        bestLevels = bestLevels == null ? null : bestLevels.clone();
        start = start.clone();
        visited = List.copyOf(visited);
        generations = List.copyOf(generations);
    }

    /** The seam's first form, for an outcome whose search stopped on its budget. */
    public OptimizeOutcome(String best, int[] bestLevels, int[] start, List<Visited> visited,
            List<Generation> generations, Outcome cleanup, long searchReplications, int firstCleanupReplication) {
        this(best, bestLevels, start, visited, generations, cleanup, searchReplications, firstCleanupReplication,
                false);
    }

    @Override
    public int[] bestLevels() {
        return bestLevels == null ? null : bestLevels.clone();
    }

    @Override
    public int[] start() {
        return start.clone();
    }

    /**
     * The probability that {@link #best} is the best (feasible) design visited, when it beats the others by δ: the
     * clean-up spends half its error on screening the visited designs and half on the selection, which ran at
     * {@code cleanup.settings().pcs()} = 1 − α/2, so this is 1 − α.
     */
    public double pcs() {
        return 1 - 2 * (1 - cleanup.settings().pcs());
    }

    /** Equal by content (a record compares arrays by reference): a resumed study equals the uninterrupted one. */
    @Override
    public boolean equals(Object o) {
        return o instanceof OptimizeOutcome x && java.util.Objects.equals(x.best, best)
                && java.util.Arrays.equals(x.bestLevels, bestLevels) && java.util.Arrays.equals(x.start, start)
                && x.visited.equals(visited) && x.generations.equals(generations)
                && java.util.Objects.equals(x.cleanup, cleanup) && x.searchReplications == searchReplications
                && x.firstCleanupReplication == firstCleanupReplication && x.converged == converged;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(best, java.util.Arrays.hashCode(bestLevels), java.util.Arrays.hashCode(start),
                visited, generations, cleanup, searchReplications, firstCleanupReplication, converged);
    }

    @Override
    public String toString() {
        return "OptimizeOutcome[best=" + best + ", visited=" + visited.size() + ", generations=" + generations.size()
                + ", searchReplications=" + searchReplications + ", converged=" + converged
                + ", firstCleanupReplication=" + firstCleanupReplication
                + ", cleanup=" + (cleanup == null ? null : cleanup.status()) + "]";
    }
}
