package org.fifsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.scenario.Scenario;
import org.fifsim.stats.Estimate;

/** Assembles the report of a paired comparison: differences in words, means side by side, bridges and checks. */
public final class CompareReport {
    private CompareReport() {
    }

    /**
     * @param scenarios baseline first
     * @param kpis KPI summaries by scenario name
     * @param diffs paired differences (other minus baseline) by other scenario name
     * @param checks built-in checks by scenario name
     * @param kpiBars side-by-side KPI charts
     * @param bridges cost and carbon waterfalls by other scenario name
     */
    public static Report build(List<Scenario> scenarios, int replications, Map<String, List<KpiSummary>> kpis,
            Map<String, Map<String, Estimate>> diffs, Map<String, List<CheckResult>> checks,
            List<Block.Figure> kpiBars, Map<String, List<Block.Figure>> bridges, JsonNode manifest) {
        Scenario base = scenarios.get(0);
        List<Report.Section> sections = new ArrayList<>();
        List<Block> overview = new ArrayList<>();
        overview.add(new Block.Paragraph("Paired comparison against the baseline " + base.name() + ": every scenario "
                + "ran the same " + replications + " replications with common random numbers (replication i of each "
                + "draws from the same streams), so each difference below is the mean of " + replications
                + " paired differences with its 95% t-interval. A difference whose interval includes 0 is marked: "
                + "the runs cannot tell it from no difference."));
        overview.add(ScenarioFacts.settings(base, replications + " per scenario, paired"));
        boolean failed = checks.values().stream().flatMap(List::stream).anyMatch(CheckResult::failed);
        if (failed) {
            overview.add(new Block.Notice(Block.Level.WARNING, "At least one built-in check failed: see Checks."));
        }
        sections.add(new Report.Section("overview", "Overview", overview));

        Map<String, KpiSummary> baseKpis = KpiSummary.byName(kpis.get(base.name()));
        for (Map.Entry<String, Map<String, Estimate>> e : diffs.entrySet()) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Block.Paragraph(e.getKey() + " minus " + base.name() + ", KPI by KPI (relative change "
                    + "against the baseline mean in brackets):"));
            blocks.add(new Block.Bullets(DifferenceSentences.of(base.name(), e.getKey(), e.getValue(), baseKpis)));
            blocks.addAll(bridges.getOrDefault(e.getKey(), List.of()));
            sections.add(new Report.Section("diff-" + slug(e.getKey()), e.getKey() + " vs " + base.name(), blocks));
        }

        List<Block> means = new ArrayList<>();
        means.add(sideBySide(scenarios, kpis));
        means.addAll(kpiBars);
        sections.add(new Report.Section("means", "KPI means side by side", means));

        List<Block> assumptions = new ArrayList<>();
        for (Scenario s : scenarios) {
            assumptions.add(new Block.Paragraph(s.name() + (s.description() == null || s.description().isBlank() ? ""
                    : ": " + s.description().strip()) + (s.source() == null ? "" : " (" + s.source() + ")")));
            assumptions.add(ScenarioFacts.assumptions(s));
        }
        sections.add(new Report.Section("scenarios", "Scenarios and assumptions", assumptions));

        List<Block> checkBlocks = new ArrayList<>();
        checkBlocks.add(new Block.Paragraph("Consistency checks on every replication of every scenario; a failure "
                + "means a model or input error, not noise."));
        for (Map.Entry<String, List<CheckResult>> e : checks.entrySet()) {
            List<CheckResult> named = e.getValue().stream()
                    .map(c -> new CheckResult(e.getKey() + ": " + c.name(), c.outcome(), c.detail())).toList();
            checkBlocks.add(new Block.Checks(named));
        }
        List<Block> carbon = new ArrayList<>();
        for (Scenario sc : scenarios) {
            carbon.add(new Block.Paragraph(sc.name() + ":"));
            carbon.add(new Block.Bullets(org.fifsim.accounting.CarbonBasis.of(sc)));
        }
        sections.add(new Report.Section("carbon", "How carbon is counted", carbon));
        sections.add(new Report.Section("checks", "Built-in checks", checkBlocks));
        sections.add(new Report.Section("manifest", "Reproducibility", List.of(ManifestFacts.of(manifest, ManifestFacts.COMPARE_FILES))));
        String title = String.join(" vs ", scenarios.stream().map(Scenario::name).toList());
        return new Report(title, "Comparison with common random numbers, baseline " + base.name() + ".", sections);
    }

    /** Mean ± half-width of every KPI in every scenario. */
    static Block.Table sideBySide(List<Scenario> scenarios, Map<String, List<KpiSummary>> kpis) {
        List<String> header = new ArrayList<>();
        header.add("KPI");
        Map<String, Map<String, KpiSummary>> by = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            header.add(s.name());
            by.put(s.name(), KpiSummary.byName(kpis.getOrDefault(s.name(), List.of())));
        }
        header.add("unit");
        boolean[] numeric = new boolean[header.size()];
        for (int i = 1; i < numeric.length - 1; i++) {
            numeric[i] = true;
        }
        List<List<String>> rows = new ArrayList<>();
        for (KpiSummary k : kpis.get(scenarios.get(0).name())) {
            List<String> row = new ArrayList<>();
            row.add(k.name());
            for (Scenario s : scenarios) {
                KpiSummary v = by.get(s.name()).get(k.name());
                row.add(v == null ? "" : RunReport.meanAndHalfWidth(v));
            }
            row.add(k.unit());
            rows.add(row);
        }
        return new Block.Table(header, numeric, rows, List.of());
    }

    private static String slug(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
