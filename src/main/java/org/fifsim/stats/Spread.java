package org.fifsim.stats;

/**
 * The 5th, 50th and 95th percentiles of per-replication values: how widely individual
 * replications scatter, which a confidence interval on the mean deliberately does not show.
 *
 * @param p5  5th percentile
 * @param p50 median
 * @param p95 95th percentile
 */
public record Spread(double p5, double p50, double p95) {
}
