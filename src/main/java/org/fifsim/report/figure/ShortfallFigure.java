package org.fifsim.report.figure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.chart.TimeSeriesBandChart;
import org.fifsim.report.Block;
import org.fifsim.results.ReplicationResult;
import org.fifsim.results.TimeSeries;
import org.fifsim.stats.Percentiles;

/**
 * Vehicles short of demand since time zero (cumulative demand minus vehicles built): the gap that is invisible on
 * the cumulative chart at a scale of hundreds of thousands. Its slope is the starvation rate; steps are disruptions.
 */
final class ShortfallFigure {
    private ShortfallFigure() {
    }

    /** The figure, or null when the cumulative series are missing or no vehicle was ever short. */
    static Block.Figure write(FigureWriter w, List<ReplicationResult> results) throws IOException {
        List<double[]> gaps = new ArrayList<>();
        double[] times = null;
        for (ReplicationResult r : results) {
            TimeSeries s = r.series();
            double[] demand = s == null ? null : s.get("cumulative_demand");
            double[] built = s == null ? null : s.get("cumulative_vehicles");
            if (demand == null || built == null) {
                continue;
            }
            int n = Math.min(Math.min(demand.length, built.length), s.timeHours().length);
            double[] gap = new double[n];
            for (int i = 0; i < n; i++) {
                gap[i] = Math.max(0, demand[i] - built[i]);
            }
            if (times == null || n < times.length) {
                times = java.util.Arrays.copyOf(s.timeHours(), n);
            }
            gaps.add(gap);
        }
        if (times == null || times.length < 2 || gaps.stream().allMatch(g -> g[g.length - 1] < 1)) {
            return null;
        }
        int n = times.length;
        double[] first = java.util.Arrays.copyOf(gaps.get(0), n);
        double[] low = new double[n];
        double[] high = new double[n];
        double[] column = new double[gaps.size()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < gaps.size(); j++) {
                column[j] = gaps.get(j)[i];
            }
            low[i] = column.length > 1 ? Percentiles.percentile(column, 5) : column[0];
            high[i] = column.length > 1 ? Percentiles.percentile(column, 95) : column[0];
        }
        var series = new TimeSeriesBandChart.Series("Vehicles short of demand, replication "
                + results.get(0).replication(), times, first, gaps.size() > 1 ? low : null,
                gaps.size() > 1 ? high : null);
        var chart = TimeSeriesBandChart.create(List.of(series), null, "Cumulative shortfall (vehicles)",
                gaps.size() > 1 ? "Shaded: p5\u2013p95 of " + gaps.size() + " replications" : null);
        String caption = "Vehicle demand not met since time zero (demand minus vehicles built). Look at the slope: "
                + "a steady slope is routine starvation, sudden steps are disruptions; the spread of the band is how "
                + "much a single year can differ.";
        return w.write(chart, "shortfall", "Vehicles short of demand", caption);
    }
}
