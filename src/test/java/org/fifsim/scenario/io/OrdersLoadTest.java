package org.fifsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orders.load}: Poisson orders at a share of the vehicle line's rate, following its takt. */
class OrdersLoadTest {
    @TempDir
    Path dir;

    private Scenario read(String takt, String load) throws Exception {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, """
                name: load
                run: {horizon: 10d, warmup: 1d, replications: 2, seed: 1}
                vehicle_line: {takt: %s}
                pack_line:
                  stations:
                    - {name: welding, cycle_time: 40s}
                logistics: {mode: co-located, transfer: 20min}
                orders: {load: %s, frozen_horizon: 2h}
                """.formatted(takt, load));
        return ScenarioReader.read(f);
    }

    @Test
    void ordersArriveAtTheLoadTimesTheLineRate() throws Exception {
        assertEquals(new Distribution.Exponential(90), read("45s", "0.5").orders().interarrival());
        assertEquals(new Distribution.Exponential(60), read("45s", "0.75").orders().interarrival());
    }

    @Test
    void theOrderRateFollowsTheTakt() throws Exception {
        assertEquals(new Distribution.Exponential(120), read("96s", "0.8").orders().interarrival());
    }
}
