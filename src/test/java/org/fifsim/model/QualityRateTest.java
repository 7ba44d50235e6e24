package org.fifsim.model;

import static org.fifsim.TestScenarios.runAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.ScenarioReader;
import org.fifsim.stats.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Annual quality figures estimate a rate: incidents a year come from the scenario's own {@code every} (its mean is an
 * input) and the simulated drift-to-detection time, not from the two or three drifts a simulated year happens to
 * hold; the annual consequences are that rate x the simulated consequences per incident.
 */
class QualityRateTest {

    /**
     * seres-fif.yaml: {@code every: {exponential: 120d}}, found at the vehicle end-of-line a few hours after the
     * drift, so 365 d / (120 d + a few hours) = 3.04 incidents a year; 4 replications of 90 days realise anywhere
     * from 0 to 8 a year, the estimate stays at 3.04.
     */
    @Test
    void incidentsPerYearCoverTheScenarioRate() throws Exception {
        Scenario s = ScenarioReader.read(Path.of("scenarios/seres-fif.yaml"),
                new java.util.LinkedHashMap<>(Map.of("run.horizon", "90d", "run.warmup", "7d", "run.replications", "4")));
        List<ReplicationResult> r = runAll(s, 2);
        Estimate rate = Estimate.of(r.stream().mapToDouble(x -> x.kpi(Kpis.QUALITY_INCIDENTS)).toArray());
        // the interval, to the two decimals the figure is given with, covers 3.04
        assertTrue(rate.ci95Low() - 0.005 <= 3.04 && 3.04 <= rate.ci95High() + 0.005, rate.toString());
        Estimate realised = Estimate.of(r.stream().mapToDouble(x -> x.kpi(Kpis.QUALITY_INCIDENTS_REALISED)).toArray());
        assertTrue(realised.halfWidth() > 100 * rate.halfWidth(), realised + " against " + rate);
        for (ReplicationResult x : r) {
            double perIncident = x.kpi(Kpis.QUARANTINED_PACKS_PER_INCIDENT);
            double expected = x.kpi(Kpis.QUALITY_INCIDENTS_REALISED) > 0 ? x.kpi(Kpis.QUALITY_INCIDENTS) * perIncident : 0;
            assertEquals(expected, x.kpi(Kpis.QUARANTINED_PACKS), 1e-6 * Math.max(1, expected));
        }
    }
}
