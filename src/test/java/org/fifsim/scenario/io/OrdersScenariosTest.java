package org.fifsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The two shipped order scenarios repeat one orders, variants and quality block (a scenario extends one file): they
 * must stay equal except the frozen horizon, or a comparison of them would measure the copy, not co-location.
 */
class OrdersScenariosTest {

    @Test
    void ordersVariantsAndQualityAreTheSameInBothExceptTheFrozenHorizon() throws Exception {
        Scenario fif = ScenarioReader.read(Path.of("scenarios/seres-fif-orders.yaml"));
        Scenario remote = ScenarioReader.read(Path.of("scenarios/seres-remote-orders.yaml"));
        assertNotNull(fif.orders());
        assertEquals(fif.orders().interarrival(), remote.orders().interarrival());
        assertEquals(fif.orders().miss(), remote.orders().miss());
        assertEquals(fif.orders().reworkTime(), remote.orders().reworkTime());
        assertEquals(fif.orders().variants(), remote.orders().variants());
        assertTrue(remote.orders().frozenHorizon() > fif.orders().frozenHorizon());
        assertEquals(fif.quality(), remote.quality());
        assertEquals(fif.packLine().changeover(), remote.packLine().changeover());
    }

    @Test
    void theDefaultComparisonHasNoOrders() throws Exception {
        for (String name : new String[] {"seres-fif", "seres-remote"}) {
            assertNull(ScenarioReader.read(Path.of("scenarios", name + ".yaml")).orders(), name);
        }
    }
}
