package org.fifsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.analysis.Numbers;
import org.fifsim.results.Kpis;
import org.fifsim.stats.Estimate;

/**
 * Every KPI of two designs side by side with their paired difference: the full list after the decision table.
 * Shares are shown in % and their differences in percentage points; money of millions in M CNY. Rows whose
 * interval includes 0 are muted and say so.
 */
final class DifferenceTable {
    private DifferenceTable() {
    }

    static Block.Table of(String base, String other, Map<String, KpiSummary> baseKpis,
            Map<String, KpiSummary> otherKpis, Map<String, Estimate> diffs) {
        List<String> header = List.of("KPI", base, other, "difference", "95% interval", "relative", "unit");
        boolean[] numeric = {false, true, true, true, true, true, false};
        List<List<String>> rows = new ArrayList<>();
        List<Integer> muted = new ArrayList<>();
        for (Map.Entry<String, Estimate> e : diffs.entrySet()) {
            String kpi = e.getKey();
            Estimate d = e.getValue();
            KpiSummary b = baseKpis.get(kpi);
            KpiSummary o = otherKpis.get(kpi);
            String unit = Kpis.unitOf(kpi);
            boolean share = unit.equals("fraction");
            double bigger = Math.max(b == null ? 0 : Math.abs(b.estimate().mean()),
                    o == null ? 0 : Math.abs(o.estimate().mean()));
            double factor = share ? 100 : bigger >= 1e6 ? 1e-6 : 1;
            String shownUnit = share ? "% (difference in points)" : factor == 1e-6 ? "M " + unit : unit;
            int dec = Numbers.decimalsFor(d.mean() * factor, d.halfWidth() * factor);
            List<String> row = new ArrayList<>();
            row.add(kpi);
            row.add(level(b, factor));
            row.add(level(o, factor));
            row.add(Numbers.signed(d.mean() * factor, dec));
            row.add(Numbers.interval(d.ci95Low() * factor, d.ci95High() * factor, dec));
            double ref = b == null ? Double.NaN : b.estimate().mean();
            row.add(Double.isFinite(ref) && ref != 0 && d.mean() != 0
                    ? (d.mean() > 0 ? "+" : "") + Numbers.percent(d.mean() / Math.abs(ref)) : "");
            row.add(shownUnit);
            if (d.includesZero() || !Double.isFinite(d.ci95Low())) {
                muted.add(rows.size());
            }
            rows.add(row);
        }
        return new Block.Table(header, numeric, rows, muted);
    }

    private static String level(KpiSummary k, double factor) {
        return k == null ? "" : Numbers.level(k.estimate().mean() * factor, k.estimate().halfWidth() * factor);
    }
}
