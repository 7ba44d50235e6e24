package org.fifsim.experiment.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fifsim.TestScenarios;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** One replication is one thread: the events run on the caller's thread, with no worker and no hand-off. */
class CallingThreadTest {
    private static final Scenario S = TestScenarios.parse("name: t\nrun: {horizon: 2d, warmup: 1h, replications: 1}\n"
            + "vehicle_line: {takt: 45s}\npack_line:\n  stations: [{name: a, cycle_time: 44s}]\n"
            + "logistics: {mode: co-located, transfer: 20min}\n");

    @Test
    void eventsRunOnTheCallingThread() throws Exception {
        Thread[] seen = new Thread[1];
        ReplicationResult r = ReplicationRunner.run(S, 0, () -> seen[0] = Thread.currentThread());
        assertSame(Thread.currentThread(), seen[0]);
        assertTrue(r.events() > 1000, "the replication ran: " + r.events() + " events");
    }

    @Test
    void theInjectedEventChangesNothingButTheEventCount() throws Exception {
        ReplicationResult plain = ReplicationRunner.run(S, 3);
        ReplicationResult injected = ReplicationRunner.run(S, 3, () -> { });
        assertEquals(plain.kpis(), injected.kpis());
        assertEquals(plain.events() + 1, injected.events());
    }

    @Test
    void anInterruptedThreadStopsTheReplicationAsAFailure() {
        Thread.currentThread().interrupt();
        try {
            SimulationFailure f = assertThrows(SimulationFailure.class, () -> ReplicationRunner.run(S, 0));
            assertInstanceOf(InterruptedException.class, f.getCause());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
        } finally {
            Thread.interrupted();
        }
    }
}
