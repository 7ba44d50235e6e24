package org.fifsim.report.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.accounting.FactorSet;
import org.fifsim.analysis.Numbers;
import org.fifsim.experiment.sweep.Grid;
import org.fifsim.experiment.sweep.SweepOutcome;
import org.fifsim.report.Block;
import org.fifsim.report.Report;
import org.fifsim.results.Kpi;
import org.fifsim.results.Kpis;
import org.fifsim.stats.Estimate;

/**
 * The report of a sweep, decision first: with two designs, where each asked KPI's difference changes sign (the
 * break-even, with its interval from the bounds); then the charts, the numbers per point, and the method.
 */
public final class SweepReport {
    private SweepReport() {
    }

    public static Report build(SweepOutcome o, List<Path> charts, JsonNode manifest) {
        List<Report.Section> sections = new ArrayList<>();
        List<Block> summary = new ArrayList<>();
        String along = KpiText.key(o.grid().varies().get(0).key());
        if (o.scenarios().size() == 2) {
            summary.add(new Block.Paragraph(recommendation(o)));
            summary.add(new Block.Paragraph("Every difference in this report is " + o.scenarios().get(1) + " minus "
                    + o.scenarios().get(0) + ": the design swept against minus the baseline (the file named first), "
                    + "as compare's other minus baseline. Each value is in the unit a planner reads (M CNY/yr, %, "
                    + "t CO2/yr), with its 95% interval, to the precision that interval allows."));
            summary.add(new Block.Paragraph("Where " + o.scenarios().get(1) + " and " + o.scenarios().get(0)
                    + " break even as the " + along + " varies: the crossing is where the mean paired difference "
                    + "changes sign; its interval runs "
                    + "between the points where the 95% bounds of the difference reach 0 (open: that bound does not "
                    + "reach 0 within the swept range). More replications narrow the interval; they do not move "
                    + "the crossing."));
            if (o.crossings().stream().anyMatch(c -> c.band() != null)) {
                summary.add(new Block.Paragraph("For cost and carbon KPIs the factor band is the spread that "
                        + "parameter uncertainty (prices, emission factors) gives the break-even, which more "
                        + "replications do not narrow: each point's saved activity is priced with "
                        + Numbers.count(FactorSet.DRAWS, "joint factor draw") + ", the same draws at every point "
                        + "and in both designs; the band runs from the 5th to the 95th percentile of where each "
                        + "draw's difference crosses 0 (same rule). A draw whose difference keeps its sign over the "
                        + "range is counted at the end where "
                        + "it is nearer 0; when 5% or more of the draws are at one end, the band is open there "
                        + "(\"below\" or \"above\" that end) instead of a made-up number."));
            }
            summary.add(crossings(o));
        } else {
            summary.add(new Block.Paragraph("How the asked KPIs of " + o.scenarios().get(0) + " change as the " + along
                    + " varies, from the first point to the last (means with 95% intervals)."));
        }
        summary.add(ends(o));
        sections.add(new Report.Section("summary", o.scenarios().size() == 2 ? "Break-even" : "Summary", summary));
        List<Block> figures = new ArrayList<>();
        for (Path c : charts) {
            String name = c.getFileName().toString().replace(".png", "");
            boolean diff = name.endsWith("-difference");
            String kpi = diff ? name.substring(0, name.length() - "-difference".length()) : name;
            figures.add(new Block.Figure("charts/" + c.getFileName(),
                    KpiLabel.of(kpi) + (diff ? ", paired difference" : ""),
                    diff ? "The paired difference with its 95% band; the marker is the break-even, the shaded "
                            + "strip its interval." : "Each design's mean with its 95% band.", 900, 500));
        }
        if (!figures.isEmpty()) {
            sections.add(new Report.Section("charts", "Charts", figures));
        }
        List<Block> points = new ArrayList<>();
        for (String kpi : o.kpis()) {
            points.add(new Block.Paragraph(KpiText.heading(kpi) + (o.differences().isEmpty() ? ""
                    : "; the difference in " + KpiText.changeUnit(kpi)) + ":"));
            points.add(pointTable(o, kpi));
        }
        sections.add(new Report.Section("points", "Every point", points));
        sections.add(new Report.Section("method", "Method", List.of(new Block.Paragraph(o.grid().points().size()
                + " points \u00d7 " + Numbers.count(o.replications(), "replication") + " per design, all on seed "
                + o.seed() + " (common random numbers across points and designs, so differences are paired). "
                + "Files: sweep.csv, against.csv and difference.csv (with a second design), sweep.json, "
                + "manifest.json, run.json, charts/*.png and *.svg."), facts(manifest))));
        String title = o.scenarios().size() == 2
                ? o.scenarios().get(1) + " against " + o.scenarios().get(0) + " as the " + along + " varies"
                : o.scenarios().get(0) + " as the " + along + " varies";
        return new Report(title, "Varied: " + String.join(", ", o.grid().varies().stream().map(v -> v.key())
                .toList()) + (o.scenarios().size() == 2 ? "; differences are " + o.scenarios().get(1) + " minus "
                + o.scenarios().get(0) : ""), sections);
    }

