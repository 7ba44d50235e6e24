package org.fifsim.experiment.engine;

/** A replication failed inside the model: an internal error (exit status 1), never a user's input error. */
public final class SimulationFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public SimulationFailure(String scenario, int replication, Throwable cause) {
        super("replication " + replication + " of " + scenario + " failed: " + cause, cause);
    }
}
