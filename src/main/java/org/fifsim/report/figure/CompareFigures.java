package org.fifsim.report.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.report.Block;
import org.fifsim.report.KpiSummary;
import org.fifsim.stats.Estimate;

/** Writes the charts of a comparison into {@code charts/}: side-by-side KPI bars and cost and carbon bridges. */
public final class CompareFigures {
    private CompareFigures() {
    }

    /** Side-by-side KPI bars, one bar per scenario. */
    public static List<Block.Figure> kpiBars(Path resultsDir, Map<String, List<KpiSummary>> byScenario,
            int replications) throws IOException {
        return KpiBarFigures.write(new FigureWriter(resultsDir), byScenario, replications);
    }

    /** Cost and carbon waterfalls from the baseline to each other scenario, where the cost and carbon KPIs exist. */
    public static Map<String, List<Block.Figure>> waterfalls(Path resultsDir, String base,
            Map<String, KpiSummary> baseKpis, Map<String, Map<String, Estimate>> diffsByOther, int replications)
            throws IOException {
        FigureWriter w = new FigureWriter(resultsDir);
        Map<String, List<Block.Figure>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Estimate>> e : diffsByOther.entrySet()) {
            List<Block.Figure> f = new ArrayList<>(WaterfallFigures.write(w, base, e.getKey(), baseKpis, e.getValue(),
                    replications));
            out.put(e.getKey(), f);
        }
        return out;
    }
}
