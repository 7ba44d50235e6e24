package org.fifsim.report.figure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.analysis.Numbers;
import org.fifsim.chart.StackedShareChart;
import org.fifsim.report.Block;
import org.fifsim.results.ReplicationResult;

/** How each pack-line station spends its time (busy, blocked, starved, down, off), mean over replications. */
final class StationTimeFigure {
    static final List<String> STATES = List.of("busy", "blocked", "starved", "down", "off");

    private StationTimeFigure() {
    }

    /** The figure, or null when the results hold no station shares. */
    static Block.Figure write(FigureWriter w, List<ReplicationResult> results) throws IOException {
        Map<String, LinkedHashMap<String, Double>> byStation = new LinkedHashMap<>();
        for (ReplicationResult r : results) {
            for (Map.Entry<String, Double> e : r.details().entrySet()) {
                String key = e.getKey();
                int at = key.lastIndexOf(".share_");
                if (!key.startsWith("station.") || at < 0 || e.getValue() == null || !Double.isFinite(e.getValue())) {
                    continue;
                }
                String station = key.substring("station.".length(), at);
                String state = key.substring(at + ".share_".length());
                byStation.computeIfAbsent(station, s -> new LinkedHashMap<>()).merge(state,
                        e.getValue() / results.size(), Double::sum);
            }
        }
        if (byStation.isEmpty()) {
            return null;
        }
        List<StackedShareChart.Row> rows = new ArrayList<>();
        for (Map.Entry<String, LinkedHashMap<String, Double>> e : byStation.entrySet()) {
            LinkedHashMap<String, Double> parts = new LinkedHashMap<>();
            double sum = 0;
            for (String s : STATES) {
                double v = Math.max(0, e.getValue().getOrDefault(s, 0.0));
                parts.put(s, v);
                sum += v;
            }
            if (sum > 1) {
                // the shares of one replication add up to 1; their means may exceed it by rounding
                double total = sum;
                parts.replaceAll((k, v) -> v / total);
            }
            rows.add(new StackedShareChart.Row(e.getKey(), parts));
        }
        int height = Math.max(300, 160 + 60 * rows.size());
        String caption = "Mean share of each station's time over " + Numbers.count(results.size(), "replication")
                + ", in line "
                + "order. Look for the bottleneck: the station with the most busy time; stations before it show "
                + "'blocked', stations after it 'starved', and 'down' is lost to breakdowns.";
        return w.write(StackedShareChart.create(rows, null, "Share of time (%)", true), "station-time",
                FigureWriter.WIDTH, height, "Station time split", caption);
    }
}
