package org.fifsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.accounting.FactorBand;
import org.fifsim.analysis.CheckResult;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.analysis.Numbers;
import org.fifsim.analysis.PrecisionNote;
import org.fifsim.analysis.WarmupCheck;
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
        return build(s, kpis, replications, warmup, checks, figures, precision, manifest, Map.of());
    }

    /** As above, with the factor bands of the KPIs where the results carry them (empty when none). */
    public static Report build(Scenario s, List<KpiSummary> kpis, int replications, WarmupCheck warmup,
            List<CheckResult> checks, Map<String, List<Block.Figure>> figures, PrecisionNote precision,
            JsonNode manifest, Map<String, FactorBand.Band> bands) {
        List<Report.Section> sections = new ArrayList<>();
        sections.add(new Report.Section("summary", "Summary", summary(s, kpis, replications, warmup, checks,
                precision, bands)));
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
        String reps = Integer.toString(replications);
        if (precision != null) {
            reps += " (precision-driven, target \u00b1" + Numbers.percent(precision.target()) + ", "
                    + (precision.met() ? "met" : "not met within " + precision.cap()) + ")";
        }
        sections.add(new Report.Section("scenario", "Method, scenario and assumptions", List.of(new Block.Paragraph(
                "Results of " + replications + " independent replications of scenario " + s.name() + ". Every "
                + "figure is a mean over replications with its 95% confidence interval (Student t); p5/p50/p95 "
                + "show how far single replications scatter."), ScenarioFacts.settings(s, reps),
                ScenarioFacts.assumptions(s), new Block.Paragraph("Prices and emission factors that priced the run: "
                + "value (a distribution is uncertain: each replication is priced at its mean, its range goes into "
                + "the factor band), 5th to 95th percentile, unit and source."),
                ScenarioFacts.factors(List.of(s)))));
        sections.add(new Report.Section("checks", "Built-in checks", List.of(new Block.Paragraph(
                "Consistency checks run on every replication; a failure means a model or input error, not noise."),
                new Block.Checks(checks))));
        sections.add(new Report.Section("definitions", "KPI definitions", List.of(KpiTable.definitions(
                kpis.stream().map(KpiSummary::name).toList()))));
        sections.add(new Report.Section("manifest", "Reproducibility", List.of(ManifestFacts.of(manifest, ManifestFacts.RUN_FILES))));
        return new Report(s.name(), s.description() == null ? "" : s.description().strip(), sections);
    }

    /** The first screen: what the run says, the deciding figures, and the warnings a reader must not miss. */
    static List<Block> summary(Scenario s, List<KpiSummary> kpis, int replications, WarmupCheck warmup,
            List<CheckResult> checks, PrecisionNote precision, Map<String, FactorBand.Band> bands) {
        List<Block> out = new ArrayList<>();
        out.add(new Block.Paragraph("The figures that decide, from " + Numbers.count(replications, "replication")
                + " of " + s.name() + ": each a mean with its 95% interval, and how far single replications "
                + "scatter (p5\u2013p95)."));
        Map<String, KpiSummary> byName = KpiSummary.byName(kpis);
        out.add(Decision.single(byName, bands));
        out.add(new Block.Paragraph(Decision.bandNote(bands.keySet().stream().anyMatch(byName::containsKey))));
        out.addAll(Verdicts.blocks(s, byName));
        if (warmup.tooShort()) {
            out.add(new Block.Notice(Block.Level.WARNING, warmup.warning(s.name())));
        }
        if (precision != null) {
            out.add(new Block.Notice(precision.met() ? Block.Level.NOTE : Block.Level.WARNING,
                    precision.sentence()));
        }
        if (checks.stream().anyMatch(CheckResult::failed)) {
            out.add(new Block.Notice(Block.Level.WARNING, "At least one built-in check failed: see Checks "
                    + "before using these numbers."));
        }
        return out;
    }
}
