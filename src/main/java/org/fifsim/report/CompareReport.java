package org.fifsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.accounting.FactorBand;
import org.fifsim.accounting.FactorSwing;
import org.fifsim.analysis.CheckResult;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.analysis.Numbers;
import org.fifsim.analysis.ServiceCheck;
import org.fifsim.claims.ClaimCheck;
import org.fifsim.scenario.Scenario;
import org.fifsim.stats.Estimate;

/**
 * Assembles the report of a paired comparison, decision first: the answer and the deciding figures with their
 * verdicts, the public claims against the simulation, the charts that show what changes and why, then every KPI,
 * the method, the scenarios, the checks and the reproducibility facts.
 */
public final class CompareReport {
    private CompareReport() {
    }

    /**
     * What a comparison report is built from.
     *
     * @param scenarios    baseline first
     * @param replications paired replications per scenario
     * @param kpis         KPI summaries by scenario name
     * @param diffs        paired differences (other minus baseline) by other scenario name
     * @param checks       built-in checks by scenario name
     * @param figures      charts by other scenario name (decision chart, bridges)
     * @param bands        factor bands of the differences by other scenario name (empty when none)
     * @param claims       claims checked against the first other scenario (empty when none)
     * @param manifest     the manifest tree
     */
    public record Inputs(List<Scenario> scenarios, int replications, Map<String, List<KpiSummary>> kpis,
            Map<String, Map<String, Estimate>> diffs, Map<String, List<CheckResult>> checks,
            Map<String, List<Block.Figure>> figures, Map<String, Map<String, FactorBand.Band>> bands,
            List<ClaimCheck> claims, JsonNode manifest, DecisionContext context,
            Map<String, List<FactorSwing.Swing>> swings) {

        /** Without other studies or factor swings (tests, re-priced results). */
        public Inputs(List<Scenario> scenarios, int replications, Map<String, List<KpiSummary>> kpis,
                Map<String, Map<String, Estimate>> diffs, Map<String, List<CheckResult>> checks,
                Map<String, List<Block.Figure>> figures, Map<String, Map<String, FactorBand.Band>> bands,
                List<ClaimCheck> claims, JsonNode manifest) {
            this(scenarios, replications, kpis, diffs, checks, figures, bands, claims, manifest, DecisionContext.NONE,
                    Map.of());
        }
    }

    public static Report build(Inputs in) {
        Scenario base = in.scenarios().get(0);
        Map<String, KpiSummary> baseKpis = KpiSummary.byName(in.kpis().get(base.name()));
        List<Report.Section> sections = new ArrayList<>();
        sections.add(new Report.Section("summary", "Decision", summary(in)));
        if (!in.claims().isEmpty()) {
            String other = in.diffs().keySet().iterator().next();
            sections.add(new Report.Section("claims", "Public claims against the simulation", List.of(
                    new Block.Paragraph("Each claim as it was made, what it says in the KPI's unit, and what "
                            + "the simulation gives with its 95% interval. A claim agrees when the interval meets "
                            + "the claimed range; the assumption is what the simulated figure rests on."),
                    ClaimsTable.of(in.claims(), base.name(), other))));
        }
        List<Block> why = new ArrayList<>();
        in.figures().values().forEach(why::addAll);
        if (!why.isEmpty()) {
            sections.add(new Report.Section("why", "What changes, and why", why));
        }
        for (Map.Entry<String, Map<String, Estimate>> e : in.diffs().entrySet()) {
            Map<String, KpiSummary> otherKpis = KpiSummary.byName(in.kpis().get(e.getKey()));
            sections.add(new Report.Section("kpis-" + slug(e.getKey()), "All KPIs: " + e.getKey() + " vs "
                    + base.name(), List.of(new Block.Paragraph("Means of both designs and the paired difference ("
                    + e.getKey() + " minus " + base.name() + ") of every KPI. Muted rows: the interval includes 0, "
                    + "no clear difference."), DifferenceTable.of(base.name(), e.getKey(), baseKpis, otherKpis,
                    e.getValue()))));
        }
        List<Block> method = new ArrayList<>();
        method.add(new Block.Paragraph("Paired comparison against the baseline " + base.name() + ": every scenario "
                + "ran the same " + in.replications() + " replications with common random numbers (replication i "
                + "of each draws from the same streams), so each difference is the mean of " + in.replications()
                + " paired differences with its 95% t-interval. A difference whose interval includes 0 is marked: "
                + "the runs cannot tell it from no difference."));
        method.add(ScenarioFacts.settings(base, in.replications() + " per scenario, paired"));
        sections.add(new Report.Section("method", "Method", method));
        List<Block> assumptions = new ArrayList<>();
        for (Scenario s : in.scenarios()) {
            assumptions.add(new Block.Paragraph(s.name() + (s.description() == null || s.description().isBlank()
                    ? "" : ": " + s.description().strip()) + (s.source() == null ? "" : " (" + s.source() + ")")));
            assumptions.add(ScenarioFacts.assumptions(s));
        }
        assumptions.add(new Block.Paragraph("Prices and emission factors: every factor that priced the designs, with "
                + "its value in each (a distribution is an uncertain factor: each replication is priced at its mean, "
                + "and " + Numbers.count(org.fifsim.accounting.FactorSet.DRAWS, "joint draw") + " of every factor re-price the saved "
                + "activity for the factor band), its 5th to 95th percentile, unit and source. A factor two designs "
                + "share takes the same draw in both, so it moves the difference only through what the designs do "
                + "differently."));
        assumptions.add(ScenarioFacts.factors(in.scenarios()));
        sections.add(new Report.Section("scenarios", "Scenarios and assumptions", assumptions));
        List<Block> checkBlocks = new ArrayList<>();
        checkBlocks.add(new Block.Paragraph("Consistency checks on every replication of every scenario; a failure "
                + "means a model or input error, not noise."));
        for (Map.Entry<String, List<CheckResult>> e : in.checks().entrySet()) {
            List<CheckResult> named = e.getValue().stream()
                    .map(c -> new CheckResult(e.getKey() + ": " + c.name(), c.outcome(), c.detail())).toList();
            checkBlocks.add(new Block.Checks(named));
        }
        List<Block> carbon = new ArrayList<>();
        for (Scenario sc : in.scenarios()) {
            carbon.add(new Block.Paragraph(sc.name() + ":"));
            carbon.add(new Block.Bullets(org.fifsim.accounting.CarbonBasis.of(sc)));
        }
        sections.add(new Report.Section("carbon", "How carbon is counted", carbon));
        sections.add(new Report.Section("checks", "Built-in checks", checkBlocks));
        sections.add(new Report.Section("manifest", "Reproducibility", List.of(ManifestFacts.of(in.manifest(),
                ManifestFacts.COMPARE_FILES))));
        return new Report(FirstScreen.title(in.scenarios()), String.join(", ", in.diffs().keySet()) + " against "
                + base.name() + ": which costs less, by how much, and how sure. Every difference is "
                + String.join(", ", in.diffs().keySet().stream().map(o -> o + " minus " + base.name()).toList())
                + ".", sections);
    }

