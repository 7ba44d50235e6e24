package org.fifsim.report.figure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.chart.CumulativeChart;
import org.fifsim.report.Block;
import org.fifsim.results.ReplicationResult;
import org.fifsim.results.TimeSeries;

/** Cumulative good packs, vehicles built and vehicle demand in one replication. */
final class CumulativeFigure {
    private CumulativeFigure() {
    }

    /** The figure, or null when the series are missing. */
    static Block.Figure write(FigureWriter w, List<ReplicationResult> results) throws IOException {
        if (results.isEmpty()) {
            return null;
        }
        ReplicationResult r = results.get(0);
        TimeSeries s = r.series();
        List<CumulativeChart.Series> curves = new ArrayList<>();
        // dashed: at this scale good packs lie on the vehicles built, which then show through the gaps
        add(curves, s, "cumulative_good_packs", "Good packs", true);
        add(curves, s, "cumulative_vehicles", "Vehicles built", false);
        add(curves, s, "cumulative_demand", "Vehicle demand", true);
        if (curves.isEmpty()) {
            return null;
        }
        String caption = "Counts since time zero in replication " + r.replication() + ". Look for "
                + "the curves to run parallel; at this scale the stock between good packs and vehicles and the "
                + "vehicles lost to starvation are a line's width, so the next chart shows the shortfall itself.";
        return w.write(CumulativeChart.create(curves, null, "Cumulative count (packs or vehicles)", false),
                "cumulative", "Cumulative packs, vehicles and demand", caption);
    }

    private static void add(List<CumulativeChart.Series> out, TimeSeries s, String key, String label, boolean dashed) {
        double[] v = s == null ? null : s.get(key);
        if (v == null || v.length < 2) {
            return;
        }
        int n = Math.min(v.length, s.timeHours().length);
        out.add(new CumulativeChart.Series(label, java.util.Arrays.copyOf(s.timeHours(), n),
                java.util.Arrays.copyOf(v, n), dashed));
    }
}
