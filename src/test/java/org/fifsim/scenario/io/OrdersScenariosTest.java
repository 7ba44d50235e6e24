package org.fifsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.fifsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The shipped comparison builds to customer orders in both designs: the remote baselines inherit seres-fif's orders,
 * variants and quality incidents and change only how the sequence is supplied (and so how far ahead it is frozen).
 * Anything else differing would make the comparison measure the copy, not co-location.
 */
class OrdersScenariosTest {

    @Test
    void everyRemoteBaselineBuildsTheSameOrdersAndOnlyFreezesTheSequenceLonger() throws Exception {
        Scenario fif = ScenarioReader.read(Path.of("scenarios/seres-fif.yaml"));
        assertNotNull(fif.orders());
        assertNotNull(fif.quality());
        assertEquals(3, fif.orders().variants().size());
        for (String name : new String[] {"seres-remote", "seres-remote-jis", "yibin-remote"}) {
            Scenario remote = ScenarioReader.read(Path.of("scenarios", name + ".yaml"));
            assertEquals(fif.orders().interarrival(), remote.orders().interarrival(), name);
            assertEquals(fif.orders().miss(), remote.orders().miss(), name);
            assertEquals(fif.orders().reworkTime(), remote.orders().reworkTime(), name);
            assertEquals(fif.orders().variants(), remote.orders().variants(), name);
            assertTrue(remote.orders().frozenHorizon() > fif.orders().frozenHorizon(), name);
            assertEquals(fif.quality(), remote.quality(), name);
            assertEquals(fif.packLine().changeover(), remote.packLine().changeover(), name);
        }
    }
}
