package org.fifsim.experiment.engine;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.fifsim.TestScenarios;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * An Error inside an event (OutOfMemoryError, StackOverflowError) is not an Exception, so DSOL's event loop does not
 * catch it: it must still reach the caller as a failure instead of ending the worker thread and hanging the run.
 */
class EventErrorTest {
    private static final Scenario S = TestScenarios.parse("name: t\nrun: {horizon: 1d, warmup: 1h, replications: 1}\n"
            + "vehicle_line: {takt: 45s}\npack_line:\n  stations: [{name: a, cycle_time: 44s}]\n"
            + "logistics: {mode: co-located, transfer: 20min}\n");

    @Test
    void anOutOfMemoryErrorInAnEventIsReportedNotHung() {
        SimulationFailure f = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                SimulationFailure.class, () -> ReplicationRunner.run(S, 0, () -> {
                    throw new OutOfMemoryError("test: Java heap space");
                })));
        assertInstanceOf(OutOfMemoryError.class, f.getCause());
    }

    @Test
    void aStackOverflowInAnEventIsReportedNotHung() {
        SimulationFailure f = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                SimulationFailure.class, () -> ReplicationRunner.run(S, 0, () -> {
                    throw new StackOverflowError("test");
                })));
        assertInstanceOf(StackOverflowError.class, f.getCause());
    }

    @Test
    void anOutOfMemoryErrorAtTheEndOfAReplicationIsReportedNotHung() {
        SimulationFailure f = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(
                SimulationFailure.class, () -> ReplicationRunner.runEndingWith(S, 0, () -> {
                    throw new OutOfMemoryError("test: Java heap space");
                })));
        assertInstanceOf(OutOfMemoryError.class, f.getCause());
    }

    @Test
    void anErrorInAnyReplicationFailsTheWholeRunNotHung() {
        SimulationFailure f = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(
                SimulationFailure.class, () -> Experiment.run(S.withRun(S.run().withReplications(3)), 2, done -> {
                    if (done == 2) {
                        throw new OutOfMemoryError("test: in the progress listener");
                    }
                })));
        assertInstanceOf(OutOfMemoryError.class, f.getCause());
    }
}
