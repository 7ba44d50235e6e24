package org.fifsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.TestScenarios;
import org.fifsim.experiment.engine.EngineChoice;
import org.fifsim.experiment.engine.Request;
import org.fifsim.experiment.sweep.Vary;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The runner executes a spec as data: the same replications whatever asks for them, and says what it left out. */
class RunnerTest {
    private static Scenario design(String name, String takt) {
        return TestScenarios.parse("name: " + name + "\nrun: {horizon: 4d, warmup: 1d, replications: 3, seed: 11}\n"
                + "vehicle_line: {takt: " + takt + "}\npack_line:\n  stations:\n    - {name: s1, cycle_time: "
                + "{triangular: [38s, 41s, 46s]}, mtbf: {exponential: 6h}, mttr: {exponential: 20min}}\n"
                + "logistics: {mode: co-located, transfer: 20min, safety_stock: 10}\n");
    }

    private static ExperimentSpec.Output output() {
        return new ExperimentSpec.Output(Path.of("unused"), List.of(), 2, List.of("test"), true);
    }

    @Test
    void aComparisonPairsReplicationByReplicationAsAnyRequestWould() throws Exception {
        Scenario a = design("a", "45s");
        Scenario b = design("b", "50s");
        try (Runner runner = new Runner(EngineChoice.local(2), null, Watch.NONE)) {
            var outcome = runner.run(new ExperimentSpec.Compare(List.of(a, b), null, List.of(), null, output())).orElseThrow();
            assertEquals(List.of("a", "b"), new ArrayList<>(outcome.results().keySet()));
            // replication 1 of b asked alone, as an adaptive procedure would: the comparison's numbers exactly
            Request one = new Request(b, 1, 1);
            ReplicationResult alone = runner.answer(List.of(one)).get(one).get(0);
            ReplicationResult inCompare = outcome.results().get("b").get(1);
            assertEquals(1, inCompare.replication());
            assertEquals(alone.kpis(), inCompare.kpis());
            assertTrue(!outcome.results().get("a").get(1).kpis().equals(inCompare.kpis()), "the designs differ");
        }
    }

    @Test
    void aSweepChartsTheAskedKpisItHasAndNamesTheOthers() throws Exception {
        Scenario at45 = design("a", "45s");
        Scenario at50 = design("a", "50s");
        List<List<Scenario>> cases = List.of(List.of(at45, at50));
        List<Vary> vary = List.of(Vary.parse("vehicle_line.takt=45s,50s"));
        try (Runner runner = new Runner(EngineChoice.local(2), null, Watch.NONE)) {
            var asked = runner.run(new ExperimentSpec.Sweep(List.of("a"), vary, cases,
                    List.of("vehicles_built", "no_such_kpi"), true, "nor_this", output())).orElseThrow();
            assertEquals(List.of("vehicles_built"), asked.outcome().kpis());
            assertEquals(List.of("no_such_kpi", "nor_this"), asked.missing());
            assertEquals(2 * 3, asked.run().tasks());

            // a default list is trimmed to what the scenario produces without a word
            var byDefault = runner.run(new ExperimentSpec.Sweep(List.of("a"), vary, cases,
                    List.of("vehicles_built", "no_such_kpi"), false, null, output())).orElseThrow();
            assertEquals(List.of(), byDefault.missing());
            Map<String, ?> base = asked.outcome().estimates().get(0).get(0);
            assertEquals(base, byDefault.outcome().estimates().get(0).get(0), "same inputs, same numbers");
        }
    }
}