    /** The first screen: the answer, the deciding figures with verdicts, and what the intervals cover. */
    public static List<Block> summary(Inputs in) {
        Scenario base = in.scenarios().get(0);
        Map<String, KpiSummary> baseKpis = KpiSummary.byName(in.kpis().get(base.name()));
        List<Block> out = new ArrayList<>();
        boolean anyBand = false;
        for (Map.Entry<String, Map<String, Estimate>> e : in.diffs().entrySet()) {
            Map<String, KpiSummary> otherKpis = KpiSummary.byName(in.kpis().get(e.getKey()));
            Map<String, FactorBand.Band> bands = in.bands().getOrDefault(e.getKey(), Map.of());
            anyBand |= bands.keySet().stream().anyMatch(e.getValue()::containsKey);
            Scenario other = in.scenarios().stream().filter(x -> x.name().equals(e.getKey())).findFirst()
                    .orElseThrow();
            List<ServiceCheck> baseService = ServiceCheck.of(base.service(), baseKpis);
            List<ServiceCheck> otherService = ServiceCheck.of(other.service(), otherKpis);
            // the studies given with --context are of the baseline and the first other design
            boolean first = e.getKey().equals(in.diffs().keySet().iterator().next());
            DecisionContext ctx = first ? in.context() : DecisionContext.NONE;
            out.add(new Block.Paragraph(Decision.recommendation(base.name(), e.getKey(), baseKpis, e.getValue(),
                    baseService, otherService, bands, FirstScreen.conditions(base.name(), e.getKey(), ctx))));
            out.add(new Block.Paragraph(Decision.answer(base.name(), e.getKey(), baseKpis, otherKpis, e.getValue(),
                    in.replications(), baseService, otherService, bands)));
            String winner = winner(base.name(), e.getKey(), baseKpis, e.getValue(), baseService, otherService);
            if (winner != null) {
                out.add(new Block.Paragraph(FirstScreen.tradeOffs(base.name(), e.getKey(), winner, e.getValue())));
            }
            if (first) {
                out.add(new Block.Paragraph(FirstScreen.breakEven(ctx)));
            }
            Block.Table rests = FirstScreen.assumptions(in.scenarios(), e.getKey(), ctx,
                    in.swings().getOrDefault(e.getKey(), List.of()));
            if (!rests.rows().isEmpty()) {
                out.add(new Block.Paragraph("What the decision rests on: the assumptions that move it most, with "
                        + "their values, ranges (5th to 95th percentile of an uncertain price) and sources; every "
                        + "factor is under Scenarios and assumptions."));
                out.add(rests);
            }
            out.add(Decision.compared(base.name(), e.getKey(), baseKpis, otherKpis, e.getValue(), bands));
        }
        out.add(new Block.Paragraph(Decision.bandNote(anyBand)));
        for (Scenario s : in.scenarios()) {
            out.addAll(Verdicts.blocks(s, KpiSummary.byName(in.kpis().get(s.name()))));
        }
        if (in.checks().values().stream().flatMap(List::stream).anyMatch(CheckResult::failed)) {
            out.add(new Block.Notice(Block.Level.WARNING, "At least one built-in check failed: see Checks."));
        }
        return out;
    }

    /** The design recommended on cost, or null when the designs deliver unlike or neither is clearly cheaper. */
    static String winner(String base, String other, Map<String, KpiSummary> baseKpis, Map<String, Estimate> diffs,
            List<ServiceCheck> baseService, List<ServiceCheck> otherService) {
        Estimate d = diffs.get(org.fifsim.results.Kpis.COST_TOTAL_CNY);
        if (!Decision.unlike(base, other, baseKpis, diffs, baseService, otherService).isEmpty() || d == null
                || !Double.isFinite(d.ci95Low()) || d.includesZero()) {
            return null;
        }
        return d.mean() < 0 ? other : base;
    }

    private static String slug(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
