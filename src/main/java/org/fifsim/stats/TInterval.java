package org.fifsim.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Student-t half-widths, shared by the one-sample and Welch intervals so both use the same
 * quantile and the same degenerate-case rules.
 */
final class TInterval {

    private TInterval() {
    }

    /**
     * Half-width {@code t(df, (1+level)/2) * standardError} of a two-sided interval.
     *
     * <p>A zero standard error gives a zero half-width without consulting the t distribution,
     * because the degrees of freedom may then be undefined (Welch with two constant samples);
     * a NaN standard error or NaN degrees of freedom give NaN.
     */
    static double halfWidth(double standardError, double degreesOfFreedom, double level) {
        if (standardError == 0.0) {
            return 0.0;
        }
        if (Double.isNaN(standardError) || !(degreesOfFreedom > 0.0)) {
            return Double.NaN;
        }
        return quantile(degreesOfFreedom, level) * standardError;
    }

    /** Upper {@code (1+level)/2} quantile of Student's t with the given degrees of freedom. */
    static double quantile(double degreesOfFreedom, double level) {
        return new TDistribution(degreesOfFreedom).inverseCumulativeProbability(0.5 + level / 2.0);
    }
}
