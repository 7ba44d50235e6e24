package org.fifsim.report.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fifsim.analysis.Numbers;
import org.fifsim.experiment.sweep.Perturbation;
import org.fifsim.experiment.sweep.SensitivityOutcome;
import org.fifsim.report.Block;
import org.fifsim.report.Report;
import org.fifsim.stats.Estimate;

/**
 * The report of a one-at-a-time sensitivity, decision first: per KPI, the keys ranked by how far they move it, each
 * change with its paired interval, and changes the interval cannot tell from zero marked as noise; then the tornado
 * charts and the method.
 */
public final class SensitivityReport {
    /** How a change within noise is marked. */
    static final String NOISE = "within noise";

    private SensitivityReport() {
    }

    public static Report build(SensitivityOutcome o, List<Path> charts, JsonNode manifest) {
        List<Report.Section> sections = new ArrayList<>();
        List<Block> summary = new ArrayList<>();
        summary.add(new Block.Paragraph(answer(o)));
        summary.add(new Block.Paragraph("What moves each KPI of " + o.scenario() + " most: each key set "
                + SensitivityWriter.percent(o.delta()) + " below and above its base value, all else at base, every "
                + "run paired with the base run (common random numbers). Keys are ranked by the larger change; a "
                + "change whose 95% interval includes 0 is marked \u201c" + NOISE + "\u201d and is not an effect."));
        summary.add(new Block.Paragraph("Every change is the setting minus the base run, in the unit a planner reads "
                + "(M CNY/yr, %, t CO2/yr; a share's change in percentage points), to the precision its 95% interval "
                + "allows."));
        for (String kpi : o.kpis()) {
            Estimate b = o.base().get(kpi);
            summary.add(new Block.Paragraph(KpiText.heading(kpi) + ": base " + KpiText.level(kpi, b) + "."));
            summary.add(ranking(o, kpi));
        }
        sections.add(new Report.Section("summary", "What matters most", summary));
        List<Block> figures = new ArrayList<>();
        for (Path c : charts) {
            String kpi = c.getFileName().toString().replace(".png", "").replaceFirst("^tornado-", "");
            figures.add(new Block.Figure("charts/" + c.getFileName(), "Tornado: " + KpiLabel.of(kpi),
                    "Bars from the base value "
                    + "to the KPI at each key's low and high setting, widest on top; grey bars are within noise.",
                    900, 500));
        }
        if (!figures.isEmpty()) {
            sections.add(new Report.Section("charts", "Charts", figures));
        }
        sections.add(new Report.Section("method", "Method", List.of(new Block.Paragraph(Numbers.count(
                o.replications(), "replication") + " per setting on seed " + o.seed() + "; "
                + o.settings().size() + " keys, each low and high. Files: sensitivity.csv, sensitivity.json, "
                + "manifest.json, run.json, charts/*.png and *.svg."), SweepReport.facts(manifest))));
        List<String> names = o.kpis().stream().map(k -> org.fifsim.report.FirstScreen.lower(KpiLabel.of(k)))
                .toList();
        String named = names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1))
                + " and " + names.get(names.size() - 1);
        return new Report("What moves " + o.scenario() + "'s " + named,
                "Each key \u2212/+" + SensitivityWriter.percent(o.delta()) + ", all else at base; changes are the "
                + "setting minus the base", sections);
    }

    /**
     * The answer in one sentence, for the first KPI asked: the key that moves it most, with both changes exactly as the
     * ranking table prints them, or that no key moves it beyond noise.
     */
    static String answer(SensitivityOutcome o) {
        String kpi = o.kpis().get(0);
        String what = o.scenario() + "'s " + org.fifsim.report.FirstScreen.lower(KpiLabel.of(kpi));
        for (int k : order(o, kpi)) {
            Estimate lo = o.lowDiff().get(k).get(kpi);
            Estimate hi = o.highDiff().get(k).get(kpi);
            if (SensitivityWriter.clear(lo) || SensitivityWriter.clear(hi)) {
                Perturbation p = o.settings().get(k);
                return "What matters most: " + p.key() + " moves " + what + " most: " + change(kpi, lo) + " at "
                        + p.low() + " and " + change(kpi, hi) + " at " + p.high() + " (in "
                        + KpiText.changeUnit(kpi) + "; base " + p.base() + ").";
            }
        }
        return "What matters most: no key moves " + what + " beyond noise at \u2212/+"
                + SensitivityWriter.percent(o.delta()) + ".";
    }

    /** The keys by the larger of their two changes, largest first. */
    static List<Integer> order(SensitivityOutcome o, String kpi) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < o.settings().size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingDouble((Integer k) -> -Math.max(abs(o.lowDiff().get(k).get(kpi)),
                abs(o.highDiff().get(k).get(kpi)))));
        return order;
    }

    static Block.Table ranking(SensitivityOutcome o, String kpi) {
        List<Integer> order = order(o, kpi);
        List<List<String>> rows = new ArrayList<>();
        List<Integer> muted = new ArrayList<>();
        for (int k : order) {
            Perturbation p = o.settings().get(k);
            Estimate lo = o.lowDiff().get(k).get(kpi);
            Estimate hi = o.highDiff().get(k).get(kpi);
            rows.add(List.of(p.key(), p.base(), p.low(), change(kpi, lo), p.high(), change(kpi, hi)));
            if (!SensitivityWriter.clear(lo) && !SensitivityWriter.clear(hi)) {
                muted.add(rows.size() - 1);
            }
        }
        return new Block.Table(List.of("key", "base", "low", "change at low [95%]", "high", "change at high [95%]"),
                new boolean[] {false, true, true, true, true, true}, rows, muted);
    }

    private static double abs(Estimate e) {
        return e == null || !Double.isFinite(e.mean()) ? 0 : Math.abs(e.mean());
    }

    private static String change(String kpi, Estimate d) {
        String s = KpiText.change(kpi, d);
        return d == null || SensitivityWriter.clear(d) ? s : s + " " + NOISE;
    }
}
