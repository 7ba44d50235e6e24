package org.fifsim.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.accounting.FactorBand;
import org.fifsim.results.ReplicationResult;
import org.fifsim.stats.Estimate;
import org.fifsim.stats.PairedDifference;

/**
 * Paired differences (other minus baseline, replication by replication) of every KPI. Replication i of every scenario
 * draws from the same streams (common random numbers), so the pairs share their noise and the interval is narrow.
 */
public final class ComparisonJson {
    private ComparisonJson() {
    }

    /** The paired difference of each KPI common to both runs, by KPI name. */
    public static Map<String, Estimate> differences(List<ReplicationResult> base, List<ReplicationResult> other) {
        if (base.size() != other.size()) {
            throw new IllegalArgumentException("paired runs need the same replications: " + base.size() + " vs "
                    + other.size());
        }
        Map<String, Estimate> out = new LinkedHashMap<>();
        for (String kpi : base.get(0).kpis().names()) {
            if (!other.get(0).kpis().has(kpi)) {
                continue;
            }
            List<double[]> pairs = new ArrayList<>();
            for (int i = 0; i < base.size(); i++) {
                double b = base.get(i).kpi(kpi);
                double o = other.get(i).kpi(kpi);
                if (Double.isFinite(b) && Double.isFinite(o)) {
                    pairs.add(new double[] {b, o});
                }
            }
            if (pairs.isEmpty()) {
                continue;
            }
            double[] b = pairs.stream().mapToDouble(p -> p[0]).toArray();
            double[] o = pairs.stream().mapToDouble(p -> p[1]).toArray();
            out.put(kpi, PairedDifference.of(b, o));
        }
        return out;
    }

    public static ObjectNode build(String baseline, Map<String, Map<String, Estimate>> byOther) {
        return build(baseline, byOther, Map.of());
    }

    /**
     * With the factor band of each accounting KPI's difference ({@code band_p5}/{@code band_p95}, the factors drawn
     * once for both scenarios) beside its paired replication interval.
     */
    public static ObjectNode build(String baseline, Map<String, Map<String, Estimate>> byOther,
            Map<String, Map<String, FactorBand.Band>> bandsByOther) {
        ObjectNode root = Json.object();
        root.put("baseline", baseline);
        var others = root.putArray("others");
        byOther.keySet().forEach(others::add);
        ObjectNode diffs = root.putObject("differences");
        for (Map.Entry<String, Map<String, Estimate>> e : byOther.entrySet()) {
            ObjectNode o = diffs.putObject(e.getKey());
            for (Map.Entry<String, Estimate> k : e.getValue().entrySet()) {
                ObjectNode d = o.putObject(k.getKey());
                Estimate est = k.getValue();
                Json.put(d, "mean", est.mean());
                Json.put(d, "ci95_low", est.ci95Low());
                Json.put(d, "ci95_high", est.ci95High());
                FactorBand.Band band = bandsByOther.getOrDefault(e.getKey(), Map.of()).get(k.getKey());
                if (band != null) {
                    Json.put(d, "band_p5", band.p5());
                    Json.put(d, "band_p95", band.p95());
                }
                d.put("n", est.n());
                d.put("unit", org.fifsim.results.Kpis.unitOf(k.getKey()));
                d.put("includes_zero", est.includesZero());
            }
        }
        return root;
    }
}
