package org.fifsim.report.figure;

import java.io.IOException;
import java.util.List;
import org.fifsim.analysis.Numbers;
import org.fifsim.chart.BinnedHistogramChart;
import org.fifsim.report.Block;
import org.fifsim.results.ReplicationResult;

/** The lead time from end-of-line to line-side of every pack of every replication, with its median and p95. */
final class LeadTimeFigure {
    /** Share of packs at each end left out of the drawn range, so one freak pack does not squash the rest. */
    private static final double TAIL = 0.0005;

    private LeadTimeFigure() {
    }

    /** The figure, or null when no pack reached the line-side after the warm-up. */
    static Block.Figure write(FigureWriter w, List<ReplicationResult> results) throws IOException {
        MergedHistogram h = MergedHistogram.of(results);
        if (h.isEmpty()) {
            return null;
        }
        double from = h.quantile(TAIL);
        double to = h.quantile(1 - TAIL);
        if (!(to > from)) {
            from = h.lower[0];
            to = h.upper[h.upper.length - 1];
        }
        double pad = (to - from) * 0.02;
        from = Math.max(0, from - pad);
        to = to + pad;
        // even bins at least ~1.5% of the top value wide: the source bins are 1% wide (log scale)
        int bins = (int) Math.max(10, Math.min(60, Math.round((to - from) / (0.015 * to))));
        MergedHistogram even = h.rebin(from, to, bins);
        double p50 = h.quantile(0.5);
        double p95 = h.quantile(0.95);
        var chart = BinnedHistogramChart.create(even.lower, even.upper, even.counts, p50, p95, null, "Lead time (h)",
                "Packs per bin (all replications)");
        String caption = "End-of-line pass to line-side arrival for all " + Numbers.format(h.total, 0)
                + " packs after the warm-up in " + Numbers.count(results.size(), "replication") + "; the extreme "
                + Numbers.percent(TAIL) + " at each end are not drawn. Look at the tail: p95 (" + Numbers.hours(p95)
                + ") rather than the median is what the safety stock has to cover.";
        return w.write(chart, "lead-time", "Lead time distribution", caption);
    }
}
