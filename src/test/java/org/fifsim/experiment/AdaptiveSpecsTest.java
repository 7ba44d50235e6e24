package org.fifsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.TestScenarios;
import org.fifsim.experiment.engine.EngineChoice;
import org.fifsim.optimize.Generation;
import org.fifsim.optimize.Journal;
import org.fifsim.optimize.Study;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.ScenarioReader;
import org.fifsim.scenario.io.StudyReader;
import org.fifsim.selection.Goal;
import org.fifsim.selection.Round;
import org.fifsim.selection.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Select and optimize as specs: the runner runs their rounds and generations through the oracle, tells the watch as
 * each ends, and a study resumed from its journal is the study that never stopped.
 */
class AdaptiveSpecsTest {
    private static final String SMALL = """
            name: small
            run: {horizon: 2d, warmup: 12h, replications: 2, seed: 7}
            vehicle_line: {takt: 45s}
            pack_line:
              buffer: 3
              stations:
                - {name: s1, cycle_time: {triangular: [38s, 41s, 46s]}, mtbf: {exponential: 6h}, mttr: {exponential: 20min}}
                - {name: s2, cycle_time: 40s}
            logistics: {mode: co-located, transfer: {triangular: [15min, 20min, 25min]}, safety_stock: 10}
            """;
    private static final String STUDY = """
            scenario: small.yaml
            decide:
              logistics.safety_stock: {from: 2, to: 14, step: 3}
              pack_line.buffer: {from: 1, to: 4}
            minimize: lead_time_h
            subject_to: {vehicle_line_starved: {at_most: 20%, eps: 2%}}
            search: {replications_per_design: 3, budget: 24, seed: 3}
            cleanup: {n0: 4, batch: 2, pcs: 90%, designs: 3, max_replications: 40}
            """;

    @TempDir
    Path tmp;

    private static ExperimentSpec.Output output() {
        return new ExperimentSpec.Output(Path.of("unused"), List.of(), 2, List.of("test"), true);
    }

    /** A journal in memory: what a stopped run saved, and what this one appends. */
    private static final class Kept implements Journal {
        final List<Entry> known;
        final List<Entry> appended = new ArrayList<>();
        boolean opened;

        Kept(List<Entry> known) {
            this.known = known;
        }

        @Override
        public List<Entry> known() {
            return known;
        }

        @Override
        public String where() {
            return "memory";
        }

        @Override
        public void open() {
            opened = true;
        }

        @Override
        public void append(List<Entry> fresh) {
            assertTrue(opened, "appended before the study opened its journal");
            appended.addAll(fresh);
        }
    }

    /** Counts what the runner tells. */
    private static final class Told implements Watch {
        final List<String> lines = new ArrayList<>();
        final List<Round> rounds = new ArrayList<>();
        final List<Generation> generations = new ArrayList<>();

        @Override
        public Meter open(String label, int total, int cap) {
            return n -> { };
        }

        @Override
        public void say(String line) {
            lines.add(line);
        }

        @Override
        public void round(Round r) {
            rounds.add(r);
        }

        @Override
        public void generation(Generation g) {
            generations.add(g);
        }
    }

    @Test
    void aStudyResumedFromItsJournalIsTheStudyThatNeverStopped() throws Exception {
        Files.writeString(tmp.resolve("small.yaml"), SMALL);
        Path file = tmp.resolve("study.yaml");
        Files.writeString(file, STUDY);
        Study study = StudyReader.read(file);
        Scenario base = ScenarioReader.read(study.scenario(), study.set());
        ExperimentSpec.Optimize spec = new ExperimentSpec.Optimize(study, base, output());

        Told told = new Told();
        Kept whole = new Kept(List.of());
        ExperimentOutcome.StudyOutcome first;
        try (Runner runner = new Runner(EngineChoice.local(2), null, told)) {
            first = runner.run(spec, whole).orElseThrow();
            assertThrows(IllegalArgumentException.class, () -> runner.run((ExperimentSpec) spec),
                    "a study without a journal would lose its history");
        }
        assertFalse(whole.appended.isEmpty());
        assertEquals(first.outcome().generations().size(), told.generations.size());
        assertNotNull(first.outcome().cleanup());
        assertEquals(first.outcome().cleanup().rounds().size(), told.rounds.size());
        assertTrue(told.lines.get(0).startsWith("optimize: no delta in the study: "), told.lines.toString());

        // everything saved: the resumed study asks for nothing and ends where the first did
        Told again = new Told();
        Kept resumed = new Kept(List.copyOf(whole.appended));
        ExperimentOutcome.StudyOutcome second;
        try (Runner runner = new Runner(EngineChoice.local(2), null, again)) {
            second = runner.run(spec, resumed).orElseThrow();
        }
        assertEquals(List.of(), resumed.appended);
        assertEquals(first.outcome(), second.outcome());
        assertEquals("optimize: resuming from memory (" + whole.appended.size() + " evaluations)", again.lines.get(0));
        assertEquals(first.cleanupDesigns().keySet(), second.cleanupDesigns().keySet());
        for (String d : first.cleanupResults().keySet()) {
            assertEquals(first.cleanupResults().get(d).stream().map(r -> r.kpis()).toList(),
                    second.cleanupResults().get(d).stream().map(r -> r.kpis()).toList(), d);
        }
    }

    @Test
    void aSelectionTellsEachRoundAndKeepsEveryReplication() throws Exception {
        Scenario a = TestScenarios.parse(SMALL.replace("name: small", "name: a"));
        Scenario b = TestScenarios.parse(SMALL.replace("name: small", "name: b").replace("buffer: 3", "buffer: 1"));
        ExperimentSpec.Select spec = new ExperimentSpec.Select(List.of(a, b), new Goal("lead_time_h", false, 0.05),
                List.of(), new Settings(4, 2, 0.9, 40, 0), output());
        Told told = new Told();
        ExperimentOutcome.SelectOutcome o;
        try (Runner runner = new Runner(EngineChoice.local(2), null, told)) {
            o = runner.run((ExperimentSpec) spec).map(ExperimentOutcome.SelectOutcome.class::cast).orElseThrow();
        }
        assertEquals(o.outcome().rounds(), told.rounds);
        assertEquals(List.of("a", "b"), new ArrayList<>(o.results().keySet()));
        assertEquals(o.outcome().design("a").replications(), o.results().get("a").size());
    }
}