    /**
     * The sweep's answer in one sentence, on total cost when it was asked (else the first KPI with a direction): which
     * design is better on which side of the break-even, or on the whole range when there is none.
     */
    static String recommendation(SweepOutcome o) {
        String kpi = o.kpis().contains(Kpis.COST_TOTAL_CNY) ? Kpis.COST_TOTAL_CNY : o.kpis().stream()
                .filter(k -> Kpis.get(k) != null && Kpis.get(k).direction() != Kpi.Direction.NEITHER).findFirst()
                .orElse(null);
        String base = o.scenarios().get(0);
        String other = o.scenarios().get(1);
        if (kpi == null) {
            return "Recommendation: none; no asked KPI has a better direction (see the break-even table).";
        }
        String what = org.fifsim.report.FirstScreen.lower(KpiLabel.of(kpi));
        SweepOutcome.LineCrossing c = o.crossings().stream().filter(x -> x.kpi().equals(kpi)
                && x.line().fixed().isEmpty()).findFirst().orElse(null);
        int first = 0;
        int last = o.grid().points().size() - 1;
        // "above" and "below" on the x KPI when there is one; else along the points as listed
        boolean rising = o.xKpi() == null || mean(o, first) <= mean(o, last);
        String better = betterAt(o, kpi, rising ? last : first);
        String worse = better == null ? null : better.equals(other) ? base : other;
        if (c == null || !c.crossing().found() || better == null) {
            String everywhere = betterAt(o, kpi, first);
            return everywhere == null || !everywhere.equals(betterAt(o, kpi, last))
                    ? "Recommendation on " + what + ": none within the swept range (see the break-even table)."
                    : "Recommendation on " + what + ": " + everywhere + " over the whole swept range (no break-even "
                    + "within it).";
        }
        if (better.equals(betterAt(o, kpi, rising ? first : last))) {
            return "Recommendation on " + what + ": " + better + " at both ends of the swept range; the mean "
                    + "difference changes sign in between (at " + CrossingText.value(o, c) + "): see the charts.";
        }
        String side = o.xKpi() == null ? "after" : "above";
        String other2 = o.xKpi() == null ? "before" : "below";
        return "Recommendation on " + what + ": " + better + " " + side + " the break-even at "
                + CrossingText.value(o, c) + ", " + worse + " " + other2 + " it"
                + (c.band() == null ? "." : " (its factor band is in the table).");
    }

    private static double mean(SweepOutcome o, int point) {
        Estimate e = o.xKpi() == null ? null : o.estimates().get(0).get(point).get(o.xKpi());
        return e == null ? point : e.mean();
    }

    /** The design better on {@code kpi} at a point, by the mean difference and the KPI's direction; null if neither. */
    private static String betterAt(SweepOutcome o, String kpi, int point) {
        Estimate d = o.differences().isEmpty() ? null : o.differences().get(point).get(kpi);
        Kpi k = Kpis.get(kpi);
        if (d == null || k == null || !Double.isFinite(d.mean()) || d.mean() == 0
                || k.direction() == Kpi.Direction.NEITHER) {
            return null;
        }
        boolean otherBetter = k.direction() == Kpi.Direction.LESS_IS_BETTER ? d.mean() < 0 : d.mean() > 0;
        return otherBetter ? o.scenarios().get(1) : o.scenarios().get(0);
    }

