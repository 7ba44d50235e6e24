package org.fifsim.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fifsim.experiment.ExperimentSpec;
import org.fifsim.experiment.engine.Plan;
import org.fifsim.experiment.sweep.Perturbation;
import org.fifsim.experiment.sweep.Vary;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved spec reads back as the same experiment: the same plan to the chunk, the same settings to the bit. */
class SpecJsonTest {
    @TempDir
    Path tmp;

    private static final Path FILE = Path.of("scenarios/seres-fif.yaml");

    private ExperimentSpec.Output output() {
        return new ExperimentSpec.Output(tmp.resolve("out"), List.of(FILE), 3, List.of("sweep", "x"), true);
    }

    @Test
    void aSweepReadsBackAsTheSamePlanAndGrid() throws Exception {
        Scenario a = ScenarioReader.read(FILE, Map.of("vehicle_line.takt", "45s", "run.horizon", "20d"));
        Scenario b = ScenarioReader.read(FILE, Map.of("vehicle_line.takt", "55.5s", "run.horizon", "20d"));
        Vary vary = Vary.parse("vehicle_line.takt=45s..55.5s:2");
        ExperimentSpec.Sweep spec = new ExperimentSpec.Sweep(List.of(a.name()), List.of(vary),
                List.of(List.of(a.withRun(a.run().withReplications(7)), b.withRun(b.run().withReplications(7)))),
                List.of("vehicles_built"), true, null, output());

        ExperimentSpec.Sweep back = (ExperimentSpec.Sweep) SpecJson.read(Json.MAPPER.readTree(
                Json.MAPPER.writeValueAsBytes(SpecJson.write(spec))));

        assertEquals(Plan.of(spec.cases(), 0, 7, true).fingerprint(), Plan.of(back.cases(), 0, 7, true).fingerprint());
        assertEquals(spec.varies(), back.varies());
        assertEquals(spec.grid().overrides(1), back.grid().overrides(1));
        assertEquals(spec.output(), back.output());
        assertEquals(List.of("vehicles_built"), back.kpis());
        assertTrue(back.kpisGiven());
        assertNull(back.xKpi());
    }

    @Test
    void aSensitivityStudyKeepsItsDeltaAndSettings() throws Exception {
        Scenario s = ScenarioReader.read(FILE);
        ExperimentSpec.Sensitivity spec = new ExperimentSpec.Sensitivity(s.name(), 0.1 + 0.2, List.of(
                Perturbation.of("pack_line.buffer", "5", 0.3)), List.of(s, s, s), List.of("pipeline_packs"), output());

        ExperimentSpec.Sensitivity back = (ExperimentSpec.Sensitivity) SpecJson.read(SpecJson.write(spec));

        assertEquals(0.1 + 0.2, back.delta()); // 0.30000000000000004, not 0.3
        assertEquals(spec.settings(), back.settings());
        assertEquals(Plan.of(List.of(spec.cases()), 0, 2, true).fingerprint(),
                Plan.of(List.of(back.cases()), 0, 2, true).fingerprint());
    }

    @Test
    void aChangedInputIsNamed() throws Exception {
        Path f = Files.writeString(tmp.resolve("claims.yaml"), "claims: []\n");
        Scenario s = ScenarioReader.read(FILE);
        ExperimentSpec.Compare spec = new ExperimentSpec.Compare(List.of(s, s), f, List.of(), null,
                new ExperimentSpec.Output(tmp.resolve("out"), List.of(FILE, f), 2, List.of("compare"), false));
        JsonNode saved = SpecJson.write(spec);
        assertNull(SpecJson.changedInput(saved));
        assertEquals(f, ((ExperimentSpec.Compare) SpecJson.read(saved)).claimsFile());

        Files.writeString(f, "claims: [] # edited\n");
        assertEquals(f, SpecJson.changedInput(saved));
    }

    @Test
    void anExperimentThatAdaptsIsNotSaved() {
        Scenario s;
        try {
            s = ScenarioReader.read(FILE);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        ExperimentSpec.Run precise = new ExperimentSpec.Run(s, new ExperimentSpec.Precision(0.01, List.of("packs_good"),
                50), true, output());
        assertThrows(IllegalArgumentException.class, () -> SpecJson.write(precise));
    }
}
