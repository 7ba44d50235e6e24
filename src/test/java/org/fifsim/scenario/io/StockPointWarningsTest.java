package org.fifsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.scenario.StageSpec;
import org.junit.jupiter.api.Test;

/** policy: its default and values, and the warning for a stock point that cannot be fed. */
class StockPointWarningsTest {
    /** One stock point fed straight by the pack line through a 2 h transfer: 160 packs of lead-time demand. */
    private static String stockPoint(String sp) {
        return """
                name: t
                run: {horizon: 2d, warmup: 1d, replications: 1}
                vehicle_line: {takt: 45s}
                pack_line:
                  stations: [{name: a, cycle_time: 40s}]
                logistics:
                  mode: remote
                  stages:
                    - {name: lt, type: transfer, delay: 2h}
                    - {name: sp, type: store, %s}
                    - {name: feed, type: transfer, delay: 1s}
                """.formatted(sp);
    }

    private static List<Problem> warnings(String text) throws Exception {
        List<Problem> w = new ArrayList<>();
        ScenarioReader.parse(Path.of("t.yaml"), text, w);
        return w;
    }

    @Test
    void baseStockIsTheDefault() throws Exception {
        List<Problem> w = new ArrayList<>();
        StageSpec.Store sp = (StageSpec.Store) ScenarioReader.parse(Path.of("t.yaml"),
                stockPoint("target_cover: 45s"), w).logistics().stages().get(1);
        assertEquals(StageSpec.Store.Policy.BASE_STOCK, sp.policy());
        assertTrue(w.isEmpty(), w.toString());
    }

    /** Under kanban nothing puts the 160 packs on their way: the store holds 1 against a level of 161. */
    @Test
    void kanbanWithNothingUpstreamWarnsWithStoreLevelAndDemand() throws Exception {
        List<Problem> w = warnings(stockPoint("target_cover: 45s, policy: kanban"));
        assertEquals(1, w.size(), w.toString());
        String line = w.get(0).formatWarning();
        assertTrue(line.startsWith("warning: t.yaml:"), line);
        assertTrue(line.contains("logistics.stages[1].policy") && line.contains("'sp'") && line.contains("1 packs")
                && line.contains("160 packs") && line.contains("161"), line);
    }

    /** A 3 h handling with a 1 h target: the level (160 + 80) is below the 5 h of demand it must cover (400). */
    @Test
    void aLevelBelowTheLeadTimeDemandWarnsAtTheTarget() throws Exception {
        List<Problem> w = warnings(stockPoint("handling: 3h, target_cover: 1h"));
        assertEquals(1, w.size(), w.toString());
        String line = w.get(0).formatWarning();
        assertTrue(line.contains("logistics.stages[1].target_cover") && line.contains("'sp'")
                && line.contains("240 packs") && line.contains("400 packs"), line);
    }

    @Test
    void anUnknownPolicyIsAnError() {
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> warnings(stockPoint("target_cover: 45s, policy: fifo")));
        assertTrue(e.getMessage().contains("logistics.stages[1].policy: must be 'base_stock' or 'kanban'"),
                e.getMessage());
    }
}
