package org.fifsim;

import java.nio.file.Path;
import org.fifsim.experiment.engine.Experiment;
import org.fifsim.experiment.engine.ReplicationRunner;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.ScenarioReader;

/** Builds small scenarios from YAML text for tests. */
public final class TestScenarios {
    private TestScenarios() {
    }

    public static Scenario parse(String yaml) {
        try {
            return ScenarioReader.parse(Path.of("test.yaml"), yaml);
        } catch (Exception e) {
            throw new AssertionError("test scenario does not parse: " + e.getMessage(), e);
        }
    }

    /** A scenario with the given run section, stations block and logistics block. */
    public static Scenario line(String run, String takt, String packLine, String logistics) {
        return parse("name: t\nrun: " + run + "\nvehicle_line: {takt: " + takt + "}\npack_line:\n" + packLine
                + "\nlogistics: " + logistics + "\n");
    }

    public static ReplicationResult runOne(Scenario s, int replication) {
        try {
            return ReplicationRunner.run(s, replication);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static java.util.List<ReplicationResult> runAll(Scenario s, int threads) {
        try {
            return Experiment.run(s, threads, d -> { });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
