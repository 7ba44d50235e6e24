package org.fifsim.experiment.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.fifsim.TestScenarios;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** How work is cut into tasks, and that a task run alone, as a cluster runs it, gives the local engine's records. */
class PlanTest {
    private static Scenario scenario(String horizon, int replications) {
        return TestScenarios.line("{horizon: " + horizon + ", warmup: 1d, replications: " + replications + ", seed: 7}",
                "45s", """
                  stations:
                    - {name: s1, cycle_time: {triangular: [38s, 41s, 46s]}, mtbf: {exponential: 6h}, mttr: {exponential: 20min}}
                """, "{mode: co-located, transfer: {triangular: [15min, 20min, 25min]}, safety_stock: 10}");
    }

    @Test
    void chunksAreAboutThirtySecondsButACellSpreadsOverAtLeastFour() {
        // this line estimates ~3.5 M events a simulated year: about 1.4 s of one core (Cost, as the run limits)
        double year = Cost.seconds(scenario("365d", 1));
        assertTrue(year > 1.3 && year < 1.5, "seconds a year: " + year);
        assertEquals(5, Plan.chunkSize(scenario("365d", 20), 20)); // 21 by time, 5 to make four chunks
        assertEquals(10, Plan.chunkSize(scenario("730d", 200), 200)); // two years a replication: 10 in 30 s
        assertEquals(1, Plan.chunkSize(scenario("3d", 3), 3));
        assertEquals(1, Plan.chunkSize(scenario("36500d", 100), 100)); // a century: one replication per task
    }

    @Test
    void everyReplicationOfEveryCellIsPlannedOnce() {
        Scenario a = scenario("365d", 10);
        Scenario b = scenario("365d", 10);
        Plan plan = Plan.of(List.of(List.of(a, a), List.of(b, b)), 0, 10, true);
        assertEquals(List.of(10, 10, 10, 10), plan.cellSizes());
        assertEquals(40, plan.replications());
        for (int cell = 0; cell < 4; cell++) {
            List<Integer> reps = new ArrayList<>();
            for (ReplicationChunk c : plan.chunks()) {
                if (c.cell() == cell) {
                    for (int i = 0; i < c.count(); i++) {
                        reps.add(c.from() + i);
                    }
                }
            }
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), reps, "cell " + cell);
        }
        // ten replications of a year: four chunks of 3, 3, 2, 2, not 3, 3, 3, 1
        assertEquals(List.of(3, 3, 2, 2), plan.chunks().stream().filter(c -> c.cell() == 0)
                .map(ReplicationChunk::count).toList());
    }

    @Test
    void slicesCoverThePlanOnceInOrder() {
        Plan plan = Plan.of(List.of(List.of(scenario("3d", 7))), 0, 7, false);
        for (int n = 1; n <= 9; n++) {
            List<ReplicationChunk> joined = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<ReplicationChunk> s = plan.slice(i, n);
                assertTrue(s.size() <= plan.chunks().size() / n + 1);
                joined.addAll(s);
            }
            assertEquals(plan.chunks(), joined, n + " slices");
        }
    }

    @Test
    void theFingerprintFollowsTheInputsOnly() {
        Plan one = Plan.of(List.of(List.of(scenario("3d", 4))), 0, 4, false);
        assertEquals(one.fingerprint(), Plan.of(List.of(List.of(scenario("3d", 4))), 0, 4, false).fingerprint());
        assertNotEquals(one.fingerprint(), Plan.of(List.of(List.of(scenario("4d", 4))), 0, 4, false).fingerprint());
        assertNotEquals(one.fingerprint(), Plan.of(List.of(List.of(scenario("3d", 4).withRun(
                scenario("3d", 4).run().withSeed(8)))), 0, 4, false).fingerprint());
    }

    /** What a Spark task does (text read back, replications in order on one thread) equals the local engine. */
    @Test
    void aChunkRunAloneFromItsTextEqualsTheLocalEngine() throws Exception {
        Scenario s = scenario("2d", 3);
        List<ReplicationResult> local = Experiment.run(s, 2, d -> { });
        Plan plan = Plan.of(List.of(List.of(s)), 0, 3, false);
        List<List<ReplicationResult>> remote = new ArrayList<>();
        for (ReplicationChunk c : plan.chunks()) {
            ReplicationChunk shipped = roundTrip(c);
            remote.add(shipped.runAll());
        }
        List<ReplicationResult> joined = plan.cells(remote).get(0);
        assertEquals(3, joined.size());
        for (int r = 0; r < 3; r++) {
            assertEquals(local.get(r).replication(), joined.get(r).replication());
            assertEquals(local.get(r).kpis(), joined.get(r).kpis());
            assertEquals(local.get(r).events(), joined.get(r).events());
        }
    }

    /** Java serialisation, as Spark ships a task: the planner's scenario object stays behind. */
    private static ReplicationChunk roundTrip(ReplicationChunk c) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(c);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            return (ReplicationChunk) in.readObject();
        }
    }
}
