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
    void theShippedPairDiffersInFourGroupsAndEveryDesignInBetweenTakesExactlyItsGroups() throws Exception {
        Scenario remote = ScenarioReader.read(Path.of("scenarios/seres-remote.yaml"));
        Scenario fif = ScenarioReader.read(Path.of("scenarios/seres-fif.yaml"));
        Between b = Between.of(remote, fif, Groups.with(List.of()));
        assertEquals(List.of("transport", "sequence_orders", "energy_assets", "line_cost_basis"), b.groups());
        assertEquals(List.of("orders.frozen_horizon"), b.keys().get(1).stream().map(Between.Change::key).toList());
        assertEquals(16, b.designs().size());
        Scenario energyOnly = b.designs().get(0b0100);
        assertEquals("remote", energyOnly.logistics().mode());
        assertEquals(6.0e6, energyOnly.energy().pvAnnualKwh());
        assertEquals(4 * 3600.0, energyOnly.orders().frozenHorizon(), "the sequence stays the remote's");
        Scenario all = b.designs().get(0b1111);
        assertEquals("co-located", all.logistics().mode());
        assertEquals(2 * 3600.0, all.orders().frozenHorizon());
        assertEquals(fif.energy(), all.energy());
        assertEquals(fif.accounting(), all.accounting());
        assertEquals(remote.run(), all.run(), "every design runs on A's seed and replications");
        assertEquals(remote.logistics(), b.designs().get(0).logistics());
    }

    @Test
    void theFairRemoteDiffersFromTheCoLocatedDesignOnlyInThePipeAndHowTheLineIsPaid() throws Exception {
        Scenario fair = ScenarioReader.read(Path.of("scenarios/seres-remote-fair.yaml"));
        Scenario fif = ScenarioReader.read(Path.of("scenarios/seres-fif.yaml"));
        assertEquals(List.of("transport", "line_cost_basis"), Between.of(fair, fif, Groups.with(List.of())).groups());
    }

    @Test
    void ownGroupsComeBeforeTheBuiltInOnesAndAStageCoverIsAKeyOfItsOwn() throws Exception {
        Scenario remote = ScenarioReader.read(Path.of("scenarios/seres-remote.yaml"));
        Scenario lean = ScenarioReader.parse(Path.of("scenarios/lean.yaml"), remote.resolved()
                .replaceFirst("\"target_cover\": \"24h\"", "\"target_cover\": \"8h\"")
                .replace("\"annual_kwh\": \"0\"", "\"annual_kwh\": \"6.0e6\""));
        Between b = Between.of(remote, lean, Groups.with(List.of()));
        assertEquals(List.of("stock_covers", "energy_assets"), b.groups());
        assertEquals(List.of("logistics.stages.fg-warehouse.target_cover"),
                b.keys().get(0).stream().map(Between.Change::key).toList());
        Between own = Between.of(remote, lean, Groups.with(List.of(new Groups.Rule("logistics", "pipe"),
                new Groups.Rule("energy", "pipe"))));
        assertEquals(List.of("pipe"), own.groups());
        assertEquals(2, own.designs().size());
        assertEquals(List.of(), Between.of(remote, remote, Groups.with(List.of())).groups());
    }
}
