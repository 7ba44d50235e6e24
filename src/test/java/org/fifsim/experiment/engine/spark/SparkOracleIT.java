package org.fifsim.experiment.engine.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.fifsim.TestScenarios;
import org.fifsim.experiment.engine.ExperimentService;
import org.fifsim.experiment.engine.LocalEngine;
import org.fifsim.experiment.engine.Request;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The oracle on Spark {@code local[2]}, in this JVM: a procedure's uneven requests (designs 3 and 7, replications
 * 10 to 14) get exactly the numbers of a full rectangle run on the local engine, so a selection or search that asks
 * round by round gives the same answer on either engine. An integration test (failsafe, {@code mvn verify}): Spark's
 * start costs half a minute, too much for every unit-test run.
 */
@Tag("spark")
class SparkOracleIT {
    /**
     * Spark logs through SLF4J to logback, which without a configuration prints every DEBUG line of Spark's start. Set
     * here, not in a logback-test.xml: the shaded fifsim.jar on this class path carries a relocated logback that would
     * read that file too and fail on its class names.
     */
    @BeforeAll
    static void quietSparkStart() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
    }

    private static Scenario design(int k) {
        return TestScenarios.line("{horizon: 2d, warmup: 12h, replications: 2, seed: 11}", "45s", """
                  stations:
                    - {name: s1, cycle_time: {triangular: [38s, 41s, 46s]}, mtbf: {exponential: 6h}, mttr: {exponential: 20min}}
                """, "{mode: co-located, transfer: " + (5 + 5 * k) + "min, safety_stock: 10}");
    }

    @Test
    void unevenRequestsOnSparkEqualTheLocalRectangle() throws Exception {
        List<Scenario> designs = IntStream.range(0, 8).mapToObj(SparkOracleIT::design).toList();
        Request three = new Request(designs.get(3), 10, 5);
        Request seven = new Request(designs.get(7), 10, 5);
        Map<Request, List<ReplicationResult>> full;
        List<Request> rectangle = List.of(new Request(designs.get(3), 0, 15), new Request(designs.get(7), 0, 15));
        try (ExperimentService local = new ExperimentService(new LocalEngine(2), null)) {
            full = local.answer(rectangle);
        }
        Map<Request, List<ReplicationResult>> uneven;
        try (ExperimentService spark = new ExperimentService(new SparkEngine("local[2]"), null)) {
            uneven = spark.answer(List.of(seven, three));
        }
        assertEquals(2, uneven.size());
        same(full.get(rectangle.get(0)).subList(10, 15), uneven.get(three));
        same(full.get(rectangle.get(1)).subList(10, 15), uneven.get(seven));
    }

    private static void same(List<ReplicationResult> expected, List<ReplicationResult> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).replication(), actual.get(i).replication());
            assertEquals(expected.get(i).kpis(), actual.get(i).kpis(), "replication " + expected.get(i).replication());
        }
    }
}
