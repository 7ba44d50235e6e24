package org.fifsim.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fifsim.results.Kpis;
import org.fifsim.scenario.ServiceSpec;
import org.fifsim.stats.Estimate;

/**
 * Whether a design delivers its stated service, KPI by KPI, from a one-sided 95% bound over the replications: it
 * <em>meets</em> an {@code at_most} requirement when even the upper bound is within it, <em>misses</em> it when even
 * the lower bound is beyond it, and is <em>unclear</em> otherwise (more replications would tell). One-sided because
 * the question is one-sided: is the design at least this good.
 *
 * @param bound   the requirement
 * @param verdict {@link #MEETS}, {@link #MISSES} or {@link #UNCLEAR}
 * @param mean    the KPI's mean over the replications (NaN when the run lacks the KPI)
 * @param limit   the one-sided 95% bound on the requirement's side (upper for at_most, lower for at_least)
 */
public record ServiceCheck(ServiceSpec.Bound bound, String verdict, double mean, double limit) {
    public static final String MEETS = "meets";
    public static final String MISSES = "misses";
    public static final String UNCLEAR = "unclear";

    /** A two-sided 90% interval has a one-sided 95% bound at each end. */
    private static final double TWO_SIDED_LEVEL = 0.90;

    /** The checks of every requirement, in the order the scenario states them. */
    public static List<ServiceCheck> of(ServiceSpec service, Map<String, KpiSummary> kpis) {
        List<ServiceCheck> out = new ArrayList<>();
        for (ServiceSpec.Bound b : service.bounds().values()) {
            KpiSummary k = kpis.get(b.kpi());
            double[] v = k == null ? new double[0] : Arrays.stream(k.values()).filter(Double::isFinite).toArray();
            out.add(of(b, v));
        }
        return out;
    }

    /** The check of one requirement on the replications' values of its KPI. */
    public static ServiceCheck of(ServiceSpec.Bound b, double[] values) {
        if (values.length == 0) {
            return new ServiceCheck(b, UNCLEAR, Double.NaN, Double.NaN);
        }
        double mean = Arrays.stream(values).average().orElse(Double.NaN);
        double low;
        double high;
        if (values.length < 2 || Arrays.stream(values).allMatch(x -> x == values[0])) {
            // one replication has no interval; identical ones (a KPI that cannot vary) have a zero-width one
            low = values.length < 2 ? Double.NEGATIVE_INFINITY : mean;
            high = values.length < 2 ? Double.POSITIVE_INFINITY : mean;
        } else {
            Estimate e = Estimate.of(values, TWO_SIDED_LEVEL);
            low = e.ci95Low();
            high = e.ci95High();
        }
        double worst = b.atMost() ? high : low;
        double best = b.atMost() ? low : high;
        String verdict = within(b, worst) ? MEETS : !within(b, best) ? MISSES : UNCLEAR;
        return new ServiceCheck(b, verdict, mean, Double.isFinite(worst) ? worst : Double.NaN);
    }

    private static boolean within(ServiceSpec.Bound b, double x) {
        return b.atMost() ? x <= b.value() : x >= b.value();
    }

    /** True when any requirement is missed. */
    public static boolean anyMissed(List<ServiceCheck> checks) {
        return checks.stream().anyMatch(c -> c.verdict().equals(MISSES));
    }

    /** True when the KPI is a share (shown in %). */
    boolean share() {
        return "fraction".equals(Kpis.unitOf(bound.kpi()));
    }

    /**
     * The line a report shows: "vehicle_line_starved at most 1%: misses (mean 30.2%, one-sided 95% bound 29.8%)".
     */
    public String sentence() {
        return bound.kpi() + " " + bound.describe(share()) + ": " + verdict + " (mean " + shown(mean)
                + (Double.isFinite(limit) ? ", one-sided 95% bound " + shown(limit) : ", no interval") + ")";
    }

    private String shown(double v) {
        if (!Double.isFinite(v)) {
            return "not in the results";
        }
        return share() ? Numbers.percent(v) : Numbers.format(v, Numbers.decimalsFor(v, Math.abs(v) * 1e-3));
    }

    /** What the design's misses say, for a decision sentence: "the vehicle line waits 30% of the time". */
    public static String missed(List<ServiceCheck> checks) {
        List<String> parts = new ArrayList<>();
        for (ServiceCheck c : checks) {
            if (c.verdict().equals(MISSES)) {
                parts.add(c.bound().kpi().equals(Kpis.VEHICLE_LINE_STARVED)
                        ? "the vehicle line waits for packs " + c.shown(c.mean()) + " of its working time (allowed "
                                + c.shown(c.bound().value()) + ")"
                        : c.bound().kpi() + " is " + c.shown(c.mean()) + " (required " + c.bound().describe(c.share())
                                + ")");
            }
        }
        return String.join("; ", parts);
    }
}
