package org.fifsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.fifsim.accounting.FactorBand;
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
            Kpis.VEHICLE_LINE_STARVED, Kpis.COST_PER_PACK_CNY).map(Figure::of).toList();

    private Decision() {
    }

    /** The verdict of a paired difference (other minus base) of a figure. */
    public static String verdict(Figure f, Estimate d) {
        if (d == null || !Double.isFinite(d.ci95Low()) || d.includesZero()) {
            return UNCLEAR;
        }
        boolean less = d.mean() < 0;
        return (f.direction() == Kpi.Direction.LESS_IS_BETTER) == less ? "saves" : "costs";
    }

    /** True when a verdict is for the better ("saves"). */
    public static boolean good(String verdict) {
        return verdict.equals("saves");
    }

    /**
     * The decision table of one comparison: figure, base mean, other mean, difference, its interval, the verdict and,
     * when any figure has one, the factor band of the difference. Rows without a clear difference are muted.
     */
    static Block.Table compared(String base, String other, Map<String, KpiSummary> baseKpis,
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
            int dec = decimals(f, d);
            List<String> row = new ArrayList<>();
            row.add(f.name() + " (" + f.unit() + ")");
            row.add(level(f, b));
            row.add(level(f, o));
            row.add(Numbers.signed(d.mean() * f.factor(), dec) + (f.unit().equals("%") ? " points" : ""));
            row.add(Numbers.interval(d.ci95Low() * f.factor(), d.ci95High() * f.factor(), dec));
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

    /**
     * The answer in one sentence: "seres-fif saves 93.5 M CNY/yr [92.1, 94.9] in total cost and 1,329 t CO2/yr
     * [...] of carbon against seres-remote; lead time 47 h → 0.33 h."
     */
    static String answer(String base, String other, Map<String, KpiSummary> baseKpis,
            Map<String, KpiSummary> otherKpis, Map<String, Estimate> diffs, int replications) {
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
            int dec = decimals(f, d);
            if (v.equals(UNCLEAR)) {
                parts.add("no clear difference in " + what + " (" + Numbers.signed(d.mean() * f.factor(), dec) + " "
                        + f.unit() + ", " + Numbers.interval(d.ci95Low() * f.factor(), d.ci95High() * f.factor(), dec)
                        + ")");
            } else {
                double a = Math.abs(d.mean()) * f.factor();
                double lo = Math.min(Math.abs(d.ci95Low()), Math.abs(d.ci95High())) * f.factor();
                double hi = Math.max(Math.abs(d.ci95Low()), Math.abs(d.ci95High())) * f.factor();
                parts.add(v + " " + Numbers.format(a, dec) + " " + f.unit() + " " + Numbers.interval(lo, hi, dec)
                        + " in " + what);
            }
        }
        StringBuilder s = new StringBuilder(other).append(" against ").append(base).append(": ");
        s.append(parts.isEmpty() ? "see the table" : String.join(" and ", parts)).append('.');
        KpiSummary lb = baseKpis.get(Kpis.LEAD_TIME_H);
        KpiSummary lo = otherKpis.get(Kpis.LEAD_TIME_H);
        if (lb != null && lo != null && Double.isFinite(lb.estimate().mean()) && Double.isFinite(lo.estimate().mean())) {
            s.append(" Lead time ").append(Numbers.duration(lb.estimate().mean() * 3600)).append(" \u2192 ")
                    .append(Numbers.duration(lo.estimate().mean() * 3600)).append('.');
        }
        s.append(" Each difference is the mean of ").append(Numbers.count(replications, "paired replication"))
                .append(" (common random numbers) with its 95% interval: \u201csaves\u201d or \u201ccosts\u201d when "
                        + "the interval excludes 0, \u201c" + UNCLEAR + "\u201d when it does not.");
        return s.toString();
    }

    /** What the intervals cover, and where the factor band goes. */
    static String bandNote(boolean withBands) {
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

    private static int decimals(Figure f, Estimate d) {
        return Numbers.decimalsFor(d.mean() * f.factor(), d.halfWidth() * f.factor());
    }

    static Figure figure(String kpi) {
        return FIGURES.stream().filter(f -> f.kpi().equals(kpi)).findFirst().orElseThrow();
    }
}