    static Block.Table crossings(SweepOutcome o) {
        String key = o.grid().varies().get(0).key();
        boolean fixed = o.crossings().stream().anyMatch(c -> !c.line().fixed().isEmpty());
        List<String> header = new ArrayList<>(List.of("KPI", "break-even [interval] (factor band)",
                KpiText.key(key)));
        if (fixed) {
            header.add("other keys");
        }
        boolean[] numeric = new boolean[header.size()];
        // the crossing is a sentence: left-aligned, so it wraps instead of widening the table
        numeric[2] = true;
        List<List<String>> rows = new ArrayList<>();
        for (SweepOutcome.LineCrossing c : o.crossings()) {
            List<String> row = new ArrayList<>(List.of(KpiLabel.of(c.kpi()), CrossingText.withBand(o, c),
                    c.crossing().found() ? c.at() : ""));
            if (fixed) {
                row.add(c.line().fixed().toString());
            }
            rows.add(row);
        }
        return new Block.Table(header, numeric, rows, List.of());
    }

    /** The asked KPIs at the first and the last point, per design. */
    static Block.Table ends(SweepOutcome o) {
        Grid g = o.grid();
        int first = 0;
        int last = g.points().size() - 1;
        List<String> header = new ArrayList<>(List.of("KPI", "design", g.label(first), g.label(last)));
        List<List<String>> rows = new ArrayList<>();
        for (String kpi : o.kpis()) {
            for (int s = 0; s < o.scenarios().size(); s++) {
                rows.add(List.of(KpiText.heading(kpi), o.scenarios().get(s),
                        KpiText.level(kpi, o.estimates().get(s).get(first).get(kpi)),
                        KpiText.level(kpi, o.estimates().get(s).get(last).get(kpi))));
            }
        }
        return new Block.Table(header, new boolean[] {false, false, true, true}, rows, List.of());
    }

    static Block.Table pointTable(SweepOutcome o, String kpi) {
        Grid g = o.grid();
        List<String> header = new ArrayList<>();
        header.add("point");
        header.addAll(o.scenarios());
        boolean diff = !o.differences().isEmpty();
        if (diff) {
            header.add(o.scenarios().get(1) + " \u2212 " + o.scenarios().get(0));
        }
        boolean[] numeric = new boolean[header.size()];
        for (int i = 1; i < numeric.length; i++) {
            numeric[i] = true;
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> muted = new ArrayList<>();
        for (int p = 0; p < g.points().size(); p++) {
            List<String> row = new ArrayList<>();
            row.add(g.label(p));
            for (int s = 0; s < o.scenarios().size(); s++) {
                row.add(KpiText.level(kpi, o.estimates().get(s).get(p).get(kpi)));
            }
            if (diff) {
                Estimate d = o.differences().get(p).get(kpi);
                row.add(KpiText.change(kpi, d));
                if (d != null && d.includesZero()) {
                    muted.add(rows.size());
                }
            }
            rows.add(row);
        }
        return new Block.Table(header, numeric, rows, muted);
    }

    static String cell(Estimate e) {
        if (e == null || !Double.isFinite(e.mean())) {
            return "n/a";
        }
        int d = Numbers.decimalsFor(e.mean(), e.halfWidth());
        return Numbers.format(e.mean(), d) + (Double.isFinite(e.ci95Low())
                ? " " + Numbers.interval(e.ci95Low(), e.ci95High(), d) : "");
    }

    static Block.Facts facts(JsonNode manifest) {
        List<Block.Fact> f = new ArrayList<>();
        // the commit, wall time and machine are in run.json: an unchanged rerun rewrites this report byte for byte
        for (String k : List.of("fifsim_version", "command", "runs", "events")) {
            JsonNode v = manifest.get(k);
            if (v != null && !v.isNull()) {
                f.add(new Block.Fact(k.replace('_', ' '), v.isArray() ? String.join(" ",
                        iterable(v)) : v.asText()));
            }
        }
        return new Block.Facts(f);
    }

    private static List<String> iterable(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.asText()));
        return out;
    }
}
