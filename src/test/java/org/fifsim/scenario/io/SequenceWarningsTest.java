package org.fifsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.scenario.OrdersSpec;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** orders.packs_from: its default, and the warning for a frozen horizon that cannot cover the call-off. */
class SequenceWarningsTest {
    private static final String REMOTE = """
            name: t
            run: {horizon: 2d, warmup: 1d, replications: 1}
            vehicle_line: {takt: 45s}
            pack_line:
              stations: [{name: a, cycle_time: 40s}]
            logistics:
              mode: remote
              stages:
                - {name: inbound, type: store, handling: 1h, target_cover: 8h}
                - {name: feed, type: transfer, delay: {triangular: [30min, 1h, 2h]}}
            orders:
              interarrival: 46s
            """;

    private static Scenario read(String text, List<Problem> warnings) throws Exception {
        return ScenarioReader.parse(Path.of("t.yaml"), text, warnings);
    }

    @Test
    void stockIsTheDefaultWithAStockPointAndPackLineWithout() throws Exception {
        List<Problem> w = new ArrayList<>();
        assertEquals(OrdersSpec.PacksFrom.STOCK, read(REMOTE + "  frozen_horizon: 2h\n", w).orders().packsFrom());
        String colocated = REMOTE.replaceAll("(?s)  mode: remote.*orders:", "  mode: co-located\n  transfer: 20min\norders:");
        assertEquals(OrdersSpec.PacksFrom.PACK_LINE, read(colocated + "  frozen_horizon: 1h\n", w).orders().packsFrom());
        assertEquals(OrdersSpec.PacksFrom.PACK_LINE,
                read(REMOTE + "  frozen_horizon: 3h\n  packs_from: pack_line\n", w).orders().packsFrom());
        assertTrue(w.isEmpty(), w.toString());
    }

    /** From stock the horizon must cover the line feed after the last stock point (mean 1.17 h here). */
    @Test
    void aHorizonShorterThanTheFeedWarnsAtTheHorizon() throws Exception {
        List<Problem> w = new ArrayList<>();
        read(REMOTE + "  frozen_horizon: 30min\n", w);
        assertEquals(1, w.size(), w.toString());
        String line = w.get(0).formatWarning();
        assertTrue(line.startsWith("warning: t.yaml:13:"), line);
        assertTrue(line.contains("orders.frozen_horizon: is shorter than the mean time from the last stock point to"
                + " the line-side (1.2 h, packs_from: stock)"), line);
        w.clear();
        read(REMOTE + "  frozen_horizon: 2h\n", w);
        assertTrue(w.isEmpty(), w.toString());
    }

    /** Built to the sequence, the horizon must cover the pack line and every stage: 40 s + 1 h + 1.17 h here. */
    @Test
    void fromThePackLineTheHorizonMustCoverTheWholePipe() throws Exception {
        List<Problem> w = new ArrayList<>();
        read(REMOTE + "  frozen_horizon: 2h\n  packs_from: pack_line\n", w);
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).formatWarning().contains("the mean time through the pack line and the whole pipeline (2.2 h,"
                + " packs_from: pack_line)"), w.get(0).formatWarning());
    }
}
