package org.fifsim.analysis;

import java.util.ArrayList;
import java.util.List;
import org.fifsim.results.ReplicationResult;
import org.fifsim.results.TimeSeries;
import org.fifsim.stats.Percentiles;

/**
 * One sampled series across replications, point by point: the first replication's trajectory, the mean, and the
 * p5-p95 band. Every replication samples at the same times, so points line up by index; a shorter replication cuts
 * the band to its length.
 *
 * @param name series name, e.g. {@code pipeline_packs}
 * @param timeHours sample times
 * @param first the lowest-numbered replication's values
 * @param mean mean over replications
 * @param p5 5th percentile over replications
 * @param p95 95th percentile over replications
 * @param replications how many replications went in
 */
public record SeriesBand(String name, double[] timeHours, double[] first, double[] mean, double[] p5, double[] p95,
        int replications) {

    /** The band of series {@code name}, or null when no replication recorded it. */
    public static SeriesBand of(List<ReplicationResult> results, String name) {
        List<double[]> values = new ArrayList<>();
        double[] times = null;
        for (ReplicationResult r : results) {
            TimeSeries s = r.series();
            double[] v = s == null ? null : s.get(name);
            if (v == null || v.length == 0) {
                continue;
            }
            int n = Math.min(v.length, s.timeHours().length);
            if (times == null || n < times.length) {
                times = java.util.Arrays.copyOf(s.timeHours(), n);
            }
            values.add(v);
        }
        if (times == null || times.length == 0) {
            return null;
        }
        int n = times.length;
        double[] mean = new double[n];
        double[] p5 = new double[n];
        double[] p95 = new double[n];
        double[] column = new double[values.size()];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < values.size(); j++) {
                column[j] = values.get(j)[i];
                sum += column[j];
            }
            mean[i] = sum / column.length;
            if (column.length == 1) {
                p5[i] = column[0];
                p95[i] = column[0];
            } else {
                p5[i] = Percentiles.percentile(column, 5);
                p95[i] = Percentiles.percentile(column, 95);
            }
        }
        return new SeriesBand(name, times, java.util.Arrays.copyOf(values.get(0), n), mean, p5, p95, values.size());
    }

    /**
     * At most {@code maxPoints} points, for drawing: samples are grouped into buckets and each bucket keeps its lowest
     * and its highest value of the first replication (in time order, so a dip to zero stays visible) with the widest
     * band of the bucket. A chart cannot show more points than it has pixels; drawing them all only costs time.
     */
    public SeriesBand thinned(int maxPoints) {
        int n = timeHours.length;
        if (n <= maxPoints || maxPoints < 4) {
            return this;
        }
        int buckets = maxPoints / 2;
        double[] t = new double[2 * buckets];
        double[] f = new double[2 * buckets];
        double[] m = new double[2 * buckets];
        double[] lo = new double[2 * buckets];
        double[] hi = new double[2 * buckets];
        int k = 0;
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * n / buckets);
            int to = (int) ((long) (b + 1) * n / buckets);
            if (to <= from) {
                continue;
            }
            int iMin = from;
            int iMax = from;
            double sum = 0;
            double p5 = Double.POSITIVE_INFINITY;
            double p95 = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                if (first[i] < first[iMin]) {
                    iMin = i;
                }
                if (first[i] > first[iMax]) {
                    iMax = i;
                }
                sum += mean[i];
                p5 = Math.min(p5, this.p5[i]);
                p95 = Math.max(p95, this.p95[i]);
            }
            int a = Math.min(iMin, iMax);
            int c = Math.max(iMin, iMax);
            for (int i : new int[] {a, c}) {
                t[k] = timeHours[i];
                f[k] = first[i];
                m[k] = sum / (to - from);
                lo[k] = p5;
                hi[k] = p95;
                k++;
            }
        }
        return new SeriesBand(name, java.util.Arrays.copyOf(t, k), java.util.Arrays.copyOf(f, k),
                java.util.Arrays.copyOf(m, k), java.util.Arrays.copyOf(lo, k), java.util.Arrays.copyOf(hi, k),
                replications);
    }
}
