package org.fifsim;

import java.nio.file.Path;
import org.fifsim.experiment.ReplicationRunner;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.ScenarioReader;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void runs() throws Exception {
        for (String f : new String[] {"scenarios/seres-fif.yaml", "scenarios/bench-packline.yaml"}) {
            Scenario s = ScenarioReader.read(Path.of(f));
            long t0 = System.nanoTime();
            ReplicationResult r = ReplicationRunner.run(s, 0);
            System.out.println(f + " " + (System.nanoTime() - t0) / 1e9 + " s, events " + r.events());
            System.out.println(r.kpis());
            System.out.println(r.details());
            System.out.println(r.balance() + " " + r.balance().balances());
        }
    }
}
