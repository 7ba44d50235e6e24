package org.fifsim.report.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.analysis.Numbers;
import org.fifsim.chart.DifferenceChart;
import org.fifsim.report.Block;
import org.fifsim.report.Decision;
import org.fifsim.results.Kpis;
import org.fifsim.stats.Estimate;

/** The deciding figures of a comparison on one chart: each difference as a share of the baseline, with its verdict. */
public final class DecisionFigure {
    static final int WIDTH = 900;
    static final int ROW_HEIGHT = 44;
    /**
     * Rows that repeat another on the chart (the table keeps them): the 95th percentile moves with the mean lead time,
     * carbon per kWh with carbon, cost per pack with total cost, suspect packs with the pipeline they come from.
     */
    static final Set<String> REPEATS = Set.of(Kpis.LEAD_TIME_P95_H, Kpis.CO2_PER_KWH_KG, Kpis.COST_PER_PACK_CNY,
            Kpis.SUSPECT_PACKS_PER_INCIDENT);

    private DecisionFigure() {
    }

    /** The chart of {@code other} against {@code base}, or null when no deciding figure has a baseline to share. */
    public static Block.Figure write(Path resultsDir, String base, String other, Map<String, KpiSummary> baseKpis,
            Map<String, Estimate> diffs, int replications) throws IOException {
        List<DifferenceChart.Bar> bars = new ArrayList<>();
        for (Decision.Figure f : Decision.FIGURES) {
            Estimate d = diffs.get(f.kpi());
            KpiSummary b = baseKpis.get(f.kpi());
            // a share (starvation) as a percentage of itself says nothing: it stays in the table, in points
            if (REPEATS.contains(f.kpi()) || f.unit().equals("%")) {
                continue;
            }
            if (d == null || b == null || !Double.isFinite(d.mean()) || !(Math.abs(b.estimate().mean()) > 0)) {
                continue;
            }
            double ref = Math.abs(b.estimate().mean());
            String verdict = Decision.verdict(f, d);
            int dec = Numbers.decimalsFor(d.mean() * f.factor(), d.halfWidth() * f.factor());
            String label = Numbers.signed(d.mean() * f.factor(), dec) + " " + f.differenceUnit();
            bars.add(new DifferenceChart.Bar(f.name(), 100 * d.mean() / ref, 100 * d.ci95Low() / ref,
                    100 * d.ci95High() / ref, label, Decision.good(f, d), !verdict.equals(Decision.UNCLEAR)));
        }
        if (bars.isEmpty()) {
            return null;
        }
        FigureWriter w = new FigureWriter(resultsDir);
        int height = 150 + ROW_HEIGHT * bars.size();
        String caption = "Each bar is the paired mean difference over " + Numbers.count(replications, "replication")
                + " as a share of " + base + "'s value, the whisker its 95% interval; the difference in its own unit "
                + "beside it. Grey: the interval includes 0, no clear difference. Shares (such as starvation) and "
                + "figures that repeat another row are in the table only.";
        return w.write(DifferenceChart.create(bars, null, "Change against " + base + " (% of its value)"),
                "decision-" + FigureWriter.slug(other), WIDTH, height, "Deciding figures: " + other + " against "
                        + base, caption);
    }
}
