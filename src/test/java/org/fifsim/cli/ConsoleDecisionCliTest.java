package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 27: the console ends with the decision (the sentence and the table of summary.md, in plain text), not with
 * raw KPI lines; a run prints its headline figures in plain names and units.
 */
class ConsoleDecisionCliTest extends CapturedCli {
    private static final Path SCENARIOS = Path.of("scenarios").toAbsolutePath();

    @TempDir
    Path tmp;

    private String outText() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void compareEndsWithTheDecisionOfSummaryMd() throws Exception {
        Path dir = tmp.resolve("c");
        assertEquals(0, execute("compare", SCENARIOS.resolve("seres-remote.yaml").toString(),
                SCENARIOS.resolve("seres-fif.yaml").toString(), "--set", "run.horizon=3d", "--set", "run.warmup=1d",
                "--replications", "2", "--quiet", "--out", dir.toString()), err.toString(StandardCharsets.UTF_8));
        String console = outText();
        // the sentence exactly as summary.md has it (markdown escapes aside)
        String sentence = Files.readString(dir.resolve("summary.md")).lines().filter(l -> l.startsWith("seres-fif against "))
                .findFirst().orElseThrow().replace("\\", "");
        assertTrue(sentence.startsWith("seres-fif against seres-remote (differences are seres-fif minus "
                + "seres-remote): "), sentence);
        assertTrue(console.contains(sentence), console);
        assertTrue(console.startsWith("Recommendation: seres-fif. It saves "), console);
        // the decision table in plain text, in display units, not raw KPI names in CNY
        assertTrue(console.contains("Total cost (M CNY/yr)"), console);
        assertFalse(console.contains("cost_total_cny"), console);
        assertFalse(console.contains("95% CI"), console);
        assertFalse(console.contains("\u001b["), console);
        List<String> lines = console.lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("results (every KPI, paired against seres-remote) -> "),
                console);
    }

    @Test
    void runPrintsItsHeadlineFigures() throws Exception {
        Path dir = tmp.resolve("r");
        assertEquals(0, execute("run", SCENARIOS.resolve("seres-fif.yaml").toString(), "--set", "run.horizon=3d",
                "--set", "run.warmup=1d", "--replications", "2", "--quiet", "--out", dir.toString()),
                err.toString(StandardCharsets.UTF_8));
        String console = outText();
        assertTrue(console.contains("Total cost (M CNY/yr)"), console);
        assertTrue(console.contains("95% interval"), console);
        assertFalse(console.contains("cost_total_cny"), console);
    }
}
