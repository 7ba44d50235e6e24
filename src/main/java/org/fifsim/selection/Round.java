package org.fifsim.selection;

import java.util.List;

/**
 * One line of the elimination log: what one round's replications decided.
 *
 * @param number 0 for the first stage, then one per engine request
 * @param phase "first stage", "feasibility" or "selection"
 * @param replications the replications each contender was checked on (in selection, the common r KN screened
 *     at; in a feasibility round, the largest)
 * @param total replications used so far over all designs
 * @param contenders the designs still in contention after this round, by name
 * @param eliminated designs screened out by KN this round
 * @param feasible designs found feasible this round
 * @param infeasible designs found infeasible this round
 */
public record Round(int number, String phase, int replications, long total, List<String> contenders,
        List<String> eliminated, List<String> feasible, List<String> infeasible) {
    public Round {
        contenders = List.copyOf(contenders);
        eliminated = List.copyOf(eliminated);
        feasible = List.copyOf(feasible);
        infeasible = List.copyOf(infeasible);
    }
}
