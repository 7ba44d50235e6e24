package org.fifsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fifsim.TestScenarios;
import org.fifsim.experiment.engine.Experiment;
import org.fifsim.results.KpiValues;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The precision loop with a fake runner: stops when met, respects the cap, asks for each replication once. */
class PrecisionRunTest {
    /** A runner whose KPI "packs_good" is {@code mean} plus noise of sd {@code sd}, seeded by replication number. */
    private static final class FakeRunner implements PrecisionRun.Batch {
        final double mean;
        final double sd;
        final List<int[]> calls = new ArrayList<>();

        FakeRunner(double mean, double sd) {
            this.mean = mean;
            this.sd = sd;
        }

        @Override
        public List<ReplicationResult> run(int from, int count) {
            calls.add(new int[] {from, count});
            List<ReplicationResult> out = new ArrayList<>();
            for (int i = from; i < from + count; i++) {
                double x = mean + sd * new Random(i).nextGaussian();
                out.add(ReplicationResult.ofKpis(i, KpiValues.of(Map.of("packs_good", x, "packs_scrapped", 0.0))));
            }
            return out;
        }

        int total() {
            return calls.stream().mapToInt(c -> c[1]).sum();
        }
    }

    @Test
    void stopsAfterTheFirstBatchWhenItAlreadyMeetsTheTarget() throws Exception {
        FakeRunner runner = new FakeRunner(100, 0.01);
        PrecisionRun.Outcome o = PrecisionRun.run(runner, 5, 100, 0.01, List.of("packs_good"));
        assertTrue(o.met());
        assertEquals(1, o.batches());
        assertEquals(5, o.results().size());
        assertEquals(1, runner.calls.size());
    }

    @Test
    void addsBatchesUntilMetAskingForEachReplicationOnceInOrder() throws Exception {
        FakeRunner runner = new FakeRunner(100, 5);
        PrecisionRun.Outcome o = PrecisionRun.run(runner, 3, 1000, 0.01, List.of("packs_good"));
        assertTrue(o.met(), "met with " + o.results().size());
        assertTrue(o.batches() > 1);
        assertTrue(o.estimates().get("packs_good").relativeHalfWidth() <= 0.01);
        int next = 0;
        for (int[] c : runner.calls) {
            assertEquals(next, c[0], "batches follow on without gap or overlap");
            assertTrue(c[1] >= (next == 0 ? 3 : PrecisionRun.MIN_STEP), "batch of " + c[1]);
            next += c[1];
        }
        for (int i = 0; i < o.results().size(); i++) {
            assertEquals(i, o.results().get(i).replication());
        }
        // one batch fewer would not have been enough
        int before = o.results().size() - runner.calls.get(runner.calls.size() - 1)[1];
        double[] v = o.results().subList(0, before).stream().mapToDouble(r -> r.kpi("packs_good")).toArray();
        assertTrue(org.fifsim.stats.Estimate.of(v).relativeHalfWidth() > 0.01);
    }

    @Test
    void respectsTheCapAndSaysTheTargetWasNotMet() throws Exception {
        FakeRunner runner = new FakeRunner(100, 50);
        PrecisionRun.Outcome o = PrecisionRun.run(runner, 4, 9, 0.001, List.of("packs_good"));
        assertFalse(o.met());
        assertEquals(9, o.results().size());
        assertEquals(9, runner.total());
    }

    @Test
    void aKpiAtZeroWithNoSpreadCountsAsMetAndOneWithSpreadRunsToTheCap() throws Exception {
        assertTrue(PrecisionRun.run(new FakeRunner(100, 0.001), 2, 50, 0.01, List.of("packs_good", "packs_scrapped"))
                .met());
        FakeRunner around0 = new FakeRunner(0, 1);
        PrecisionRun.Outcome o = PrecisionRun.run(around0, 2, 12, 0.01, List.of("packs_good"));
        assertFalse(o.met());
        assertEquals(12, o.results().size());
        assertEquals(2, o.batches(), "an unreachable target jumps straight to the cap");
    }

    @Test
    void aKpiTheResultsDoNotHaveIsRefusedAfterTheFirstBatch() {
        FakeRunner runner = new FakeRunner(100, 1);
        var e = org.junit.jupiter.api.Assertions.assertThrows(PrecisionRun.MissingKpi.class,
                () -> PrecisionRun.run(runner, 3, 50, 0.01, List.of("packs_good", "cost_total_cny")));
        assertTrue(e.getMessage().contains("cost_total_cny"), e.getMessage());
        assertEquals(1, runner.calls.size());
    }

    @Test
    void aPrecisionRunEqualsAFixedRunOfTheSameSize() throws Exception {
        Scenario s = TestScenarios.parse("""
                name: tiny
                run: {horizon: 6h, warmup: 1h, replications: 2, seed: 11}
                vehicle_line: {takt: 45s}
                pack_line: {stations: [{name: s1, cycle_time: {triangular: [30s, 40s, 50s]}, mtbf: {exponential: 1h},
                  mttr: {exponential: 10min}}]}
                logistics: {mode: co-located, transfer: 20min}
                """);
        PrecisionRun.Outcome o = PrecisionRun.run((from, count) -> Experiment.run(s, from, count, 2, d -> { }),
                2, 7, 1e-6, List.of("vehicles_built"));
        assertEquals(7, o.results().size());
        List<ReplicationResult> fixed = TestScenarios.runAll(s.withRun(s.run().withReplications(7)), 1);
        for (int i = 0; i < 7; i++) {
            assertEquals(fixed.get(i).kpis(), o.results().get(i).kpis(), "replication " + i);
        }
    }
}
