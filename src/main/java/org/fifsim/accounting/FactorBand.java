package org.fifsim.accounting;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * The mean of every accounting KPI over the replications, at each factor draw: computed once per scenario, then
     * read for its own band and for the band of every difference it is part of.
     */
    public record Draws(Map<String, double[]> means) {
    }

    /** Prices every replication's activity at each of {@code draws} factor draws (seeded by {@code seed}). */
    public static Draws draws(FactorSet set, List<Activity> activity, long seed, int draws) {
        return new Draws(means(set, activity, seed, draws));
    }

    /** The band of every accounting KPI of one run. */
    public static Map<String, Band> of(FactorSet set, List<Activity> activity, long seed, int draws) {
        return of(draws(set, activity, seed, draws));
    }

    /** The band of every accounting KPI from its draws. */
    public static Map<String, Band> of(Draws d) {
        Map<String, Band> out = new LinkedHashMap<>();
        d.means().forEach((kpi, v) -> band(v).ifPresent(b -> out.put(kpi, b)));
        return out;
    }

    /**
     * The band of every accounting KPI's difference, other minus base: the same factor draws price both (factors
     * shared by name take the same values), so what the factors do to both designs alike cancels.
     */
    public static Map<String, Band> difference(FactorSet base, List<Activity> baseActivity, FactorSet other,
            List<Activity> otherActivity, long seed, int draws) {
        return difference(draws(base, baseActivity, seed, draws), draws(other, otherActivity, seed, draws));
    }

    /** As above, from draws made with the same seed and count. */
    public static Map<String, Band> difference(Draws base, Draws other) {
        Map<String, Band> out = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : base.means().entrySet()) {
            double[] ov = other.means().get(e.getKey());
            if (ov == null || ov.length != e.getValue().length) {
                continue;
            }
            double[] d = new double[ov.length];
            for (int j = 0; j < d.length; j++) {
                d[j] = ov[j] - e.getValue()[j];
            }
            band(d).ifPresent(x -> out.put(e.getKey(), x));
        }
        return out;
    }

    /** Per KPI, the mean over the replications at each draw (NaN when no replication gives a finite value). */
    private static Map<String, double[]> means(FactorSet set, List<Activity> activity, long seed, int draws) {
        for (Activity a : activity) {
            Accounting.checkFinite(a); // once per activity, not once per draw
        }
        List<Factors> factors = set.draws(seed, draws);
        List<String> names = Accounting.TERMS.stream().map(Accounting.Term::name).toList();
        double[][] means = new double[names.size()][draws];
        double[] sum = new double[names.size()];
        int[] n = new int[names.size()];
        for (int j = 0; j < draws; j++) {
            Arrays.fill(sum, 0);
            Arrays.fill(n, 0);
            for (Activity a : activity) {
                int i = 0;
                for (double v : Accounting.terms(a, factors.get(j))) {
                    if (Double.isFinite(v)) {
                        sum[i] += v;
                        n[i]++;
                    }
                    i++;
                }
            }
            for (int i = 0; i < names.size(); i++) {
                means[i][j] = n[i] > 0 ? sum[i] / n[i] : Double.NaN;
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            out.put(names.get(i), means[i]);
        }
        return out;
    }

    private static Optional<Band> band(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        return finite.length == 0 ? Optional.empty()
                : Optional.of(new Band(Percentiles.percentile(finite, 5), Percentiles.percentile(finite, 95)));
    }
}
