package org.fifsim.experiment.sweep;

import org.fifsim.experiment.ReplicationRunner;
import org.fifsim.experiment.SimulationFailure;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;

/**
 * One run of a sweep: scenario {@code scenario} at point {@code point}, replication {@code replication}. A pure task:
 * the complete scenario (overrides applied) and the replication number are all it reads, and its streams are seeded
 * from (seed, stream name, replication) only, so every point and scenario of a sweep sees the same random numbers and
 * any machine that runs the task gets the same result.
 */
public record SweepTask(int scenario, int point, int replication, Scenario input) {

    public ReplicationResult run() throws SimulationFailure {
        return ReplicationRunner.run(input, replication);
    }
}
