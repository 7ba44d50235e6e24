package org.fifsim.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.results.ReplicationResult;
import org.fifsim.stats.Estimate;
import org.fifsim.stats.PairedDifference;

/**
 * Paired differences (other minus baseline, replication by replication) of every KPI. Replication i of every scenario
 * draws from the same streams (common random numbers), so the pairs share their noise and the interval is narrow.
 */
public final class PairedDifferences {
    private PairedDifferences() {
    }

    /**
     * The paired difference of each KPI common to both runs, by KPI name, in the baseline's order; a replication where
     * either value is not finite is left out of that KPI's pairs.
     */
    public static Map<String, Estimate> of(List<ReplicationResult> base, List<ReplicationResult> other) {
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
}
