package org.fifsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.results.Kpis;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.ScenarioReader;
import org.fifsim.stats.Estimate;
import org.fifsim.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison's first screen (issue 27): title, conditions, trade-offs and the studies it reads. */
class FirstScreenTest {
    static final Path SWEEP = Path.of("results/sweep-volume");
    static final Path EXPLAIN = Path.of("results/explain-seres-remote-vs-seres-fif");

    @TempDir
    Path tmp;

    @Test
    void theTitleIsTheDesignsInWordsNotTheirFileNames() throws Exception {
        Scenario remote = ScenarioReader.read(Path.of("scenarios/seres-remote.yaml"));
        Scenario fif = ScenarioReader.read(Path.of("scenarios/seres-fif.yaml"));
        assertEquals("Co-located pack line", FirstScreen.phrase(fif));
        assertEquals("Separate pack plant ~30 km away", FirstScreen.phrase(remote));
        assertEquals("Co-located pack line against separate pack plant ~30 km away",
                FirstScreen.title(List.of(remote, fif)));
        Scenario yibin = ScenarioReader.read(Path.of("scenarios/yibin-remote.yaml"));
        assertTrue(FirstScreen.phrase(yibin).length() <= FirstScreen.PHRASE + 1, FirstScreen.phrase(yibin));
    }

    @Test
    void tradeOffsAreTheClearlyWorseFiguresOfTheRecommendedDesignInTheComparisonsSign() {
        Map<String, Estimate> d = new LinkedHashMap<>();
        d.put(Kpis.VEHICLES_RECALLED_REALISED, new Estimate(300, 10, 290, 310, 10)); // a repeat: left out
        d.put("vehicles_recalled", new Estimate(322, 20, 300, 344, 10)); // worse for seres-fif
        d.put(Kpis.SEQUENCE_MISSES, new Estimate(57, 40, -3, 117, 10)); // unclear
        d.put(Kpis.LEAD_TIME_H, new Estimate(-50, 1, -51, -49, 10)); // better
        d.put(Kpis.LINE_SIDE_PACKS, new Estimate(40, 1, 39, 41, 10)); // no better direction
        String s = FirstScreen.tradeOffs("seres-remote", "seres-fif", "seres-fif", d);
        assertTrue(s.contains("vehicles recalled +322 [300, 344] vehicles/yr"), s);
        assertTrue(s.contains("seres-fif minus seres-remote"), s);
        for (String absent : List.of("realised", "sequence", "ead time", "line-side")) {
            assertFalse(s.contains(absent), absent + " in " + s);
        }
        // recommending the other design turns the same lead time into its trade-off, same sign
        String other = FirstScreen.tradeOffs("seres-remote", "seres-fif", "seres-remote", d);
        assertTrue(other.contains("\u221250"), other);
        assertFalse(other.contains("recalled"), other);
    }

    @Test
    void factorValuesReadAsPlannersSayThem() {
        assertEquals("25% a year", FirstScreen.withUnit(0.25, "1/yr"));
        assertEquals("60 M CNY/yr", FirstScreen.withUnit(60e6, "CNY/yr"));
        assertEquals("52,600 CNY/vehicle", FirstScreen.withUnit(52_649, "CNY/vehicle"));
    }

    /** The committed volume sweep and explanation of the default pair, read as compare --context reads them. */
    @Test
    void aSweepGivesTheBreakEvenAndWhichDesignWinsOnEachSide() throws Exception {
        DecisionContext c = DecisionContext.read(List.of(SWEEP, EXPLAIN), "seres-remote", "seres-fif");
        JsonNode sweep = Json.MAPPER.readTree(SWEEP.resolve("sweep.json").toFile());
        double crossing = Double.NaN;
        for (JsonNode x : sweep.path("crossings")) {
            if (x.path("kpi").asText().equals(Kpis.COST_TOTAL_CNY)) {
                crossing = x.path("crossing").asDouble();
            }
        }
        assertEquals(crossing, c.breakEven().crossing());
        assertEquals("seres-fif", c.breakEven().cheaperAbove());
        assertEquals("seres-remote", c.breakEven().cheaperBelow());
        Decision.Conditions k = FirstScreen.conditions("seres-remote", "seres-fif", c);
        assertTrue(k.volume().matches("~[0-9,]+ vehicles a year"), k.volume());
        // carbon: the explanation's largest share in the direction of the total, in the comparison's sign
        DecisionContext.Shares co2 = c.shares().get(Kpis.CO2_TOTAL_T);
        assertTrue(co2.total() < 0, "seres-fif minus seres-remote saves carbon");
        assertEquals("energy_assets", co2.main());
        // read the other way round, every share changes sign
        DecisionContext back = DecisionContext.read(List.of(EXPLAIN), "seres-fif", "seres-remote");
        assertEquals(-co2.total(), back.shares().get(Kpis.CO2_TOTAL_T).total(), 1e-9);
    }

    @Test
    void aStudyOfOtherDesignsOrNoStudyIsRefusedWithOneLine() {
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> DecisionContext.read(List.of(SWEEP), "seres-remote-fair", "seres-fif"));
        assertTrue(other.getMessage().startsWith("--context results/sweep-volume: a sweep of "), other.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> DecisionContext.read(List.of(tmp), "seres-remote", "seres-fif"));
        assertTrue(none.getMessage().contains("not a results folder of sweep, explain or sensitivity"),
                none.getMessage());
    }
}
