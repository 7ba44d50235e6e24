package org.fifsim.experiment.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.results.ReplicationResult;
import org.fifsim.stats.Estimate;
import org.fifsim.stats.PairedDifference;

/** Across-replication estimates of every KPI, alone and paired (other minus base, replication by replication). */
public final class Estimates {
    private static final Estimate UNKNOWN = new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1);

    private Estimates() {
    }

    /** Mean and 95% interval of each KPI over the replications, in KPI order; NaN values are left out. */
    public static Map<String, Estimate> of(List<ReplicationResult> results) {
        Map<String, Estimate> out = new LinkedHashMap<>();
        if (results.isEmpty()) {
            return out;
        }
        for (String kpi : results.get(0).kpis().names()) {
            double[] v = results.stream().mapToDouble(r -> r.kpis().getOrDefault(kpi, Double.NaN))
                    .filter(Double::isFinite).toArray();
            out.put(kpi, v.length == 0 ? UNKNOWN : Estimate.of(v));
        }
        return out;
    }

    /** The paired difference (other minus base) of each KPI both have; pairs with a NaN side are left out. */
    public static Map<String, Estimate> paired(List<ReplicationResult> base, List<ReplicationResult> other) {
        if (base.size() != other.size()) {
            throw new IllegalArgumentException("paired runs need the same replications: " + base.size() + " vs "
                    + other.size());
        }
        Map<String, Estimate> out = new LinkedHashMap<>();
        if (base.isEmpty()) {
            return out;
        }
        for (String kpi : base.get(0).kpis().names()) {
            if (!other.get(0).kpis().has(kpi)) {
                continue;
            }
            List<double[]> pairs = new ArrayList<>();
            for (int i = 0; i < base.size(); i++) {
                double b = base.get(i).kpis().getOrDefault(kpi, Double.NaN);
                double o = other.get(i).kpis().getOrDefault(kpi, Double.NaN);
                if (Double.isFinite(b) && Double.isFinite(o)) {
                    pairs.add(new double[] {b, o});
                }
            }
            out.put(kpi, pairs.isEmpty() ? UNKNOWN
                    : PairedDifference.of(pairs.stream().mapToDouble(p -> p[0]).toArray(),
                            pairs.stream().mapToDouble(p -> p[1]).toArray()));
        }
        return out;
    }

    /** Estimates that say nothing: for a KPI without a single finite value. */
    public static Estimate unknown() {
        return UNKNOWN;
    }

    static double[] column(List<Map<String, Estimate>> rows, String kpi, java.util.function.ToDoubleFunction<Estimate> f,
            List<Integer> at) {
        return at.stream().mapToDouble(p -> f.applyAsDouble(rows.get(p).getOrDefault(kpi, UNKNOWN))).toArray();
    }

    static boolean allFinite(double[] v) {
        return Arrays.stream(v).allMatch(Double::isFinite);
    }
}
