package org.fifsim.report.figure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.chart.KpiBarChart;
import org.fifsim.report.Block;
import org.fifsim.report.KpiSummary;
import org.fifsim.report.Numbers;
import org.fifsim.results.Kpis;
import org.jfree.chart.JFreeChart;

/** KPI means as bars with 95% interval whiskers, one chart per unit and scale; one bar per scenario. */
final class KpiBarFigures {
    /** Small enough to sit two to a row in the HTML report without shrinking the text much. */
    static final int WIDTH = 520;
    static final int HEIGHT = 340;

    /** KPIs that are sums of other KPIs. */
    static final java.util.Set<String> TOTALS = java.util.Set.of(Kpis.COST_LOGISTICS_CNY, Kpis.COST_TOTAL_CNY,
            Kpis.CO2_ELECTRICITY_T, Kpis.CO2_TOTAL_T);

    private KpiBarFigures() {
    }

    /**
     * @param byScenario KPI summaries per scenario name, in the order to draw them
     * @param replications replications behind each mean, for the caption
     */
    static List<Block.Figure> write(FigureWriter w, Map<String, List<KpiSummary>> byScenario, int replications)
            throws IOException {
        Map<String, Map<String, KpiSummary>> lookup = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, List<KpiSummary>> e : byScenario.entrySet()) {
            lookup.put(e.getKey(), KpiSummary.byName(e.getValue()));
            for (KpiSummary k : e.getValue()) {
                // a total beside its own parts double-counts: the bars show the parts, the tables the totals
                if (!names.contains(k.name()) && !TOTALS.contains(k.name())) {
                    names.add(k.name());
                }
            }
        }
        List<KpiGroups.Group> groups = KpiGroups.of(names, Kpis::unitOf, k -> size(lookup, k));
        List<Block.Figure> out = new ArrayList<>();
        Map<String, Integer> perUnit = new LinkedHashMap<>();
        for (KpiGroups.Group g : groups) {
            List<KpiBarChart.Bar> bars = new ArrayList<>();
            String widest = null;
            double widestRel = -1;
            for (String k : g.kpis()) {
                for (Map.Entry<String, Map<String, KpiSummary>> s : lookup.entrySet()) {
                    KpiSummary sum = s.getValue().get(k);
                    if (sum == null) {
                        continue;
                    }
                    var e = sum.estimate();
                    bars.add(new KpiBarChart.Bar(label(k), s.getKey(), e.mean(), e.ci95Low(), e.ci95High()));
                    double rel = e.relativeHalfWidth();
                    if (Double.isFinite(rel) && rel > widestRel) {
                        widestRel = rel;
                        widest = k + (lookup.size() > 1 ? " in " + s.getKey() : "");
                    }
                }
            }
            String unit = g.unit().isEmpty() ? "no unit" : g.unit();
            int n = perUnit.merge(unit, 1, Integer::sum);
            String name = "kpis-" + FigureWriter.slug(unit) + (n > 1 ? "-" + n : "");
            String title = String.join(", ", g.kpis()) + " (" + unit + ")";
            JFreeChart chart = KpiBarChart.create(bars, null, "Mean (" + unit + ")");
            if (lookup.size() == 1 && chart.getLegend() != null) {
                chart.getLegend().setVisible(false);
            }
            String caption = "Means over " + replications + " replications, whiskers the 95% interval"
                    + (widest == null ? "." : "; widest: " + widest + " \u00b1" + Numbers.percent(widestRel)
                    + " of its mean" + (widestRel > 0.05 ? " (more replications would narrow it)." : "."));
            out.add(w.write(chart, name, WIDTH, HEIGHT, title, caption));
        }
        return out;
    }

    /** A plain label that wraps between words: "warehousing", "pack line wip". */
    static String label(String kpi) {
        String known = WaterfallFigures.LABELS.get(kpi);
        return known != null ? known : kpi.replaceAll("_(cny|t|kwh|h|kg)$", "").replace('_', ' ');
    }

    private static double size(Map<String, Map<String, KpiSummary>> lookup, String kpi) {
        double max = Double.NaN;
        for (Map<String, KpiSummary> m : lookup.values()) {
            KpiSummary s = m.get(kpi);
            if (s != null && Double.isFinite(s.estimate().mean())) {
                double a = Math.abs(s.estimate().mean());
                max = Double.isNaN(max) ? a : Math.max(max, a);
            }
        }
        return max;
    }
}
