package org.fifsim.explain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.stats.Estimate;

/**
 * A difference B minus A split into the groups' Shapley shares, KPI by KPI. Every design ran the same replications
 * (common random numbers), so replication r gives one share per group, and each share has a t-interval over the
 * replications like any paired difference.
 *
 * @param groups the group names, in the bit order of the designs
 * @param kpis the parts of each KPI that every design reports with finite values, in {@link #HEADLINE} order
 */
public record Attribution(List<String> groups, Map<String, Parts> kpis) {
    /** The headline differences a comparison is decided on. */
    public static final List<String> HEADLINE = List.of(Kpis.COST_TOTAL_CNY, Kpis.CO2_TOTAL_T, Kpis.LEAD_TIME_H,
            Kpis.ORDER_TO_DELIVERY_D, Kpis.VEHICLES_BUILT);

    /**
     * One KPI's difference and its parts.
     *
     * @param base A's mean (where a bridge starts)
     * @param total B minus A, paired over the replications
     * @param shares each group's Shapley share, by group name
     * @param interaction what the shares leave of the total: Shapley shares add up to it, so this is only the
     *     rounding of their sum, exact in decimal: the shares plus this are the total to the last digit as written
     *     (each number as its shortest decimal, {@link Double#toString})
     * @param alone what each group does on its own, added to A (one at a time)
     * @param joint the total minus the sum of {@code alone}: what groups do only together; the Shapley shares split
     *     it among the groups involved, evenly
     */
    public record Parts(double base, Estimate total, Map<String, Estimate> shares, BigDecimal interaction,
            Map<String, Double> alone, double joint) {
    }

    /**
     * @param groups m group names
     * @param results the replications of the 2^m designs, indexed by the bit set of groups taken from B; all of the
     *     same replications
     * @param kpis the KPIs to split (those not reported by every design, or not finite, are left out)
     */
    public static Attribution of(List<String> groups, List<List<ReplicationResult>> results, List<String> kpis) {
        int m = groups.size();
        if (results.size() != 1 << m) {
            throw new IllegalArgumentException("need 2^" + m + " designs, got " + results.size());
        }
        int n = results.get(0).size();
        Map<String, Parts> out = new LinkedHashMap<>();
        for (String kpi : kpis) {
            double[][] v = values(results, kpi, n);
            if (v != null) {
                out.put(kpi, parts(groups, v));
            }
        }
        return new Attribution(List.copyOf(groups), out);
    }

    /** The parts of one KPI from its values {@code v[replication][design]}. */
    static Parts parts(List<String> groups, double[][] v) {
        int m = groups.size();
        int n = v.length;
        int all = (1 << m) - 1;
        double[][] share = new double[m][n];
        double[] total = new double[n];
        double[] base = new double[n];
        double[] alone = new double[m];
        for (int r = 0; r < n; r++) {
            double[] phi = Shapley.shares(v[r]);
            double[] a = Shapley.alone(v[r]);
            for (int g = 0; g < m; g++) {
                share[g][r] = phi[g];
                alone[g] += a[g] / n;
            }
            total[r] = v[r][all] - v[r][0];
            base[r] = v[r][0];
        }
        Estimate t = Estimate.of(total);
        Map<String, Estimate> shares = new LinkedHashMap<>();
        Map<String, Double> alones = new LinkedHashMap<>();
        BigDecimal left = BigDecimal.valueOf(t.mean());
        double aloneSum = 0;
        for (int g = 0; g < m; g++) {
            Estimate e = Estimate.of(share[g]);
            shares.put(groups.get(g), e);
            alones.put(groups.get(g), alone[g]);
            left = left.subtract(BigDecimal.valueOf(e.mean()));
            aloneSum += alone[g];
        }
        return new Parts(Estimate.of(base).mean(), t, shares, left, alones, t.mean() - aloneSum);
    }

    /** {@code v[replication][design]}, or null when some design lacks the KPI or has a non-finite value. */
    private static double[][] values(List<List<ReplicationResult>> results, String kpi, int n) {
        double[][] v = new double[n][results.size()];
        for (int d = 0; d < results.size(); d++) {
            List<ReplicationResult> rs = results.get(d);
            if (rs.size() != n) {
                throw new IllegalArgumentException("every design needs the same " + n + " replications");
            }
            for (int r = 0; r < n; r++) {
                Double x = rs.get(r).kpis().find(kpi);
                if (x == null || !Double.isFinite(x)) {
                    return null;
                }
                v[r][d] = x;
            }
        }
        return v;
    }
}
