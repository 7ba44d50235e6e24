package org.fifsim.stats;

import java.util.Objects;

/** Argument validation shared by the package, so every entry point rejects bad input the same way. */
final class Checks {

    private Checks() {
    }

    /** Rejects null, empty, and non-finite samples. */
    static double[] finiteSample(double[] values, String name) {
        Objects.requireNonNull(values, name);
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return finite(values, name);
    }

    /** Rejects null and non-finite values; an empty array is allowed. */
    static double[] finite(double[] values, String name) {
        Objects.requireNonNull(values, name);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is not finite: " + values[i]);
            }
        }
        return values;
    }

    /** Confidence levels are two-sided coverage probabilities strictly between 0 and 1. */
    static double confidenceLevel(double level) {
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
        }
        return level;
    }

    /** Relative precision targets must be positive and finite. */
    static double target(double target) {
        if (!(target > 0.0 && Double.isFinite(target))) {
            throw new IllegalArgumentException("target relative half-width must be positive and finite: " + target);
        }
        return target;
    }
}
