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
 */
public record OptimizeOutcome(String best, int[] bestLevels, int[] start, List<Visited> visited,
        List<Generation> generations, Outcome cleanup, long searchReplications, int firstCleanupReplication) {
    public OptimizeOutcome {
        bestLevels = bestLevels == null ? null : bestLevels.clone();
        start = start.clone();
        visited = List.copyOf(visited);
        generations = List.copyOf(generations);
    }
}
