package org.fifsim.accounting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.results.Activity;
import org.fifsim.stats.Percentiles;

/**
 * Parameter uncertainty, kept apart from simulation noise: the saved activity of every replication re-priced with
 * {@link FactorSet#DRAWS} joint factor draws. For each draw the KPI's mean over the replications is taken (the noise
 * is averaged out as in the point estimate); the 5th and 95th percentiles of those means are the band. Cheap: no
 * simulation, only {@link Accounting#compute} per draw and replication.
 */
public final class FactorBand {

    /** The 5th and 95th percentiles of a KPI (or of a difference) over the factor draws. */
    public record Band(double p5, double p95) {
        public double width() {
            return p95 - p5;
        }
    }

    private FactorBand() {
    }

    /** The band of every accounting KPI of one run. */
    public static Map<String, Band> of(FactorSet set, List<Activity> activity, long seed, int draws) {
        Map<String, double[]> means = means(set, activity, seed, draws);
        Map<String, Band> out = new LinkedHashMap<>();
        means.forEach((kpi, v) -> band(v).ifPresent(b -> out.put(kpi, b)));
        return out;
    }

    /**
     * The band of every accounting KPI's difference, other minus base: the same factor draws price both (factors
     * shared by name take the same values), so what the factors do to both designs alike cancels.
     */
    public static Map<String, Band> difference(FactorSet base, List<Activity> baseActivity, FactorSet other,
            List<Activity> otherActivity, long seed, int draws) {
        Map<String, double[]> b = means(base, baseActivity, seed, draws);
        Map<String, double[]> o = means(other, otherActivity, seed, draws);
        Map<String, Band> out = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : b.entrySet()) {
            double[] ov = o.get(e.getKey());
            if (ov == null) {
                continue;
            }
            double[] d = new double[draws];
            for (int j = 0; j < draws; j++) {
                d[j] = ov[j] - e.getValue()[j];
            }
            band(d).ifPresent(x -> out.put(e.getKey(), x));
        }
        return out;
    }

    /** Per KPI, the mean over the replications at each draw (NaN when no replication gives a finite value). */
    private static Map<String, double[]> means(FactorSet set, List<Activity> activity, long seed, int draws) {
        List<Factors> factors = set.draws(seed, draws);
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Accounting.Term t : Accounting.TERMS) {
            out.put(t.name(), new double[draws]);
        }
        for (int j = 0; j < draws; j++) {
            Map<String, double[]> sums = new LinkedHashMap<>();
            for (Activity a : activity) {
                for (Map.Entry<String, Double> e : Accounting.compute(a, factors.get(j)).entrySet()) {
                    double[] s = sums.computeIfAbsent(e.getKey(), k -> new double[2]);
                    if (Double.isFinite(e.getValue())) {
                        s[0] += e.getValue();
                        s[1]++;
                    }
                }
            }
            for (Map.Entry<String, double[]> e : out.entrySet()) {
                double[] s = sums.get(e.getKey());
                e.getValue()[j] = s != null && s[1] > 0 ? s[0] / s[1] : Double.NaN;
            }
        }
        return out;
    }

    private static java.util.Optional<Band> band(double[] values) {
        List<Double> finite = new ArrayList<>();
        for (double v : values) {
            if (Double.isFinite(v)) {
                finite.add(v);
            }
        }
        if (finite.isEmpty()) {
            return java.util.Optional.empty();
        }
        double[] f = finite.stream().mapToDouble(Double::doubleValue).toArray();
        return java.util.Optional.of(new Band(Percentiles.percentile(f, 5), Percentiles.percentile(f, 95)));
    }
}
