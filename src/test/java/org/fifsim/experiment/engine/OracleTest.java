package org.fifsim.experiment.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.fifsim.TestScenarios;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Uneven requests (some designs, some replications) get exactly the numbers a full rectangle gets. */
class OracleTest {
    private static Scenario design(String transfer) {
        return TestScenarios.line("{horizon: 3d, warmup: 1d, replications: 4, seed: 11}", "45s", """
                  stations:
                    - {name: s1, cycle_time: {triangular: [38s, 41s, 46s]}, mtbf: {exponential: 6h}, mttr: {exponential: 20min}}
                """, "{mode: co-located, transfer: " + transfer + ", safety_stock: 10}");
    }

    @Test
    void unevenRequestsEqualTheRectangle() throws Exception {
        List<Scenario> designs = List.of(design("10min"), design("20min"), design("{exponential: 30min}"));
        try (ExperimentService service = new ExperimentService(new LocalEngine(2), null)) {
            List<Request> rectangle = designs.stream().map(d -> new Request(d, 0, 6)).toList();
            Map<Request, List<ReplicationResult>> full = service.answer(rectangle);
            Request late = new Request(designs.get(2), 3, 3);
            Request early = new Request(designs.get(0), 1, 2);
            Map<Request, List<ReplicationResult>> uneven = service.answer(List.of(late, early));
            assertEquals(2, uneven.size());
            assertSame(full.get(rectangle.get(2)).subList(3, 6), uneven.get(late));
            assertSame(full.get(rectangle.get(0)).subList(1, 3), uneven.get(early));
        }
    }

    private static void assertSame(List<ReplicationResult> expected, List<ReplicationResult> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).replication(), actual.get(i).replication());
            assertEquals(expected.get(i).kpis(), actual.get(i).kpis(), "replication " + expected.get(i).replication());
        }
    }
}
