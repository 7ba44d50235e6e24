package org.fifsim.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.ScenarioReader;
import org.junit.jupiter.api.Test;

/** The designs between two scenario files: the keys that differ, their groups, and valid designs in between. */
class BetweenTest {

    @Test
    void theShippedPairDiffersInNamedGroups() throws Exception {
        Scenario remote = ScenarioReader.read(Path.of("scenarios/seres-remote.yaml"));
        Scenario fif = ScenarioReader.read(Path.of("scenarios/seres-fif.yaml"));
        Between b = Between.of(remote, fif, Groups.with(List.of()));
        System.out.println(b.groups() + " " + b.keys());
        assertEquals(1 << b.groups().size(), b.designs().size());
    }
}
