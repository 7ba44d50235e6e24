package org.fifsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fifsim.results.Kpi;
import org.fifsim.results.Kpis;
import org.fifsim.scenario.Keys;
import org.fifsim.scenario.ScenarioKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's generated tables are what the code declares: change one without the other and this fails. */
class ReadmeTablesTest {
    private static final Path README = Path.of("README.md");

    @TempDir
    Path tmp;

    @Test
    void theReadmesKpiTableIsTheRegistrys() throws Exception {
        String text = Files.readString(README, StandardCharsets.UTF_8);
        assertTrue(text.contains("<!-- generated: kpis -->"), "the README has no generated KPI table");
        assertEquals(List.of(), ReadmeExcerpts.stale(text), "the README's generated tables differ from the code; "
                + "run scripts/readme-excerpts (or: java -cp target/classes:... org.fifsim.report.ReadmeExcerpts)");
    }

    @Test
    void everyKpiHasOneRowWithItsUnitAndDirection() {
        String table = ReadmeTables.kpis();
        for (Kpi k : Kpis.all()) {
            assertTrue(table.contains("| `" + k.name() + "` | " + k.unit() + " |"), k.name());
        }
        assertEquals(Kpis.all().size() + 2, table.lines().count());
        assertTrue(table.contains("| `cost_total_cny` | CNY/yr | M CNY/yr | less | per year |"), table);
    }

    @Test
    void aHandEditedRowIsCaughtAndTheUpdateRewritesIt() throws Exception {
        String good = "# KPIs\n<!-- generated: kpis -->\n" + ReadmeTables.kpis() + "<!-- /generated -->\nAfter.\n";
        assertEquals(List.of(), ReadmeExcerpts.stale(good));
        String edited = good.replace("| `transport_tkm` | t-km/yr |", "| `transport_tkm` | t\u00b7km/yr |");
        assertEquals(List.of("kpis"), ReadmeExcerpts.stale(edited));
        Path readme = tmp.resolve("README.md");
        Files.writeString(readme, edited, StandardCharsets.UTF_8);
        assertEquals(0, ReadmeExcerpts.update(readme));
        assertEquals(good, Files.readString(readme, StandardCharsets.UTF_8));
    }

    @Test
    void theReadmesKeyTableIsTheRegistrys() throws Exception {
        String text = Files.readString(README, StandardCharsets.UTF_8);
        assertTrue(text.contains("<!-- generated: keys -->"), "the README has no generated scenario-key table");
        assertEquals(List.of(), ReadmeExcerpts.stale(text));
    }

    @Test
    void everyScenarioKeyHasOneRowWithItsTypeAndDefault() {
        String table = ReadmeTables.keys();
        for (ScenarioKey k : Keys.all()) {
            assertEquals(1, table.lines().filter(l -> l.startsWith("| `" + k.key() + "` | ")).count(), k.key());
        }
        assertEquals(Keys.all().size() + 2, table.lines().count());
        assertTrue(table.contains("| `run.horizon` | duration | `365d` | "), table);
        assertTrue(table.contains("| `logistics.stages.<name>.distance_km` | number (km) | `0` | "), table);
    }

    @Test
    void aHandEditedKeyRowIsCaught() {
        String good = "<!-- generated: keys -->\n" + ReadmeTables.keys() + "<!-- /generated -->\n";
        assertEquals(List.of(), ReadmeExcerpts.stale(good));
        assertEquals(List.of("keys"), ReadmeExcerpts.stale(good.replace("| `pack_line.yield` | number | `0.998` |",
                "| `pack_line.yield` | number | `0.99` |")));
    }

    @Test
    void anUnknownTableIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ReadmeExcerpts.stale("<!-- generated: kpi -->\n<!-- /generated -->\n"));
    }
}
