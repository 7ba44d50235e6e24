package org.fifsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The shipped scenarios are compared with each other: every accounting choice that is a method, not a price, must be
 * the same in all of them, or a difference would come from the counting rule (the shared cell leg once differed by
 * 5,000 t CO2 because only the remote file counted road carbon vehicle-based).
 */
class ShippedPairsTest {

    @Test
    void everyShippedScenarioCountsRoadCarbonTheSameWay() throws Exception {
        Scenario fif = ScenarioReader.read(Path.of("scenarios/seres-fif.yaml"));
        for (String name : List.of("seres-remote", "yibin-remote", "seres-remote-jis")) {
            Scenario other = ScenarioReader.read(Path.of("scenarios", name + ".yaml"));
            assertEquals(fif.accounting().get("road_vehicle_based"), other.accounting().get("road_vehicle_based"),
                    name);
        }
    }
}
