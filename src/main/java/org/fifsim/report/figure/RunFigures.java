package org.fifsim.report.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.report.Block;
import org.fifsim.report.KpiSummary;
import org.fifsim.report.WarmupCheck;
import org.fifsim.results.ReplicationResult;

/** Writes the charts of one scenario run into {@code charts/} and returns them, grouped by report section. */
public final class RunFigures {
    private RunFigures() {
    }

    /**
     * The figures of a run, by section: "kpis", "flow" (stock, lead time, cumulative), "line" (stations) and "energy".
     * Charts without data are skipped.
     */
    public static Map<String, List<Block.Figure>> write(Path resultsDir, String scenario, List<ReplicationResult> results,
            List<KpiSummary> kpis, WarmupCheck warmup) throws IOException {
        FigureWriter w = new FigureWriter(resultsDir);
        Map<String, List<Block.Figure>> out = new LinkedHashMap<>();
        Map<String, List<KpiSummary>> one = new LinkedHashMap<>();
        one.put(scenario, kpis);
        out.put("kpis", KpiBarFigures.write(w, one, results.size()));
        List<Block.Figure> flow = new ArrayList<>();
        flow.addAll(StockFigure.write(w, results, warmup));
        addIfAny(flow, LeadTimeFigure.write(w, results));
        addIfAny(flow, CumulativeFigure.write(w, results));
        addIfAny(flow, ShortfallFigure.write(w, results));
        out.put("flow", flow);
        List<Block.Figure> line = new ArrayList<>();
        addIfAny(line, StationTimeFigure.write(w, results));
        out.put("line", line);
        out.put("energy", EnergyFigures.write(w, results));
        return out;
    }

    private static void addIfAny(List<Block.Figure> list, Block.Figure f) {
        if (f != null) {
            list.add(f);
        }
    }
}
