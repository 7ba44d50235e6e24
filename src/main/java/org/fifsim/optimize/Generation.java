package org.fifsim.optimize;

/**
 * The search after one generation (one request to the engine): what progress prints and the convergence chart draws.
 *
 * @param number 1, 2, … (0 the start point)
 * @param replications replications spent so far over all designs
 * @param visited designs looked at so far
 * @param best the best design believed feasible so far, or null if none is
 * @param bestMean its objective's sample mean
 * @param bestHalfWidth the half-width of its 95% interval
 */
public record Generation(int number, long replications, int visited, String best, double bestMean,
        double bestHalfWidth) {
}
