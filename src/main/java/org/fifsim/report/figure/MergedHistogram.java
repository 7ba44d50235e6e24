package org.fifsim.report.figure;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fifsim.results.Histogram;
import org.fifsim.results.ReplicationResult;

/**
 * Lead-time histograms of all replications added bin by bin (every replication bins alike), with quantiles
 * interpolated inside a bin and re-binning onto even bins for drawing.
 */
final class MergedHistogram {
    final double[] lower;
    final double[] upper;
    final double[] counts;
    final double total;

    private MergedHistogram(double[] lower, double[] upper, double[] counts) {
        this.lower = lower;
        this.upper = upper;
        this.counts = counts;
        double t = 0;
        for (double c : counts) {
            t += c;
        }
        this.total = t;
    }

    static MergedHistogram of(List<ReplicationResult> results) {
        TreeMap<Double, double[]> bins = new TreeMap<>();
        for (ReplicationResult r : results) {
            Histogram h = r.leadTimes();
            if (h == null) {
                continue;
            }
            for (int i = 0; i < h.counts().length; i++) {
                double[] b = bins.computeIfAbsent(h.lower()[i], k -> new double[2]);
                b[0] = Math.max(b[0], h.upper()[i]);
                b[1] += h.counts()[i];
            }
        }
        int n = bins.size();
        double[] lo = new double[n];
        double[] up = new double[n];
        double[] c = new double[n];
        int i = 0;
        for (Map.Entry<Double, double[]> e : bins.entrySet()) {
            lo[i] = e.getKey();
            up[i] = e.getValue()[0];
            c[i++] = e.getValue()[1];
        }
        return new MergedHistogram(lo, up, c);
    }

    boolean isEmpty() {
        return total <= 0;
    }

    /** The q-quantile (0..1), linear inside its bin. */
    double quantile(double q) {
        double rank = q * total;
        double seen = 0;
        for (int i = 0; i < counts.length; i++) {
            if (seen + counts[i] >= rank && counts[i] > 0) {
                return lower[i] + (upper[i] - lower[i]) * (rank - seen) / counts[i];
            }
            seen += counts[i];
        }
        return upper[upper.length - 1];
    }

    /**
     * The counts on {@code bins} even bins over [from, to), each source bin spread evenly over its width; what falls
     * outside the range is left out.
     */
    MergedHistogram rebin(double from, double to, int bins) {
        double width = (to - from) / bins;
        double[] lo = new double[bins];
        double[] up = new double[bins];
        double[] c = new double[bins];
        for (int j = 0; j < bins; j++) {
            lo[j] = from + j * width;
            up[j] = from + (j + 1) * width;
        }
        for (int i = 0; i < counts.length; i++) {
            double a = lower[i];
            double b = upper[i];
            if (b <= from || a >= to || counts[i] == 0) {
                continue;
            }
            int first = Math.max(0, (int) Math.floor((a - from) / width));
            int last = Math.min(bins - 1, (int) Math.floor((b - from) / width));
            for (int j = first; j <= last; j++) {
                double overlap = Math.min(b, up[j]) - Math.max(a, lo[j]);
                if (overlap > 0) {
                    c[j] += counts[i] * overlap / (b - a);
                }
            }
        }
        return new MergedHistogram(lo, up, c);
    }
}
