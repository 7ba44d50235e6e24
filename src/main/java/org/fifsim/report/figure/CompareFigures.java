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
        try (Render.Drawing<List<Block.Figure>> drawing = start(resultsDir, base, baseKpis, diffsByOther,
                replications)) {
            return byOther(drawing.get(), diffsByOther);
        }
    }

    /**
     * Starts drawing the charts of {@link #write} on their own threads and returns at once; {@link #byOther} groups
     * what {@code get()} returns.
     */
    public static Render.Drawing<List<Block.Figure>> start(Path resultsDir, String base,
            Map<String, KpiSummary> baseKpis, Map<String, Map<String, Estimate>> diffsByOther, int replications) {
        FigureWriter w = new FigureWriter(resultsDir);
        List<Callable<List<Block.Figure>>> tasks = new ArrayList<>();
        for (Map.Entry<String, Map<String, Estimate>> e : diffsByOther.entrySet()) {
            tasks.add(() -> {
                Block.Figure f = DecisionFigure.write(resultsDir, base, e.getKey(), baseKpis, e.getValue(),
                        replications);
                return f == null ? List.of() : List.of(f);
            });
            tasks.add(() -> WaterfallFigures.write(w, base, e.getKey(), baseKpis, e.getValue(), replications, true));
            tasks.add(() -> WaterfallFigures.write(w, base, e.getKey(), baseKpis, e.getValue(), replications, false));
        }
        return Render.start(tasks);
    }

    /** The drawn charts of {@link #start}, by other scenario name (each other drew the same number of tasks). */
    public static Map<String, List<Block.Figure>> byOther(List<List<Block.Figure>> drawn,
            Map<String, Map<String, Estimate>> diffsByOther) {
        Map<String, List<Block.Figure>> out = new LinkedHashMap<>();
        int perOther = diffsByOther.isEmpty() ? 0 : drawn.size() / diffsByOther.size();
        int i = 0;
        for (String other : diffsByOther.keySet()) {
            List<Block.Figure> mine = new ArrayList<>();
            for (int k = 0; k < perOther; k++) {
                mine.addAll(drawn.get(i++));
            }
            out.put(other, mine);
        }
        return out;
    }
}
