package org.fifsim.report.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.chart.WaterfallChart;
import org.fifsim.explain.Attribution;
import org.fifsim.report.Block;
import org.fifsim.report.Decision;
import org.fifsim.stats.Estimate;

/**
 * The bridges of {@code fifsim explain}: from A's mean through each group's Shapley share to B's, one chart per
 * headline KPI, in the units of the decision table (M CNY/yr, t CO2/yr, h).
 */
public final class BridgeFigures {
    private BridgeFigures() {
    }

    /** One bridge per KPI with at least one group; the charts go into {@code charts/} of {@code dir}. */
    public static List<Block.Figure> write(Path dir, String from, String to, Attribution attribution)
            throws IOException {
        FigureWriter w = new FigureWriter(dir);
        List<Block.Figure> out = new ArrayList<>();
        if (attribution.groups().isEmpty()) {
            return out;
        }
        for (Map.Entry<String, Attribution.Parts> e : attribution.kpis().entrySet()) {
            Decision.Figure f = figure(e.getKey());
            Attribution.Parts p = e.getValue();
            List<WaterfallChart.Step> steps = new ArrayList<>();
            for (Map.Entry<String, Estimate> s : p.shares().entrySet()) {
                Estimate d = s.getValue();
                steps.add(new WaterfallChart.Step(s.getKey().replace('_', ' '), d.mean() * f.factor(),
                        !d.includesZero() || !Double.isFinite(d.ci95Low())));
            }
            String caption = "From " + from + " to " + to + ": each group's Shapley share of the difference (paired "
                    + "over " + p.total().n() + " replications; a grey value marked (noise): its interval includes 0)."
                    + " The bars that carry the change are what the decision rests on.";
            out.add(w.write(WaterfallChart.create(from, p.base() * f.factor(), steps, to, null,
                    f.name() + " (" + f.unit() + ")"), "bridge-" + FigureWriter.slug(e.getKey()),
                    f.name() + ": " + from + " to " + to + " by group", caption));
        }
        return out;
    }

    /** How the decision table shows a KPI; a KPI it does not list is shown as it is. */
    public static Decision.Figure figure(String kpi) {
        return Decision.FIGURES.stream().filter(f -> f.kpi().equals(kpi)).findFirst()
                .orElse(Decision.Figure.of(kpi));
    }
}
