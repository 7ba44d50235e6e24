package org.fifsim.report.selection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.selection.Constraint;
import org.fifsim.selection.DesignOutcome;
import org.fifsim.selection.Outcome;
import org.fifsim.stats.Estimate;
import org.fifsim.store.CsvFile;

/** designs.csv, mcb.csv and feasibility.csv: the selection's tables in the KPIs' own units, one row per fact. */
final class SelectionCsv {
    private SelectionCsv() {
    }

    /** One row per design: standing, replications and the goal KPI's mean with its 95% interval. */
    static void designs(Path file, Outcome o, Map<String, List<KpiSummary>> kpis) throws IOException {
        String k = o.goal().kpi();
        try (CsvFile csv = CsvFile.create(file)) {
            csv.row("design", "standing", "feasible", "replications", k + "_mean", k + "_ci95_low", k + "_ci95_high");
            for (DesignOutcome d : o.designs()) {
                Estimate e = KpiSummary.byName(kpis.get(d.name())).get(k).estimate();
                csv.row(CsvFile.text(d.name()), SelectionReport.standing(o, d),
                        d.feasibility().name().toLowerCase(java.util.Locale.ROOT), Integer.toString(d.replications()),
                        CsvFile.number(e.mean()), CsvFile.number(e.ci95Low()), CsvFile.number(e.ci95High()));
            }
        }
    }

    /** One row per feasible design: its mean minus the best of the others, and the MCB interval of that. */
    static void mcb(Path file, Outcome o) throws IOException {
        try (CsvFile csv = CsvFile.create(file)) {
            csv.row("design", "kpi", "mean", "mcb_low", "mcb_high", "replications");
            for (DesignOutcome d : o.designs()) {
                if (d.mcb() != null) {
                    csv.row(CsvFile.text(d.name()), o.goal().kpi(), CsvFile.number(d.mean()),
                            CsvFile.number(d.mcb().low()), CsvFile.number(d.mcb().high()),
                            Integer.toString(d.replications()));
                }
            }
        }
    }

    /** One row per design and constraint: bound, tolerance, mean and verdict. */
    static void feasibility(Path file, Outcome o) throws IOException {
        try (CsvFile csv = CsvFile.create(file)) {
            csv.row("design", "kpi", "direction", "bound", "eps", "mean", "replications", "verdict");
            for (DesignOutcome d : o.designs()) {
                for (int l = 0; l < o.constraints().size(); l++) {
                    Constraint c = o.constraints().get(l);
                    List<String> row = new ArrayList<>(List.of(CsvFile.text(d.name()), c.kpi(), c.atMost()
                            ? "at_most" : "at_least", CsvFile.number(c.bound()), CsvFile.number(c.eps()),
                            CsvFile.number(d.constraintMeans().get(l)), Integer.toString(d.replications()),
                            d.constraintVerdicts().get(l).name().toLowerCase(java.util.Locale.ROOT)));
                    csv.row(row);
                }
            }
        }
    }
}
