package org.fifsim.stats;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * Relative-precision stopping rule for replications: keep adding replications until every
 * reported output's interval half-width is within {@code target} of its mean (e.g. 0.05 = ±5%).
 */
public final class Precision {

    private Precision() {
    }

    /**
     * Whether {@code e.relativeHalfWidth() <= target}. An undefined (NaN) interval never meets
     * the target; a zero mean with a non-zero half-width never does either.
     */
    public static boolean met(Estimate e, double target) {
        Objects.requireNonNull(e, "estimate");
        Checks.target(target);
        return e.relativeHalfWidth() <= target;
    }

    /** Whether every estimate meets the target; vacuously true for an empty collection. */
    public static boolean met(Collection<Estimate> estimates, double target) {
        Checks.target(target);
        for (Estimate e : estimates) {
            if (!met(e, target)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every named estimate meets the target; vacuously true for an empty map. */
    public static boolean met(Map<?, Estimate> estimates, double target) {
        return met(estimates.values(), target);
    }

    /**
     * Classic estimate of the total replications needed for the target, from a pilot of
     * {@code e.n()}: half-width shrinks like {@code 1/sqrt(n)}, so
     * {@code n* = ceil(n * (relativeHalfWidth / target)²)}, never less than {@code n}. This
     * ignores the change in the t quantile and in the estimated spread, so treat it as a
     * guide and re-check with {@link #met(Estimate, double)} after running.
     *
     * @return at least {@code e.n()}; {@link Integer#MAX_VALUE} when the target is unreachable
     *         (zero mean with non-zero half-width) or the estimate overflows
     * @throws IllegalArgumentException if the interval is undefined (fewer than 2 replications)
     *                                  or the target is not positive and finite
     */
    public static int replicationsNeeded(Estimate e, double target) {
        Objects.requireNonNull(e, "estimate");
        Checks.target(target);
        double relative = e.relativeHalfWidth();
        if (Double.isNaN(relative)) {
            throw new IllegalArgumentException(
                    "no interval to extrapolate from (n = " + e.n() + "); run at least 2 replications");
        }
        double ratio = relative / target;
        double needed = Math.ceil(e.n() * ratio * ratio);
        if (needed >= Integer.MAX_VALUE) {
            return Integer.MAX_VALUE;
        }
        return Math.max(e.n(), (int) needed);
    }

    /** The largest {@link #replicationsNeeded(Estimate, double)} over the estimates, so all meet the target. */
    public static int replicationsNeeded(Collection<Estimate> estimates, double target) {
        Checks.target(target);
        int needed = 0;
        for (Estimate e : estimates) {
            needed = Math.max(needed, replicationsNeeded(e, target));
        }
        return needed;
    }
}
