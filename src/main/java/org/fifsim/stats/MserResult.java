package org.fifsim.stats;

/**
 * Outcome of {@link Mser#suggestTruncation(double[], int)}.
 *
 * @param truncationIndex number of leading observations of the original series to discard as
 *                        warm-up (a multiple of the batch size)
 * @param batches         number of complete batches the series was split into
 * @param atLimit         the minimum fell on the largest allowed truncation (half the batches),
 *                        or the series was too short to judge: the warm-up may not be over within
 *                        the run, so run longer rather than trust the truncation
 */
public record MserResult(int truncationIndex, int batches, boolean atLimit) {
}
