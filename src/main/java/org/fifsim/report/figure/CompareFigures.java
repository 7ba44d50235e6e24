package org.fifsim.report.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.report.Block;
import org.fifsim.stats.Estimate;

/**
 * Writes the charts of a comparison into {@code charts/}, drawn in parallel: per other scenario the deciding figures'
 * differences and the cost and carbon bridges. No chart sets a KPI beside itself: each shows a difference.
 */
public final class CompareFigures {
    private CompareFigures() {
    }

    /** The charts by other scenario name: decision chart first, then the bridges that have terms. */
    public static Map<String, List<Block.Figure>> write(Path resultsDir, String base, Map<String, KpiSummary> baseKpis,
            Map<String, Map<String, Estimate>> diffsByOther, int replications) throws IOException {
        FigureWriter w = new FigureWriter(resultsDir);
        List<Callable<List<Block.Figure>>> tasks = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (Map.Entry<String, Map<String, Estimate>> e : diffsByOther.entrySet()) {
            owners.add(e.getKey());
            tasks.add(() -> {
                Block.Figure f = DecisionFigure.write(resultsDir, base, e.getKey(), baseKpis, e.getValue(),
                        replications);
                return f == null ? List.of() : List.of(f);
            });
            owners.add(e.getKey());
            tasks.add(() -> WaterfallFigures.write(w, base, e.getKey(), baseKpis, e.getValue(), replications, true));
            owners.add(e.getKey());
            tasks.add(() -> WaterfallFigures.write(w, base, e.getKey(), baseKpis, e.getValue(), replications, false));
        }
        List<List<Block.Figure>> drawn = Render.all(tasks);
        Map<String, List<Block.Figure>> out = new LinkedHashMap<>();
        for (int i = 0; i < drawn.size(); i++) {
            out.computeIfAbsent(owners.get(i), k -> new ArrayList<>()).addAll(drawn.get(i));
        }
        return out;
    }
}
