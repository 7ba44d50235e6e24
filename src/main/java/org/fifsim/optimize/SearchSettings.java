package org.fifsim.optimize;

import org.fifsim.selection.Settings;

/**
 * How a study spends its replications.
 *
 * @param perDesign replications of a design when the search first looks at it (at least 2: a variance)
 * @param budget replications the search may spend over all designs, clean-up excluded
 * @param seed the search's own random choices (not the simulation's: every design runs on the scenario's seed, so
 *     replication r of two designs share their random numbers)
 * @param cleanup the clean-up's selection settings; its {@code first} replication is replaced by the first one the
 *     search never used, so the winner's estimate carries no selection bias
 * @param cleanupDesigns at most this many of the visited designs go to the clean-up (the best by the search's
 *     estimates among those that survive screening)
 */
public record SearchSettings(int perDesign, int budget, long seed, Settings cleanup, int cleanupDesigns) {
    public SearchSettings {
        if (perDesign < 2) {
            throw new IllegalArgumentException("perDesign must be at least 2, got " + perDesign);
        }
        if (budget < perDesign) {
            throw new IllegalArgumentException("the budget must allow one design, got " + budget);
        }
        if (cleanupDesigns < 1) {
            throw new IllegalArgumentException("the clean-up needs at least one design");
        }
    }
}
