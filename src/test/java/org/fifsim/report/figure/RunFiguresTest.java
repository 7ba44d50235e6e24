package org.fifsim.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fifsim.analysis.WarmupCheck;
import org.fifsim.report.Block;
import org.fifsim.report.PngCheck;
import org.fifsim.report.Synthetic;
import org.fifsim.results.KpiValues;
import org.fifsim.results.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run's charts from synthetic results: real PNGs with content, and no chart where there is nothing to draw. */
class RunFiguresTest {
    @TempDir
    Path dir;

    private Map<String, List<Block.Figure>> write(List<ReplicationResult> results) throws Exception {
        var s = Synthetic.scenario("24h");
        return RunFigures.write(dir, results, WarmupCheck.of(s, results));
    }

    private static List<Block.Figure> all(Map<String, List<Block.Figure>> figures) {
        return figures.values().stream().flatMap(List::stream).toList();
    }

    @Test
    void everyChartIsAPngWithDrawnContentAndACaption() throws Exception {
        List<Block.Figure> figures = all(write(Synthetic.results(4, true, 48)));
        List<String> names = figures.stream().map(Block.Figure::file).toList();
        for (String expected : List.of("charts/stock-pipeline.png", "charts/stock-line-side.png",
                "charts/lead-time.png", "charts/station-time.png", "charts/cumulative.png", "charts/shortfall.png",
                "charts/energy-monthly.png", "charts/energy-day.png", "charts/pv-share-monthly.png")) {
            assertTrue(names.contains(expected), expected + " in " + names);
        }
        for (Block.Figure f : figures) {
            PngCheck.assertDrawn(dir.resolve(f.file()), f.width(), f.height());
            assertFalse(f.caption().isBlank(), f.file() + " has a caption");
            assertFalse(f.caption().contains("\n"), f.file() + " caption is one line");
        }
        try (Stream<Path> files = Files.list(dir.resolve("charts"))) {
            assertEquals(2 * figures.size(), files.count(), "no chart file without a figure: a PNG and an SVG each");
        }
    }

    @Test
    void withoutPvThereAreNoPvCharts() throws Exception {
        List<String> names = all(write(Synthetic.results(3, false, 0))).stream().map(Block.Figure::file).toList();
        assertFalse(names.contains("charts/energy-day.png"), names.toString());
        assertFalse(names.contains("charts/pv-share-monthly.png"), names.toString());
        assertFalse(names.contains("charts/energy-monthly.png"), "no energy profile at all: " + names);
    }

    /** KPIs alone give no chart: a bar per KPI of one run compares nothing (the tables give them). */
    @Test
    void resultsWithOnlyKpisGiveNoCharts() throws Exception {
        var results = List.of(ReplicationResult.ofKpis(0, KpiValues.of(Map.of("packs_good", 1.0, "lead_time_h", 2.0))),
                ReplicationResult.ofKpis(1, KpiValues.of(Map.of("packs_good", 1.1, "lead_time_h", 2.1))));
        Map<String, List<Block.Figure>> f = write(results);
        assertFalse(f.containsKey("kpis"));
        assertTrue(f.get("flow").isEmpty() && f.get("line").isEmpty() && f.get("energy").isEmpty(), f.toString());
    }
}
