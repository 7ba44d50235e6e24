package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fifsim.claims.Claim;
import org.fifsim.scenario.io.ClaimsReader;
import org.fifsim.scenario.io.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims files: read like scenarios (located errors, exit 2, nothing written), recognised by validate. */
class ClaimsCliTest extends CapturedCli {
    @TempDir
    Path tmp;

    private Path file(String text) throws Exception {
        Path f = tmp.resolve("claims.yaml");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void theShippedClaimsFileReadsAndValidates() throws Exception {
        List<Claim> claims = ClaimsReader.read(Path.of("scenarios/claims/seres.yaml"));
        assertEquals(9, claims.size());
        assertEquals("logistics-cost", claims.get(0).id());
        assertEquals(-30e6, claims.get(0).atMost());
        assertEquals(120.0, claims.get(1).tolerance(), 1e-9, "10% of 1,200");
        Claim before = claims.stream().filter(c -> c.id().equals("response-time-before")).findFirst().orElseThrow();
        assertEquals(List.of("logistics.stages.fg-warehouse.target_cover",
                "logistics.stages.inbound-warehouse.target_cover"), before.restsOn());
        assertEquals(0, execute("validate", "scenarios/seres-fif.yaml", "scenarios/claims/seres.yaml"), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("ok: scenarios/claims/seres.yaml: 9 claims"));
    }

    @Test
    void everyProblemIsLocatedAndExitIsTwo() throws Exception {
        Path f = file("""
                claims:
                  - id: a
                    text: t
                    source: s
                    kpi: cost_totl_cny
                    of: diff
                    value: 3
                    tolerance: -1
                    extra: 1
                  - id: b
                    text: t
                    source: s
                    kpi: co2_total_t
                    value: 3
                    at_most: 4
                """);
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> ClaimsReader.read(f));
        List<String> lines = e.problems().stream().map(p -> p.format()).toList();
        assertTrue(lines.contains("error: " + f + ":5:10: claims[0].kpi: unknown KPI, did you mean "
                + "'cost_total_cny'?, got 'cost_totl_cny'"), lines.toString());
        assertTrue(lines.contains("error: " + f + ":6:9: claims[0].of: must be base, other or difference, got 'diff'"),
                lines.toString());
        assertTrue(lines.contains("error: " + f + ":8:16: claims[0].tolerance: must not be negative, got '-1'"),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("error: " + f + ":9:5: claims[0].extra: unknown key")));
        assertTrue(lines.stream().anyMatch(l -> l.contains("claims[1].value: give exactly one of value")),
                lines.toString());
        Path outDir = tmp.resolve("never");
        assertEquals(2, execute("compare", "scenarios/seres-remote.yaml", "scenarios/seres-fif.yaml", "--claims",
                f.toString(), "--out", outDir.toString(), "--quiet"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("claims[0].kpi: unknown KPI"));
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("Exception"));
        assertFalse(Files.exists(outDir), "nothing written");
        assertEquals(2, execute("validate", f.toString()));
    }

    @Test
    void restsOnMustListScenarioKeys() throws Exception {
        Path f = file("""
                claims:
                  - id: a
                    text: t
                    source: s
                    kpi: lead_time_h
                    of: base
                    value: 48
                    rests_on: logistics.stages.fg.target_cover
                """);
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> ClaimsReader.read(f));
        assertEquals("error: " + f + ":8:15: claims[0].rests_on: must be a list of scenario keys, e.g. "
                + "[logistics.stages.fg-warehouse.target_cover], got 'logistics.stages.fg.target_cover'",
                e.problems().get(0).format());
    }
}
