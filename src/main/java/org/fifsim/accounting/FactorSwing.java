package org.fifsim.accounting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fifsim.results.Activity;
import org.fifsim.scenario.Distribution;

/**
 * Which uncertain factors move a difference most: each factor (with the factors that share its draws, such as the
 * variants' pack values) set to the 5th and then the 95th percentile of its distribution in both designs, every other
 * factor at its central value, and the mean difference (other minus base) of a KPI re-priced from the saved activity.
 * The factors whose swing is widest are what the factor band is mostly made of. No simulation, two pricings per
 * factor and replication.
 */
public final class FactorSwing {
    /** The percentiles a factor is set to. */
    public static final double LOW = 0.05;
    public static final double HIGH = 0.95;

    /**
     * One factor's swing.
     *
     * @param factor      the factor's name (for a group sharing draws, the group's: {@code pack_value_cny})
     * @param members     every factor set together
     * @param low         the difference's mean at the factor's 5th percentile
     * @param high        at its 95th percentile
     */
    public record Swing(String factor, List<String> members, double low, double high) {
        /** How far the factor moves the difference. */
        public double width() {
            return Math.abs(high - low);
        }
    }

    private FactorSwing() {
    }

    /** The swings of every factor uncertain in either design, widest first; factors that move nothing left out. */
    public static List<Swing> of(String kpi, FactorSet base, List<Activity> baseActivity, FactorSet other,
            List<Activity> otherActivity) {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (FactorSet set : List.of(base, other)) {
            set.factors().forEach((name, d) -> {
                if (!(d instanceof Distribution.Constant)) {
                    groups.computeIfAbsent(group(name), g -> new LinkedHashSet<>()).add(name);
                }
            });
        }
        List<Swing> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> g : groups.entrySet()) {
            // a variant's value moves with pack_value_cny even where one design gives it as a constant
            Set<String> members = new LinkedHashSet<>(g.getValue());
            for (FactorSet set : List.of(base, other)) {
                set.factors().keySet().stream().filter(n -> group(n).equals(g.getKey())).forEach(members::add);
            }
            double lo = difference(kpi, base, baseActivity, other, otherActivity, members, LOW);
            double hi = difference(kpi, base, baseActivity, other, otherActivity, members, HIGH);
            Swing s = new Swing(g.getKey(), List.copyOf(members), lo, hi);
            if (Double.isFinite(s.width()) && s.width() > 0) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparingDouble(Swing::width).reversed());
        return out;
    }

    /** The q-quantile of a factor's distribution (a normal truncated at 0 stays at or above it). */
    public static double quantile(Distribution d, double q) {
        if (d instanceof Distribution.Constant c) {
            return c.value();
        }
        if (d instanceof Distribution.Uniform u) {
            return u.low() + q * (u.high() - u.low());
        }
        if (d instanceof Distribution.Triangular t) {
            double span = t.high() - t.low();
            double f = (t.mode() - t.low()) / span;
            return q < f ? t.low() + Math.sqrt(q * span * (t.mode() - t.low()))
                    : t.high() - Math.sqrt((1 - q) * span * (t.high() - t.mode()));
        }
        if (d instanceof Distribution.Exponential x) {
            return -x.mean() * Math.log(1 - q);
        }
        double z = q < 0.5 ? -Z95 : Z95;
        if (d instanceof Distribution.Normal n) {
            return Math.max(0, n.mu() + z * n.sd());
        }
        Distribution.LogNormal l = (Distribution.LogNormal) d;
        return Math.exp(l.mu() + z * l.sigma());
    }

    /** The standard normal's 95th percentile; only 5% and 95% are asked of a normal here. */
    private static final double Z95 = 1.6448536269514722;

    /** Factors that share draws form one group: the variants' pack values go with pack_value_cny. */
    static String group(String factor) {
        return Factors.variantOf(factor) != null ? Factors.PACK_VALUE_CNY : factor;
    }

    private static double difference(String kpi, FactorSet base, List<Activity> baseActivity, FactorSet other,
            List<Activity> otherActivity, Set<String> members, double q) {
        return mean(kpi, at(other, members, q), otherActivity) - mean(kpi, at(base, members, q), baseActivity);
    }

    private static Factors at(FactorSet set, Set<String> members, double q) {
        Map<String, Double> v = new LinkedHashMap<>(set.central().values());
        for (String m : members) {
            Distribution d = set.factors().get(m);
            if (d != null) {
                v.put(m, quantile(d, q));
            }
        }
        return Factors.of(v, set.timeOfUse());
    }

    /** The KPI's mean over the replications at these factors. */
    private static double mean(String kpi, Factors f, List<Activity> activity) {
        double sum = 0;
        int n = 0;
        for (Activity a : activity) {
            Double v = Accounting.compute(a, f).get(kpi);
            if (v != null && Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
