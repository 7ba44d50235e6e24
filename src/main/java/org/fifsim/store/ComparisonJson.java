package org.fifsim.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.fifsim.accounting.FactorBand;
import org.fifsim.stats.Estimate;

/**
 * comparison.json: the paired differences of every KPI ({@link org.fifsim.analysis.PairedDifferences}) by other
 * scenario, each with its factor band where the KPI is priced.
 */
public final class ComparisonJson {
    private ComparisonJson() {
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
