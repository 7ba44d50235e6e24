package org.fifsim.report;

import java.util.ArrayList;
import java.util.List;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.analysis.Numbers;
import org.fifsim.results.Kpi;
import org.fifsim.results.Kpis;

/** The KPI tables of a run: statistics (mean, 95% interval, relative half-width, spread, unit) and definitions. */
public final class KpiTable {
    static final List<String> HEADER = List.of("KPI", "mean", "95% CI low", "95% CI high", "\u00b1 rel.", "p5", "p50",
            "p95", "unit");
    private static final boolean[] NUMERIC = {false, true, true, true, true, true, true, true, false};

    private KpiTable() {
    }

    public static Block.Table of(List<KpiSummary> kpis) {
        List<List<String>> rows = new ArrayList<>();
        for (KpiSummary k : kpis) {
            var e = k.estimate();
            int d = Numbers.decimalsFor(e.mean(), e.halfWidth());
            double rel = e.relativeHalfWidth();
            String relText = Double.isNaN(rel) ? "n/a" : Double.isInfinite(rel) ? "\u221e" : Numbers.percent(rel);
            rows.add(List.of(k.name(), Numbers.format(e.mean(), d), Numbers.format(e.ci95Low(), d),
                    Numbers.format(e.ci95High(), d), relText, Numbers.format(k.spread().p5(), d),
                    Numbers.format(k.spread().p50(), d), Numbers.format(k.spread().p95(), d), k.unit()));
        }
        return new Block.Table(HEADER, NUMERIC, rows, List.of());
    }

    /** What each KPI means, for those in the catalogue. */
    public static Block.Table definitions(List<String> names) {
        List<List<String>> rows = new ArrayList<>();
        for (String n : names) {
            Kpi k = Kpis.get(n);
            if (k != null) {
                rows.add(List.of(n, k.unit(), k.meaning()));
            }
        }
        return new Block.Table(List.of("KPI", "unit", "meaning"), new boolean[] {false, false, false}, rows,
                List.of());
    }
}
