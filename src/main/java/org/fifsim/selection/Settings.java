package org.fifsim.selection;

/**
 * How the procedure samples.
 *
 * @param n0 first-stage replications of every design (at least 2; the variances come from these)
 * @param batch replications added to every survivor per round: one request to the engine per round
 * @param pcs the probability of correct selection asked for, in (0, 1); with constraints, half of the error goes to
 *     the feasibility check and half to the selection
 * @param maxReplications the budget, replications over all designs (first stage included); reaching it stops with the
 *     survivors and no selection
 * @param first the first replication number used: 0 for a selection alone; a later search hands its clean-up a fresh
 *     range, so the winner's estimate carries no selection bias
 */
public record Settings(int n0, int batch, double pcs, int maxReplications, int first) {
    public Settings {
        if (n0 < 2) {
            throw new IllegalArgumentException("n0 must be at least 2 (the first stage gives the variances), got " + n0);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("the batch must be at least 1, got " + batch);
        }
        if (!(pcs > 0 && pcs < 1)) {
            throw new IllegalArgumentException("pcs must be strictly between 0 and 1, got " + pcs);
        }
        if (maxReplications < 1 || first < 0) {
            throw new IllegalArgumentException("the budget must be >= 1 and the first replication >= 0");
        }
    }

    /** The defaults of {@code fifsim select}: n0 10, batches of 5, 95%, no practical budget, from replication 0. */
    public static Settings defaults() {
        return new Settings(10, 5, 0.95, Integer.MAX_VALUE, 0);
    }
}
