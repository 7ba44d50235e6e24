package org.fifsim.report.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.experiment.sweep.Grid;
import org.fifsim.experiment.sweep.SweepOutcome;
import org.fifsim.experiment.sweep.Vary;
import org.fifsim.stats.Estimate;
import org.fifsim.store.CsvFile;

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
        try (CsvFile csv = CsvFile.create(file)) {
            List<String> row = new ArrayList<>();
            for (Vary v : grid.varies()) {
                row.add(CsvFile.text(v.key()));
            }
            for (String k : kpis) {
                row.addAll(List.of(CsvFile.text(k + "_mean"), CsvFile.text(k + "_ci95_low"),
                        CsvFile.text(k + "_ci95_high")));
            }
            csv.row(row);
            for (int p = 0; p < grid.points().size(); p++) {
                row.clear();
                for (int k = 0; k < grid.varies().size(); k++) {
                    row.add(CsvFile.text(grid.level(p, k).text()));
                }
                for (String k : kpis) {
                    Estimate e = rows.get(p).get(k);
                    row.add(e == null ? "" : CsvFile.number(e.mean()));
                    row.add(e == null ? "" : CsvFile.number(e.ci95Low()));
                    row.add(e == null ? "" : CsvFile.number(e.ci95High()));
                }
                csv.row(row);
            }
        }
    }
}
