package org.fifsim.report.figure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.chart.WaterfallChart;
import org.fifsim.report.Block;
import org.fifsim.results.Kpi;
import org.fifsim.results.Kpis;
import org.fifsim.stats.Estimate;

/**
 * Cost and carbon bridges from the baseline's total to another scenario's, one bar per term: the paired mean
 * difference of each term KPI present in both runs. Terms missing from the results are skipped; with no term at all
 * there is no chart.
 */
final class WaterfallFigures {
    static final List<String> COST_TERMS = names(Kpis.COST_PARTS);
    static final String COST_TOTAL = Kpis.COST_TOTAL_CNY;
    static final List<String> CO2_TERMS = names(Kpis.CARBON_PARTS);
    static final String CO2_TOTAL = Kpis.CO2_TOTAL_T;
    /** The word of each term in its bridge, from the registry. */
    static final Map<String, String> LABELS = Stream.concat(Kpis.COST_PARTS.stream(), Kpis.CARBON_PARTS.stream())
            .collect(Collectors.toUnmodifiableMap(Kpis.Part::kpi, Kpis.Part::word));
    /**
     * A bridge's carbon unit. It says CO2e where the decision table says CO2 (the registry's display of
     * {@code co2_total_t}); kept as it is because the committed charts carry it.
     */
    private static final String CARBON_UNIT = "t CO2e/yr";

    private WaterfallFigures() {
    }

    /** The cost ({@code money}) or the carbon waterfall from {@code base} to {@code other}; empty without terms. */
    static List<Block.Figure> write(FigureWriter w, String base, String other, Map<String, KpiSummary> baseKpis,
            Map<String, Estimate> diffs, int replications, boolean money) throws IOException {
        Block.Figure f = money
                ? one(w, "cost", base, other, baseKpis, diffs, COST_TERMS, COST_TOTAL, "cost_", "_cny", replications,
                        true)
                : one(w, "carbon", base, other, baseKpis, diffs, CO2_TERMS, CO2_TOTAL, "co2_", "_t", replications,
                        false);
        return f == null ? List.of() : List.of(f);
    }

    /** A bridge: the scale of the numbers picks M CNY or CNY, t CO2e stays t. */
    record Bridge(double base, List<WaterfallChart.Step> steps, double scale, String unit) {
    }

    /** The steps of one bridge, or null when none of the terms is in both runs. */
    static Bridge bridge(Map<String, KpiSummary> baseKpis, Map<String, Estimate> diffs, List<String> terms,
            String total, String prefix, String suffix, boolean money) {
        List<String> present = terms.stream().filter(t -> diffs.containsKey(t) && baseKpis.containsKey(t)
                && Double.isFinite(diffs.get(t).mean()) && Double.isFinite(baseKpis.get(t).estimate().mean()))
                .toList();
        if (present.isEmpty()) {
            return null;
        }
        double baseTotal = 0;
        double deltaSum = 0;
        for (String t : present) {
            baseTotal += baseKpis.get(t).estimate().mean();
            deltaSum += diffs.get(t).mean();
        }
        double residualBase = 0;
        double residualDelta = 0;
        KpiSummary totalBase = baseKpis.get(total);
        Estimate totalDiff = diffs.get(total);
        if (totalBase != null && totalDiff != null && Double.isFinite(totalBase.estimate().mean())
                && Double.isFinite(totalDiff.mean())) {
            residualBase = totalBase.estimate().mean() - baseTotal;
            residualDelta = totalDiff.mean() - deltaSum;
            baseTotal = totalBase.estimate().mean();
        }
        double magnitude = Math.max(Math.abs(baseTotal), Math.abs(baseTotal + deltaSum + residualDelta));
        double scale = money && magnitude >= 1e6 ? 1e6 : 1;
        Kpi totalKpi = Kpis.named(total);
        String unit = money ? (scale == 1e6 ? totalKpi.display().unit() : totalKpi.unit()) : CARBON_UNIT;
        List<WaterfallChart.Step> steps = new ArrayList<>();
        for (String t : present) {
            String label = LABELS.getOrDefault(t, t.substring(prefix.length(), t.length() - suffix.length())
                    .replace('_', ' '));
            Estimate d = diffs.get(t);
            steps.add(new WaterfallChart.Step(label, d.mean() / scale, !d.includesZero() || !Double.isFinite(d.ci95Low())));
        }
        // terms outside the list (a total that is more than its known parts) still close the bridge
        if (Math.abs(residualDelta) > 1e-6 * Math.max(1, magnitude) || Math.abs(residualBase) > 1e-6 * magnitude) {
            steps.add(new WaterfallChart.Step("other", residualDelta / scale));
        }
        return new Bridge(baseTotal / scale, steps, scale, unit);
    }

    private static List<String> names(List<Kpis.Part> parts) {
        return parts.stream().map(Kpis.Part::kpi).toList();
    }

    private static Block.Figure one(FigureWriter w, String kind, String base, String other,
            Map<String, KpiSummary> baseKpis, Map<String, Estimate> diffs, List<String> terms, String total,
            String prefix, String suffix, int replications, boolean money) throws IOException {
        Bridge b = bridge(baseKpis, diffs, terms, total, prefix, suffix, money);
        if (b == null) {
            return null;
        }
        String what = money ? "Cost" : "Carbon";
        double otherTotal = b.base() + b.steps().stream().mapToDouble(WaterfallChart.Step::delta).sum();
        List<WaterfallChart.Step> shown = b.steps().stream().filter(WaterfallChart.Step::clear).toList();
        List<WaterfallChart.Step> noise = b.steps().stream().filter(s -> !s.clear()).toList();
        if (shown.isEmpty()) {
            // every change is noise: the bars say so (greyed, marked) rather than a bridge with no steps
            shown = b.steps();
            noise = List.of();
        }
        String footnote = noise.isEmpty() ? null : "Left out, within noise (interval includes 0; still in the totals): "
                + String.join(", ", noise.stream().map(s -> s.term() + " " + noiseValue(s.delta())).toList());
        String title = what + " bridge: " + base + " to " + other;
        String caption = "From " + base + "'s mean total to " + other + "'s, term by term (paired mean differences "
                + "over " + replications + " replications; red raises, blue lowers). Look for the one or two terms that "
                + "carry the change." + (footnote == null ? "" : " " + footnote + " " + b.unit() + ".");
        return w.write(WaterfallChart.create(base, b.base(), shown, other, otherTotal, title,
                what + " (" + b.unit() + ")", footnote == null ? null : footnote + " " + b.unit()),
                kind + "-waterfall-" + FigureWriter.slug(other), title, caption);
    }

    /** A noise term's value: two significant digits with its sign (+0.012, −1.3), "0" for none. */
    static String noiseValue(double v) {
        if (v == 0) {
            return "0";
        }
        String digits = new java.math.BigDecimal(Math.abs(v)).round(new java.math.MathContext(2)).stripTrailingZeros()
                .toPlainString();
        return (v < 0 ? "\u2212" : "+") + digits;
    }
}
