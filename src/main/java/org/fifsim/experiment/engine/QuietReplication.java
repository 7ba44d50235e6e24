package org.fifsim.experiment.engine;

import nl.tudelft.simulation.dsol.experiment.SingleReplication;

/**
 * A replication that never creates DSOL's naming context: fifsim keeps its statistics in plain fields, so nothing
 * needs binding, and repeated ids in one JVM (tests, sweeps) cannot clash.
 */
final class QuietReplication extends SingleReplication<Double> {
    private static final long serialVersionUID = 1L;

    QuietReplication(String id, double warmup, double runLength) {
        super(id, 0.0, warmup, runLength);
    }

    @Override
    protected void setContext() {
        // no naming context: see class comment
    }
}
