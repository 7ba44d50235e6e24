package org.fifsim.experiment.engine;

import org.fifsim.scenario.Scenario;

/**
 * "Replications {@code from..from+count-1} of this design": what a procedure that adapts (selection, search,
 * attribution) asks for. Requests of one call may be of any shape (other designs, other ranges, other counts); a
 * replication's random numbers depend on (seed, stream, replication) only, so replication r of a design is the same
 * record whichever request asked for it and whatever else was asked with it.
 *
 * @param design the scenario to simulate, overrides applied
 * @param from the first replication number, from 0
 * @param count how many replications, at least 1
 */
public record Request(Scenario design, int from, int count) {
    public Request {
        if (design == null) {
            throw new IllegalArgumentException("a request needs a design");
        }
        if (from < 0 || count < 1) {
            throw new IllegalArgumentException("a request needs from >= 0 and count >= 1, got from " + from
                    + ", count " + count);
        }
    }

    /** One past the last replication asked for. */
    public int to() {
        return from + count;
    }
}
