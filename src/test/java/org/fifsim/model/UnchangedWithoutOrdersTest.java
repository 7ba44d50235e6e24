package org.fifsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.TestScenarios;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.PackLineSpec;
import org.fifsim.scenario.RunSpec;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.VehicleLineSpec;
import org.fifsim.scenario.io.ScenarioReader;
import org.junit.jupiter.api.Test;

/**
 * A scenario without {@code orders}, {@code variants}, {@code quality} or vehicle-line stoppages runs exactly as the
 * model did before they existed: every KPI and detail of the shipped scenarios stripped of those sections (short
 * horizon, fixed seed) equals, to the last bit, the output of the model before they were added (recorded in
 * {@code unchanged-kpis.txt}, last from main at e875493, after the supply-network model). If a later change of the
 * model changes these numbers on purpose, check that the change is that one and regenerate the file with
 * {@link #main}.
 */
class UnchangedWithoutOrdersTest {

    @Test
    void shippedScenariosGiveTheRecordedNumbersBitForBit() throws Exception {
        List<String> expected;
        try (InputStream in = getClass().getResourceAsStream("unchanged-kpis.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        // KPIs added since are not in the file: every recorded number must still be there, unchanged
        java.util.Set<String> now = new java.util.HashSet<>(fingerprint());
        List<String> changed = expected.stream().filter(line -> !now.contains(line)).toList();
        assertEquals(List.of(), changed);
    }

    /** Every KPI and detail of two replications of each shipped scenario over 4 days, as exact hex doubles. */
    static List<String> fingerprint() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String name : List.of("seres-fif", "seres-remote")) {
            Scenario s = withoutOrders(ScenarioReader.read(Path.of("scenarios", name + ".yaml")));
            s = s.withRun(new RunSpec(4 * 86400.0, 86400.0, 2, s.run().seed()));
            for (int rep = 0; rep < 2; rep++) {
                ReplicationResult r = TestScenarios.runOne(s, rep);
                add(lines, name + "/" + rep + "/kpi/", r.kpis().asMap());
                add(lines, name + "/" + rep + "/detail/", r.details().columns());
                lines.add(name + "/" + rep + "/events " + r.events());
            }
        }
        return lines;
    }

    /** The scenario as it was before orders: no orders, variants, quality, changeover or vehicle-line stoppages. */
    static Scenario withoutOrders(Scenario s) {
        VehicleLineSpec v = s.vehicleLine();
        PackLineSpec p = s.packLine();
        return new Scenario(s.name(), s.description(), s.run(), new VehicleLineSpec(v.takt(), v.calendar(), v.swings()),
                new PackLineSpec(p.buffer(), p.stations(), p.yield(), p.rework(), p.reworkTime(), p.calendar()),
                s.logistics(), s.energy(), s.accounting(), s.source(), s.cellSupply());
    }

    private static void add(List<String> lines, String prefix, Map<String, Double> values) {
        values.forEach((k, v) -> lines.add(prefix + k + " " + Double.toHexString(v)));
    }

    /** Writes the fingerprint of the model on the class path (run with the model that has no order code). */
    public static void main(String[] args) throws Exception {
        Files.write(Path.of(args[0]), fingerprint(), StandardCharsets.UTF_8);
    }
}
