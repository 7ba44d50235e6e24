package org.fifsim.scenario;

/**
 * A random quantity as written in a scenario: a constant or one of the named distributions. Values are in the
 * quantity's base unit (seconds for durations). The model turns a spec into a sampler on its own named stream.
 */
public sealed interface Distribution {
    /** The names of the one-key maps, as a scenario writes them. */
    java.util.List<String> KINDS = java.util.List.of("exponential", "triangular", "uniform", "normal", "lognormal");

    /** The expected value, used for planning quantities such as lead-time demand. */
    double mean();

    /** Smallest value the distribution can produce (0 for those truncated at zero). */
    double min();

    /**
     * Largest value it can produce: infinite for the unbounded ones, which is why a factor with a range takes only a
     * constant, a uniform or a triangular.
     */
    default double max() {
        return Double.POSITIVE_INFINITY;
    }

    /** A constant value. */
    record Constant(double value) implements Distribution {
        @Override
        public double mean() {
            return value;
        }

        @Override
        public double min() {
            return value;
        }

        @Override
        public double max() {
            return value;
        }
    }

    /** Exponential with the given mean (not a rate). */
    record Exponential(double mean) implements Distribution {
        @Override
        public double min() {
            return 0;
        }
    }

    /** Triangular by min, mode and max. */
    record Triangular(double low, double mode, double high) implements Distribution {
        @Override
        public double mean() {
            return (low + mode + high) / 3.0;
        }

        @Override
        public double min() {
            return low;
        }

        @Override
        public double max() {
            return high;
        }
    }

    /** Uniform between two bounds. */
    record Uniform(double low, double high) implements Distribution {
        @Override
        public double mean() {
            return (low + high) / 2.0;
        }

        @Override
        public double min() {
            return low;
        }

        @Override
        public double max() {
            return high;
        }
    }

    /**
     * Normal by mean and standard deviation, truncated at zero by redrawing; {@link #mean()} returns the parameter,
     * which is the real mean only when the sd is small against it (the validator warns otherwise).
     */
    record Normal(double mu, double sd) implements Distribution {
        @Override
        public double mean() {
            return mu;
        }

        @Override
        public double min() {
            return 0;
        }
    }

    /** Lognormal given by its own mean and standard deviation (not those of the underlying normal). */
    record LogNormal(double mean, double sd) implements Distribution {
        /** Mean of the underlying normal. */
        public double mu() {
            return Math.log(mean * mean / Math.sqrt(sd * sd + mean * mean));
        }

        /** Standard deviation of the underlying normal. */
        public double sigma() {
            return Math.sqrt(Math.log(1 + (sd * sd) / (mean * mean)));
        }

        @Override
        public double min() {
            return 0;
        }
    }
}
