package org.fifsim.selection;

import java.util.List;
import org.fifsim.experiment.engine.EngineUnavailable;
import org.fifsim.experiment.engine.SimulationFailure;

/**
 * Where the procedure's numbers come from: the simulation through an {@link org.fifsim.experiment.engine.Oracle}, or
 * synthetic draws in a test. Replication r of a design must be the same numbers whenever it is asked for, and
 * replication r of two designs must share their random numbers (common random numbers) for the pairing to help.
 */
@FunctionalInterface
public interface Responses {

    /** Replications {@code from..from+count-1} of one design. */
    record Ask(String design, int from, int count) {
    }

    /**
     * Answers all asks of one round in one call. For ask a, {@code result[a][j]} is replication {@code from + j}:
     * element 0 the goal's KPI, element 1 + l constraint l's KPI, as the procedure listed them.
     */
    double[][][] draw(List<Ask> asks) throws SimulationFailure, InterruptedException, EngineUnavailable;
}
