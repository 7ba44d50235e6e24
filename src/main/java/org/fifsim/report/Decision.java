package org.fifsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.fifsim.accounting.FactorBand;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.analysis.Numbers;
import org.fifsim.analysis.ServiceCheck;
import org.fifsim.results.Kpi;
import org.fifsim.results.Kpis;
import org.fifsim.stats.Estimate;

/**
 * The figures that decide between designs, in the words and units a planner uses (M CNY/yr, t CO2/yr, h, percentage
 * points), each with its verdict from the paired interval: <em>saves</em> or <em>costs</em> when the interval
 * excludes 0, <em>no clear difference</em> when it does not. Every report opens with this table; the full KPI list
 * comes after it.
 */
public final class Decision {
    /** What marks a difference whose interval includes 0 (or that has no interval). */
    public static final String UNCLEAR = "no clear difference";

    /**
     * One deciding figure: a KPI in its plain name and display unit, all from the KPI registry.
     *
     * @param kpi       the KPI it shows
     * @param name      its plain name
     * @param unit      the unit shown (after {@code factor})
     * @param factor    multiplies the KPI's value into {@code unit}
     * @param direction which way is better
     */
    public record Figure(String kpi, String name, String unit, double factor, Kpi.Direction direction) {
        /** The figure of a registered KPI. */
        public static Figure of(String kpi) {
            Kpi k = Kpis.named(kpi);
            return new Figure(kpi, k.label(), k.display().unit(), k.display().scale(), k.direction());
        }

        /** The unit of a difference: a share's difference is in percentage points. */
        public String differenceUnit() {
            return unit.equals("%") ? "points" : unit;
        }
    }

    /** In reading order: money, carbon, time, stock, quality, output. Those a run lacks are left out. */
    public static final List<Figure> FIGURES = Stream.of(Kpis.COST_TOTAL_CNY, Kpis.COST_LOGISTICS_CNY,
            Kpis.CO2_TOTAL_T, Kpis.CO2_PER_KWH_KG, Kpis.LEAD_TIME_H, Kpis.LEAD_TIME_P95_H, Kpis.ORDER_TO_DELIVERY_D,
            Kpis.PIPELINE_PACKS, Kpis.SUSPECT_PACKS_PER_INCIDENT, Kpis.COST_CONTAINMENT_CNY, Kpis.VEHICLES_BUILT,
            Kpis.VEHICLE_LINE_STARVED, Kpis.COST_LOST_VEHICLES_CNY, Kpis.COST_PER_VEHICLE_CNY,
            Kpis.COST_PER_PACK_CNY).map(Figure::of).toList();

    private Decision() {
    }

    /**
     * The verdict of a paired difference (other minus base) of a figure, in the words its direction calls for: money
     * and carbon "saves"/"costs", output "builds more"/"builds fewer", anything else "higher"/"lower" (a throughput
     * row never "saves").
     */
    public static String verdict(Figure f, Estimate d) {
        if (!clear(d)) {
            return UNCLEAR;
        }
        boolean more = d.mean() > 0;
        if (f.kpi().startsWith("cost_") || f.kpi().startsWith("co2_")) {
            return more ? "costs" : "saves";
        }
        if (f.kpi().equals(Kpis.VEHICLES_BUILT) || f.kpi().equals(Kpis.PACKS_GOOD)) {
            return more ? "builds more" : "builds fewer";
        }
        return more ? "higher" : "lower";
    }

    /** True when the difference is clear and for the better, by the figure's direction. */
    public static boolean good(Figure f, Estimate d) {
        if (!clear(d)) {
            return false;
        }
        return switch (f.direction()) {
            case MORE_IS_BETTER -> d.mean() > 0;
            case LESS_IS_BETTER -> d.mean() < 0;
            case NEITHER -> false;
        };
    }

    private static boolean clear(Estimate d) {
        return d != null && Double.isFinite(d.ci95Low()) && !d.includesZero();
    }

