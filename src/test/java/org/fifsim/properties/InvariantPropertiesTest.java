package org.fifsim.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.fifsim.TestScenarios;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;

/**
 * Property-based tests (jqwik): random valid scenarios, short runs, and what must hold for all of them. Tries are
 * modest so the class stays well under a minute; a falsified property prints the scenario's YAML and jqwik's seed,
 * and re-runs that seed first next time (database in target/).
 */
class InvariantPropertiesTest {

    @Provide
    Arbitrary<RandomScenarios.Generated> scenarios() {
        return RandomScenarios.scenarios();
    }

    /** Counts what the generator produced, and fails the property if a kind of scenario is (almost) never tried. */
    private static void coverage(RandomScenarios.Generated g) {
        String y = g.yaml();
        Statistics.label("remote").collect(y.contains("mode: remote"));
        Statistics.label("breakdowns").collect(y.contains("mtbf:"));
        Statistics.label("calendar").collect(y.contains("calendar:"));
        Statistics.label("closures").collect(y.contains("disruptions:"));
        Statistics.label("orders").collect(y.contains("orders:"));
        Statistics.label("quality").collect(y.contains("quality:"));
    }

    private static void checkCoverage() {
        Statistics.label("remote").coverage(c -> {
            c.check(true).percentage(p -> p >= 10);
            c.check(false).percentage(p -> p >= 10);
        });
        Statistics.label("breakdowns").coverage(c -> c.check(true).percentage(p -> p >= 10));
        Statistics.label("calendar").coverage(c -> c.check(true).percentage(p -> p >= 10));
        Statistics.label("closures").coverage(c -> c.check(true).count(n -> n >= 1));
        Statistics.label("orders").coverage(c -> c.check(true).percentage(p -> p >= 10));
        Statistics.label("quality").coverage(c -> c.check(true).percentage(p -> p >= 10));
    }

    /**
     * Every replication: the pack count balances, vehicles built never exceed good packs plus the initial stock,
     * fractions lie in [0, 1], every other KPI, detail and activity value is finite and not negative (lead times may
     * be NaN only when no pack reached the line-side after the warm-up), series stay bounded.
     */
    @Property(tries = 200)
    void everyReplicationKeepsTheInvariants(@ForAll("scenarios") RandomScenarios.Generated g) {
        coverage(g);
        Scenario s = TestScenarios.parse(g.yaml());
        List<ReplicationResult> results = TestScenarios.runAll(s, 2);
        assertEquals(g.replications(), results.size(), "one result per replication");
        List<String> violations = new ArrayList<>();
        for (ReplicationResult r : results) {
            violations.addAll(Invariants.check(r));
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
        checkCoverage();
    }

    /** The same seed gives the same numbers to the last bit on one thread and on two (two replications at once). */
    @Property(tries = 50)
    void oneAndTwoThreadsGiveIdenticalResults(@ForAll("scenarios") RandomScenarios.Generated g) {
        Scenario s = TestScenarios.parse(g.yaml());
        s = s.withRun(s.run().withReplications(2));
        List<ReplicationResult> serial = TestScenarios.runAll(s, 1);
        List<ReplicationResult> parallel = TestScenarios.runAll(s, 2);
        assertEquals(serial.size(), parallel.size());
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < serial.size(); i++) {
            differences.addAll(Invariants.differences(serial.get(i), parallel.get(i)));
        }
        assertTrue(differences.isEmpty(), String.join("\n", differences));
    }
}
