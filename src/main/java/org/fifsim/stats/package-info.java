/**
 * Output analysis for replicated simulation runs: confidence intervals, percentile spreads,
 * paired and unpaired differences, warm-up truncation (MSER-5) and replication-count planning.
 *
 * <p>Everything here is a pure function of {@code double} arrays (one value per replication,
 * or one observation per time step for {@link org.fifsim.stats.Mser}), so the statistics can be
 * tested against hand-computed values without running a simulation. Inputs must be finite:
 * a NaN or infinite replication value signals a broken run, and failing loudly is better than
 * letting it silently poison a mean.
 */
package org.fifsim.stats;
