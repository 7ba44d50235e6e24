package org.fifsim.report.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fifsim.analysis.WarmupCheck;
import org.fifsim.report.Block;
import org.fifsim.results.ReplicationResult;

/** Writes the charts of one scenario run into {@code charts/} and returns them, grouped by report section. */
public final class RunFigures {
    private RunFigures() {
    }

    /**
     * The figures of a run, by section: "flow" (stock, lead time, cumulative), "line" (stations) and "energy". No
     * bars of KPI means: the summary and KPI tables give them with their intervals, and a bar per KPI of one run
     * compares nothing.
     * Charts without data are skipped.
     */
    public static Map<String, List<Block.Figure>> write(Path resultsDir, List<ReplicationResult> results,
            WarmupCheck warmup) throws IOException {
        try (Render.Drawing<List<Block.Figure>> drawing = start(resultsDir, results, warmup)) {
            return bySection(drawing.get());
        }
    }

    /**
     * Starts drawing the charts of {@link #write} on their own threads and returns at once; {@link #bySection} groups
     * what {@code get()} returns.
     */
    public static Render.Drawing<List<Block.Figure>> start(Path resultsDir, List<ReplicationResult> results,
            WarmupCheck warmup) {
        FigureWriter w = new FigureWriter(resultsDir);
        // each task draws its own charts into its own files; drawn in parallel, collected in report order
        List<Callable<List<Block.Figure>>> tasks = List.of(
                () -> StockFigure.write(w, results, warmup),
                () -> optional(LeadTimeFigure.write(w, results)),
                () -> optional(CumulativeFigure.write(w, results)),
                () -> optional(ShortfallFigure.write(w, results)),
                () -> optional(StationTimeFigure.write(w, results)),
                () -> EnergyFigures.write(w, results));
        return Render.start(tasks);
    }

    /** The drawn charts of {@link #start}, by section. */
    public static Map<String, List<Block.Figure>> bySection(List<List<Block.Figure>> drawn) {
        Map<String, List<Block.Figure>> out = new LinkedHashMap<>();
        List<Block.Figure> flow = new ArrayList<>();
        for (int i = 0; i <= 3; i++) {
            flow.addAll(drawn.get(i));
        }
        out.put("flow", flow);
        out.put("line", drawn.get(4));
        out.put("energy", drawn.get(5));
        return out;
    }

    private static List<Block.Figure> optional(Block.Figure f) {
        return f == null ? List.of() : List.of(f);
    }
}
