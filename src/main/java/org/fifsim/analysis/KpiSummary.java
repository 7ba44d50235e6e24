package org.fifsim.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.results.ReplicationResult;
import org.fifsim.stats.Estimate;
import org.fifsim.stats.Percentiles;
import org.fifsim.stats.Spread;

/**
 * Across-replication statistics of every KPI of a run: the numbers behind summary.json and the report tables.
 * Non-finite values (a KPI undefined in some replication) are left out of the statistics; {@link #n()} counts the
 * values that went in. With none, the estimate is all NaN.
 */
public record KpiSummary(String name, String unit, Estimate estimate, Spread spread, double[] values) {

    /** One summary per KPI, in KPI order. */
    public static List<KpiSummary> of(List<ReplicationResult> results) {
        List<KpiSummary> out = new ArrayList<>();
        if (results.isEmpty()) {
            return out;
        }
        for (String kpi : results.get(0).kpis().names()) {
            double[] v = results.stream().mapToDouble(r -> r.kpi(kpi)).toArray();
            out.add(of(kpi, v));
        }
        return out;
    }

    public static KpiSummary of(String kpi, double[] values) {
        double[] finite = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
        // Estimate insists on n >= 1; with no finite value its numbers are all NaN and n() says 0
        Estimate e = finite.length == 0 ? new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1)
                : Estimate.of(finite);
        Spread s = finite.length == 0 ? new Spread(Double.NaN, Double.NaN, Double.NaN) : Percentiles.spread(finite);
        return new KpiSummary(kpi, org.fifsim.results.Kpis.unitOf(kpi), e, s, values.clone());
    }

    /** How many finite values the statistics are based on. */
    public int n() {
        return (int) java.util.Arrays.stream(values).filter(Double::isFinite).count();
    }

    /** Summaries by KPI name. */
    public static Map<String, KpiSummary> byName(List<KpiSummary> list) {
        Map<String, KpiSummary> m = new LinkedHashMap<>();
        for (KpiSummary k : list) {
            m.put(k.name(), k);
        }
        return m;
    }
}