    /**
     * The decision table of one comparison: figure, base mean, other mean, difference, its interval, the verdict and,
     * when any figure has one, the factor band of the difference. Rows without a clear difference are muted.
     */
    public static Block.Table compared(String base, String other, Map<String, KpiSummary> baseKpis,
            Map<String, KpiSummary> otherKpis, Map<String, Estimate> diffs, Map<String, FactorBand.Band> bands) {
        boolean withBands = FIGURES.stream().anyMatch(f -> bands.containsKey(f.kpi()) && diffs.containsKey(f.kpi()));
        List<String> header = new ArrayList<>(List.of("figure", base, other, "difference", "95% interval",
                "verdict"));
        if (withBands) {
            header.add("factor band (p5\u2013p95)");
        }
        boolean[] numeric = new boolean[header.size()];
        for (int i = 1; i <= 4; i++) {
            numeric[i] = true;
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> muted = new ArrayList<>();
        for (Figure f : FIGURES) {
            Estimate d = diffs.get(f.kpi());
            KpiSummary b = baseKpis.get(f.kpi());
            KpiSummary o = otherKpis.get(f.kpi());
            if (d == null || b == null || o == null || !Double.isFinite(d.mean())) {
                continue;
            }
            FactorBand.Band band = bands.get(f.kpi());
            int dec = decimals(f, d, band);
            List<String> row = new ArrayList<>();
            row.add(f.name() + " (" + f.unit() + ")");
            row.add(level(f, b));
            row.add(level(f, o));
            row.add(difference(f, d, band) + (f.unit().equals("%") ? " points" : ""));
            row.add(interval(f, d, band));
            String v = verdict(f, d);
            row.add(v);
            if (withBands) {
                row.add(bandCell(bands.get(f.kpi()), f, dec));
            }
            if (v.equals(UNCLEAR)) {
                muted.add(rows.size());
            }
            rows.add(row);
        }
        return new Block.Table(header, numeric, rows, muted);
    }

    /** The decision table of one run: figure, mean, its interval, the spread of replications and any factor band. */
    static Block.Table single(Map<String, KpiSummary> kpis, Map<String, FactorBand.Band> bands) {
        boolean withBands = FIGURES.stream().anyMatch(f -> bands.containsKey(f.kpi()) && kpis.containsKey(f.kpi()));
        List<String> header = new ArrayList<>(List.of("figure", "mean", "95% interval",
                "replications p5\u2013p95"));
        if (withBands) {
            header.add("factor band (p5\u2013p95)");
        }
        boolean[] numeric = new boolean[header.size()];
        for (int i = 1; i < numeric.length; i++) {
            numeric[i] = true;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Figure f : FIGURES) {
            KpiSummary k = kpis.get(f.kpi());
            if (k == null || !Double.isFinite(k.estimate().mean())) {
                continue;
            }
            Estimate e = k.estimate();
            int dec = Numbers.decimalsFor(e.mean() * f.factor(), e.halfWidth() * f.factor());
            List<String> row = new ArrayList<>();
            row.add(f.name() + " (" + f.unit() + ")");
            row.add(Numbers.format(e.mean() * f.factor(), dec));
            row.add(Numbers.interval(e.ci95Low() * f.factor(), e.ci95High() * f.factor(), dec));
            row.add(Numbers.interval(k.spread().p5() * f.factor(), k.spread().p95() * f.factor(), dec));
            if (withBands) {
                row.add(bandCell(bands.get(f.kpi()), f, dec));
            }
            rows.add(row);
        }
        return new Block.Table(header, numeric, rows, List.of());
    }

    /** A design building this much fewer vehicles than the other (with a clear interval) is not like for like. */
    static final double FEWER_VEHICLES_SHARE = 0.02;

    /** The answer without service requirements stated (tests, old results). */
    public static String answer(String base, String other, Map<String, KpiSummary> baseKpis,
            Map<String, KpiSummary> otherKpis, Map<String, Estimate> diffs, int replications) {
        return answer(base, other, baseKpis, otherKpis, diffs, replications, List.of(), List.of());
    }

    /**
     * The answer in one sentence: "seres-fif against seres-remote (differences are seres-fif minus seres-remote):
     * saves 93.5 M CNY/yr in total cost (−93.5 [−94.9, −92.1]) and ...; lead time 47 h → 0.33 h." The interval is the
     * table's, in the sign of its mean. When either design misses its service, or one
     * builds clearly fewer vehicles than the other, that comes first: a cost difference between designs that do not
     * deliver the same is no saving.
     */
    public static String answer(String base, String other, Map<String, KpiSummary> baseKpis,
            Map<String, KpiSummary> otherKpis, Map<String, Estimate> diffs, int replications,
            List<ServiceCheck> baseService, List<ServiceCheck> otherService) {
        return answer(base, other, baseKpis, otherKpis, diffs, replications, baseService, otherService, Map.of());
    }

    /**
     * The answer with the factor bands of the table beside it: a figure with a band is printed to the precision of
     * the band (the wider uncertainty), in the sentence as in the table.
     */
    public static String answer(String base, String other, Map<String, KpiSummary> baseKpis,
            Map<String, KpiSummary> otherKpis, Map<String, Estimate> diffs, int replications,
            List<ServiceCheck> baseService, List<ServiceCheck> otherService, Map<String, FactorBand.Band> bands) {
        String unlike = unlike(base, other, baseKpis, diffs, baseService, otherService);
        String cost = cost(base, other, baseKpis, otherKpis, diffs, replications, bands);
        return unlike.isEmpty() ? cost : unlike + " " + cost;
    }

    /**
     * What makes two designs unlike, first sentence of a decision: who misses service and how, who builds fewer
     * vehicles; empty when they deliver alike.
     */
    static String unlike(String base, String other, Map<String, KpiSummary> baseKpis, Map<String, Estimate> diffs,
            List<ServiceCheck> baseService, List<ServiceCheck> otherService) {
        List<String> parts = new ArrayList<>();
        if (ServiceCheck.anyMissed(otherService)) {
            parts.add(other + " misses service: " + ServiceCheck.missed(otherService));
        }
        if (ServiceCheck.anyMissed(baseService)) {
            parts.add(base + " misses service: " + ServiceCheck.missed(baseService));
        }
        Estimate v = diffs.get(Kpis.VEHICLES_BUILT);
        KpiSummary bv = baseKpis.get(Kpis.VEHICLES_BUILT);
        if (clear(v) && bv != null && Math.abs(v.mean()) > FEWER_VEHICLES_SHARE * Math.abs(bv.estimate().mean())) {
            Figure f = figure(Kpis.VEHICLES_BUILT);
            int dec = decimals(f, v, null);
            double lo = Math.min(Math.abs(v.ci95Low()), Math.abs(v.ci95High()));
            double hi = Math.max(Math.abs(v.ci95Low()), Math.abs(v.ci95High()));
            parts.add((v.mean() < 0 ? other : base) + " builds " + Numbers.format(Math.abs(v.mean()), dec) + " "
                    + Numbers.interval(lo, hi, dec) + " fewer vehicles a year than " + (v.mean() < 0 ? base : other));
        }
        if (parts.isEmpty()) {
            return "";
        }
        return String.join("; ", parts) + ". The designs do not deliver the same: their costs are not comparable "
                + "as they stand (total cost counts the margin of the vehicles not built, " + LOST_MARGIN_NOTE + ").";
    }

    /**
     * The recommendation in plain words, for the first screen: which design, what it saves a year, whether that holds
     * at every price in the factor band, and what it gives up. No recommendation on cost when the designs do not
     * deliver the same or when the cost difference is not clear.
     */
    static String recommendation(String base, String other, Map<String, KpiSummary> baseKpis,
            Map<String, Estimate> diffs, List<ServiceCheck> baseService, List<ServiceCheck> otherService,
            Map<String, FactorBand.Band> bands) {
        return recommendation(base, other, baseKpis, diffs, baseService, otherService, bands, Conditions.NONE);
    }

    /**
     * What other studies add to the recommendation.
     *
     * @param volume    the break-even volume in words ("~300,000 vehicles a year"), or null
     * @param carbon    where the carbon difference mostly comes from ("mostly energy assets (2,791 t of 4,939)"), or
     *                  null
     * @param breakEven the sweep's break-even the volume comes from (which design wins on which side), or null
     */
    public record Conditions(String volume, String carbon, DecisionContext.BreakEven breakEven) {
        public static final Conditions NONE = new Conditions(null, null, null);
    }

    /** The recommendation with its conditions: the volume it holds above (or below), what the carbon is made of. */
    static String recommendation(String base, String other, Map<String, KpiSummary> baseKpis,
            Map<String, Estimate> diffs, List<ServiceCheck> baseService, List<ServiceCheck> otherService,
            Map<String, FactorBand.Band> bands, Conditions conditions) {
        if (!unlike(base, other, baseKpis, diffs, baseService, otherService).isEmpty()) {
            return "Recommendation: none on cost yet: " + base + " and " + other + " do not deliver the same "
                    + "service or output (see below).";
        }
        Figure cost = figure(Kpis.COST_TOTAL_CNY);
        Estimate d = diffs.get(Kpis.COST_TOTAL_CNY);
        if (!clear(d)) {
            return "Recommendation: neither design is clearly cheaper (" + other + " minus " + base + ": "
                    + (d == null ? "n/a" : difference(cost, d, bands.get(Kpis.COST_TOTAL_CNY)) + " "
                    + cost.unit()) + "); decide on the other figures below.";
        }
        boolean otherWins = d.mean() < 0;
        String winner = otherWins ? other : base;
        String loser = otherWins ? base : other;
        FactorBand.Band band = bands.get(Kpis.COST_TOTAL_CNY);
        int dec = decimals(cost, d, band);
        StringBuilder s = new StringBuilder("Recommendation: ").append(winner).append(". It saves ")
                .append(Numbers.format(Math.abs(d.mean()) * cost.factor(), dec)).append(' ').append(cost.unit())
                .append(" in total cost against ").append(loser);
        if (band != null && Double.isFinite(band.p5()) && Double.isFinite(band.p95())) {
            double lo = Math.min(Math.abs(band.p5()), Math.abs(band.p95())) * cost.factor();
            double hi = Math.max(Math.abs(band.p5()), Math.abs(band.p95())) * cost.factor();
            boolean holds = Math.signum(band.p5()) == Math.signum(band.p95());
            s.append(holds ? ", " + Numbers.format(lo, dec) + "–" + Numbers.format(hi, dec)
                    + " " + cost.unit() + " at any price in the factor band (p5–p95)"
                    : ", but not at every price in the factor band (p5–p95 from " + Numbers.signed(
                            band.p5() * cost.factor(), dec) + " to " + Numbers.signed(band.p95() * cost.factor(), dec)
                    + ")");
        }
        DecisionContext.BreakEven b = conditions.breakEven();
        if (conditions.volume() != null && b != null) {
            if (winner.equals(b.cheaperAbove())) {
                s.append(", as long as the line builds more than ").append(conditions.volume());
            } else if (winner.equals(b.cheaperBelow())) {
                s.append(", as long as the line builds fewer than ").append(conditions.volume());
            }
        }
        Estimate c = diffs.get(Kpis.CO2_TOTAL_T);
        if (clear(c)) {
            Figure co2 = figure(Kpis.CO2_TOTAL_T);
            boolean sameWay = (c.mean() < 0) == otherWins;
            s.append(sameWay ? "; it also saves " : "; it emits ").append(Numbers.format(Math.abs(c.mean())
                    * co2.factor(), decimals(co2, c, bands.get(Kpis.CO2_TOTAL_T)))).append(' ').append(co2.unit())
                    .append(sameWay ? " of carbon" : " more carbon");
            if (conditions.carbon() != null) {
                s.append(", ").append(conditions.carbon());
            }
        }
        List<String> against = new ArrayList<>();
        for (Figure f : FIGURES) {
            Estimate e = diffs.get(f.kpi());
            if (f.kpi().startsWith("cost_") || f.kpi().startsWith("co2_") || !clear(e)) {
                continue;
            }
            // a figure that is clearly worse for the recommended design is a trade-off
            boolean betterForOther = good(f, e);
            if (betterForOther != otherWins) {
                against.add(f.name().substring(0, 1).toLowerCase(Locale.ROOT) + f.name().substring(1));
            }
        }
        s.append('.');
        if (!against.isEmpty()) {
            s.append(" It is worse on ").append(String.join(", ", against)).append(" (see the table).");
        }
        return s.toString();
    }

    /** Where the price of a vehicle not built comes from. */
    static final String LOST_MARGIN_NOTE = "lost_vehicle_margin_cny in the factor library";

    /** The cost and carbon sentence. */
    private static String cost(String base, String other, Map<String, KpiSummary> baseKpis,
            Map<String, KpiSummary> otherKpis, Map<String, Estimate> diffs, int replications,
            Map<String, FactorBand.Band> bands) {
        List<String> parts = new ArrayList<>();
        for (String kpi : List.of(Kpis.COST_TOTAL_CNY, Kpis.CO2_TOTAL_T)) {
            Figure f = figure(kpi);
            Estimate d = diffs.get(kpi);
            if (d == null || !Double.isFinite(d.mean())) {
                continue;
            }
            // the plain name inside a sentence: "total cost", "carbon"
            String what = f.name().substring(0, 1).toLowerCase(Locale.ROOT) + f.name().substring(1);
            String v = verdict(f, d);
            // the difference and its interval exactly as the table prints them, in the sign of the mean
            FactorBand.Band band = bands.get(kpi);
            String signed = difference(f, d, band) + " " + interval(f, d, band);
            if (v.equals(UNCLEAR)) {
                parts.add("no clear difference in " + what + " (" + signed + " " + f.unit() + ")");
            } else {
                double a = Math.abs(d.mean()) * f.factor();
                parts.add(v + " " + Numbers.format(a, decimals(f, d, band)) + " " + f.unit() + " in " + what + " ("
                        + signed + ")");
            }
        }
        StringBuilder s = new StringBuilder(other).append(" against ").append(base).append(" (differences are ")
                .append(other).append(" minus ").append(base).append("): ");
        s.append(parts.isEmpty() ? "see the table" : String.join(" and ", parts)).append('.');
        KpiSummary lb = baseKpis.get(Kpis.LEAD_TIME_H);
        KpiSummary lo = otherKpis.get(Kpis.LEAD_TIME_H);
        if (lb != null && lo != null && Double.isFinite(lb.estimate().mean()) && Double.isFinite(lo.estimate().mean())) {
            s.append(" Lead time ").append(Numbers.duration(lb.estimate().mean() * 3600)).append(" \u2192 ")
                    .append(Numbers.duration(lo.estimate().mean() * 3600)).append('.');
        }
        // the method's terms (paired replications, common random numbers) are in the method section
        s.append(" Each difference is a mean over ").append(Numbers.count(replications, "run"))
                .append(" of both designs with its 95% interval: \u201csaves\u201d or \u201ccosts\u201d when "
                        + "the interval excludes 0, \u201c" + UNCLEAR + "\u201d when it does not.");
        return s.toString();
    }

    /** What the intervals cover, and where the factor band goes. */
    public static String bandNote(boolean withBands) {
        return withBands ? "The 95% interval is replication noise only; the factor band is the 5th to 95th "
                + "percentile over the uncertain cost and emission factors."
                : "The 95% interval is replication noise only: uncertainty in the cost and emission factors is not in "
                + "it (a factor band appears here when the results carry one).";
    }

    /** A figure's mean in its unit, with the decimals its interval needs. */
    static String level(Figure f, KpiSummary k) {
        return Numbers.level(k.estimate().mean() * f.factor(), k.estimate().halfWidth() * f.factor());
    }

    /** A factor band in a figure's unit, empty where the KPI has none. */
    private static String bandCell(FactorBand.Band band, Figure f, int dec) {
        return band == null ? "" : Numbers.interval(band.p5() * f.factor(), band.p95() * f.factor(), dec);
    }

    /**
     * A difference's mean in its figure's unit, signed (+/−), with the decimals its interval needs: the one form the
     * table and the sentence share.
     */
    static String difference(Figure f, Estimate d, FactorBand.Band band) {
        return Numbers.signed(d.mean() * f.factor(), decimals(f, d, band));
    }

    /** A difference's 95% interval in its figure's unit, in the sign of its mean: the table's and the sentence's. */
    static String interval(Figure f, Estimate d, FactorBand.Band band) {
        int dec = decimals(f, d, band);
        return Numbers.interval(d.ci95Low() * f.factor(), d.ci95High() * f.factor(), dec);
    }

    /**
     * The decimals of a difference, its interval and its band: two significant digits of the widest half-width the
     * row shows, the replication interval's or, when there is one, the factor band's (a saving of −40.9 with a band
     * of [−50.6, −31.5] is not known to the third decimal, however narrow the replication noise).
     */
    static int decimals(Figure f, Estimate d, FactorBand.Band band) {
        double half = d.halfWidth();
        if (band != null && Double.isFinite(band.p5()) && Double.isFinite(band.p95())) {
            double h = (band.p95() - band.p5()) / 2;
            half = Double.isFinite(half) ? Math.max(half, h) : h;
        }
        return Numbers.decimalsFor(d.mean() * f.factor(), Math.abs(half * f.factor()));
    }

    static Figure figure(String kpi) {
        return FIGURES.stream().filter(f -> f.kpi().equals(kpi)).findFirst().orElseThrow();
    }
}
