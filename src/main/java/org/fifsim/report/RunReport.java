package org.fifsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.results.Kpis;
import org.fifsim.scenario.Scenario;

/** Assembles the report of one scenario run from its statistics, checks and charts. */
public final class RunReport {
    private RunReport() {
    }

    /**
     * @param figures chart figures by section key ("kpis", "flow", "line", "energy"); missing keys are fine
     * @param precision how a precision-driven run ended, or null for a fixed count
     * @param manifest the run's manifest.json tree, for the reproducibility facts
     */
    public static Report build(Scenario s, List<KpiSummary> kpis, int replications, WarmupCheck warmup,
            List<CheckResult> checks, Map<String, List<Block.Figure>> figures, PrecisionNote precision,
            JsonNode manifest) {
        List<Report.Section> sections = new ArrayList<>();
        List<Block> overview = new ArrayList<>();
        overview.add(new Block.Paragraph("Results of " + replications + " independent replications of scenario "
                + s.name() + ". Every figure is a mean over replications with its 95% confidence interval (Student t); "
                + "p5/p50/p95 show how far single replications scatter."));
        overview.add(Headline.of(kpis));
        String reps = Integer.toString(replications);
        if (precision != null) {
            reps += " (precision-driven, target \u00b1" + Numbers.percent(precision.target()) + ", "
                    + (precision.met() ? "met" : "not met within " + precision.cap()) + ")";
        }
        if (warmup.tooShort()) {
            overview.add(new Block.Notice(Block.Level.WARNING, warmup.warning(s.name())));
        }
        if (precision != null) {
            overview.add(new Block.Notice(precision.met() ? Block.Level.NOTE : Block.Level.WARNING,
                    precision.sentence()));
        }
        if (checks.stream().anyMatch(CheckResult::failed)) {
            overview.add(new Block.Notice(Block.Level.WARNING, "At least one built-in check failed: see Checks "
                    + "before using these numbers."));
        }
        sections.add(new Report.Section("overview", "Overview", overview));
        sections.add(new Report.Section("scenario", "Scenario and assumptions", List.of(ScenarioFacts.settings(s, reps),
                ScenarioFacts.assumptions(s))));

        List<Block> results = new ArrayList<>();
        results.add(KpiTable.of(kpis));
        results.addAll(figures.getOrDefault("kpis", List.of()));
        sections.add(new Report.Section("kpis", "Key performance indicators", results));
        sections.add(new Report.Section("carbon", "How carbon is counted",
                List.of(new Block.Bullets(org.fifsim.accounting.CarbonBasis.of(s)))));

        List<Block> flow = new ArrayList<>(figures.getOrDefault("flow", List.of()));
        if (!flow.isEmpty()) {
            sections.add(new Report.Section("flow", "Stock, lead time and output", flow));
        }
        List<Block> warm = new ArrayList<>();
        warm.add(warmup.tooShort() ? new Block.Notice(Block.Level.WARNING, warmup.statement())
                : new Block.Paragraph(warmup.statement()));
        sections.add(new Report.Section("warmup", "Warm-up", warm));
        List<Block> line = new ArrayList<>(figures.getOrDefault("line", List.of()));
        if (!line.isEmpty()) {
            sections.add(new Report.Section("line", "Pack line", line));
        }
        List<Block> energy = new ArrayList<>(figures.getOrDefault("energy", List.of()));
        if (!energy.isEmpty()) {
            sections.add(new Report.Section("energy", "Energy", energy));
        }
        sections.add(new Report.Section("checks", "Built-in checks", List.of(new Block.Paragraph(
                "Consistency checks run on every replication; a failure means a model or input error, not noise."),
                new Block.Checks(checks))));
        sections.add(new Report.Section("definitions", "KPI definitions", List.of(KpiTable.definitions(
                kpis.stream().map(KpiSummary::name).toList()))));
        sections.add(new Report.Section("manifest", "Reproducibility", List.of(ManifestFacts.of(manifest, ManifestFacts.RUN_FILES))));
        return new Report(s.name(), s.description() == null ? "" : s.description().strip(), sections);
    }

    /** The KPIs a planner asks for first, each as "name: mean ± half-width unit". */
    static final class Headline {
        static final List<String> KEY = List.of(Kpis.PACKS_GOOD, Kpis.VEHICLES_BUILT, Kpis.VEHICLE_LINE_STARVED,
                Kpis.LEAD_TIME_H, Kpis.PIPELINE_PACKS, Kpis.PV_SHARE, "cost_total_cny", "co2_total_t");

        private Headline() {
        }

        static Block.Facts of(List<KpiSummary> kpis) {
            Map<String, KpiSummary> by = KpiSummary.byName(kpis);
            List<Block.Fact> f = new ArrayList<>();
            for (String k : KEY) {
                KpiSummary s = by.get(k);
                if (s == null || !Double.isFinite(s.estimate().mean())) {
                    continue;
                }
                f.add(new Block.Fact(k, withInterval(s)));
            }
            return new Block.Facts(f);
        }
    }

    /** "684,908 ± 1,207 packs/yr" with the decimals the interval needs. */
    static String withInterval(KpiSummary s) {
        return meanAndHalfWidth(s) + (s.unit().isEmpty() ? "" : " " + s.unit());
    }

    /** "684,908 ± 1,207": the mean and the half-width of its 95% interval. */
    static String meanAndHalfWidth(KpiSummary s) {
        var e = s.estimate();
        int d = Numbers.decimalsFor(e.mean(), e.halfWidth());
        String hw = Double.isFinite(e.halfWidth()) ? " \u00b1 " + Numbers.format(e.halfWidth(), d) : "";
        return Numbers.format(e.mean(), d) + hw;
    }
}
