package org.fifsim.scenario;

/** How to run: horizon and warm-up in seconds (the horizon includes the warm-up), replications and base seed. */
public record RunSpec(double horizon, double warmup, int replications, long seed) implements java.io.Serializable {

    /** The measured time per replication, over which flows are annualised. */
    public double measuredSeconds() {
        return horizon - warmup;
    }

    public RunSpec withReplications(int n) {
        return new RunSpec(horizon, warmup, n, seed);
    }

    public RunSpec withSeed(long s) {
        return new RunSpec(horizon, warmup, replications, s);
    }
}
