package org.fifsim.report.sweep;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fifsim.experiment.sweep.Grid;
import org.fifsim.experiment.sweep.SweepOutcome;
import org.fifsim.experiment.sweep.Vary;
import org.fifsim.stats.Estimate;

/**
 * sweep.csv and its siblings: one row per point, the varied keys first (their values as given), then for every KPI
 * {@code KPI_mean}, {@code KPI_ci95_low}, {@code KPI_ci95_high}.
 */
public final class SweepCsv {
    private SweepCsv() {
    }

    /** The estimates of scenario {@code s} (0 the base, 1 the one swept against). */
    public static void writeScenario(Path file, SweepOutcome o, int s) throws IOException {
        write(file, o.grid(), o.allKpis(), o.estimates().get(s));
    }

    /** The paired differences, second scenario minus the base. */
    public static void writeDifferences(Path file, SweepOutcome o) throws IOException {
        write(file, o.grid(), o.allKpis(), o.differences());
    }

    static void write(Path file, Grid grid, List<String> kpis, List<Map<String, Estimate>> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder head = new StringBuilder();
            for (Vary v : grid.varies()) {
                head.append(head.length() == 0 ? "" : ",").append(Csv.field(v.key()));
            }
            for (String k : kpis) {
                head.append(',').append(k).append("_mean,").append(k).append("_ci95_low,").append(k)
                        .append("_ci95_high");
            }
            w.write(head.append('\n').toString());
            for (int p = 0; p < grid.points().size(); p++) {
                StringBuilder row = new StringBuilder();
                for (int k = 0; k < grid.varies().size(); k++) {
                    row.append(k == 0 ? "" : ",").append(Csv.field(grid.level(p, k).text()));
                }
                for (String k : kpis) {
                    Estimate e = rows.get(p).get(k);
                    row.append(',').append(e == null ? "" : Csv.number(e.mean()));
                    row.append(',').append(e == null ? "" : Csv.number(e.ci95Low()));
                    row.append(',').append(e == null ? "" : Csv.number(e.ci95High()));
                }
                w.write(row.append('\n').toString());
            }
        }
    }
}
