package org.fifsim.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.accounting.FactorBand;
import org.fifsim.accounting.FactorSet;
import org.fifsim.accounting.FactorSwing;
import org.fifsim.analysis.CheckResult;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.analysis.ModelChecks;
import org.fifsim.analysis.PairedDifferences;
import org.fifsim.claims.Claim;
import org.fifsim.claims.ClaimCheck;
import org.fifsim.report.figure.CompareFigures;
import org.fifsim.report.figure.Render;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.stats.Estimate;
import org.fifsim.store.ActivityJson;
import org.fifsim.store.ClaimsJson;
import org.fifsim.store.ComparisonJson;
import org.fifsim.store.Json;
import org.fifsim.store.Manifest;
import org.fifsim.store.OutputPaths;
import org.fifsim.store.ReplicationsCsv;
import org.fifsim.store.ResultsFolder;
import org.fifsim.store.SummaryJson;

/**
 * Writes the results folder of a comparison, atomically: comparison.json, a sub-folder per scenario (summary.json,
 * replications.csv), manifest.json, the charts, the report, summary.md (the decision table, for a README) and, with
 * claims, claims.json and claims.md.
 */
public final class CompareWriter {
    /** The decision excerpt beside the report, for README blocks. */
    public static final String SUMMARY_MD = "summary.md";
    /** The claims table beside the report, for README blocks (with --claims). */
    public static final String CLAIMS_MD = "claims.md";

    private CompareWriter() {
    }

    /** As {@link #write(Path, List, Map, int, List, List)} without claims. */
    public static Map<String, Map<String, Estimate>> write(Path target, List<Scenario> scenarios,
            Map<String, List<ReplicationResult>> results, int threads, List<String> command) throws IOException {
        return write(target, scenarios, results, threads, command, List.of());
    }

    /**
     * The factor bands of a comparison: every scenario and every difference from the same draws (the baseline's
     * seed), so a factor both designs share takes the same value in both.
     */
    public record Bands(Map<String, Map<String, FactorBand.Band>> scenarios,
            Map<String, Map<String, FactorBand.Band>> differences) {

        static Bands of(List<Scenario> scenarios, Map<String, FactorSet> factors,
                Map<String, List<ReplicationResult>> results) {
            long seed = scenarios.get(0).run().seed();
            Map<String, FactorBand.Draws> draws = new LinkedHashMap<>();
            for (Scenario s : scenarios) {
                draws.put(s.name(), FactorBand.draws(factors.get(s.name()), activity(results.get(s.name())), seed,
                        FactorSet.DRAWS));
            }
            return from(draws);
        }

        /** Bands from each scenario's draws (baseline first), made with the same seed. */
        public static Bands from(Map<String, FactorBand.Draws> draws) {
            Map<String, Map<String, FactorBand.Band>> each = new LinkedHashMap<>();
            Map<String, Map<String, FactorBand.Band>> diffs = new LinkedHashMap<>();
            FactorBand.Draws base = null;
            for (Map.Entry<String, FactorBand.Draws> e : draws.entrySet()) {
                each.put(e.getKey(), FactorBand.of(e.getValue()));
                if (base == null) {
                    base = e.getValue();
                } else {
                    diffs.put(e.getKey(), FactorBand.difference(base, e.getValue()));
                }
            }
            return new Bands(each, diffs);
        }

        private static List<org.fifsim.results.Activity> activity(List<ReplicationResult> r) {
            return r.stream().map(ReplicationResult::activity).toList();
        }
    }

    /**
     * @param scenarios baseline first
     * @param results replications by scenario name
     * @param claims claims to check against the baseline and the first other scenario (may be empty)
     * @return the paired differences by other scenario name
     */
    public static Map<String, Map<String, Estimate>> write(Path target, List<Scenario> scenarios,
            Map<String, List<ReplicationResult>> results, int threads, List<String> command, List<Claim> claims)
            throws IOException {
        return written(target, scenarios, results, threads, command, claims, null).diffs();
    }

    /** The sub-folder of compare --explain inside the comparison's results folder. */
    public static final String EXPLAIN = "explain";

    /**
     * As {@link #write(Path, List, Map, int, List, List)}, and with {@code explained} (the baseline against the
     * first other, may be null) its files in the sub-folder {@value #EXPLAIN} and a section of the report on it,
     * all in the same atomic results folder.
     */
    public static Map<String, Map<String, Estimate>> write(Path target, List<Scenario> scenarios,
            Map<String, List<ReplicationResult>> results, int threads, List<String> command, List<Claim> claims,
            ExplainWriter.Explained explained) throws IOException {
        return written(target, scenarios, results, threads, command, claims, explained).diffs();
    }

    /**
     * What a comparison wrote: the paired differences and the decision blocks that open its report (the blocks of
     * {@code summary.md}, which the console prints too).
     */
    public record Written(Map<String, Map<String, Estimate>> diffs, List<Block> decision) {
    }

    /** As {@link #write(Path, List, Map, int, List, List, ExplainWriter.Explained)}, also returning the decision. */
    public static Written written(Path target, List<Scenario> scenarios,
            Map<String, List<ReplicationResult>> results, int threads, List<String> command, List<Claim> claims,
            ExplainWriter.Explained explained) throws IOException {
        return written(target, scenarios, results, threads, command, claims, explained, DecisionContext.NONE);
    }

    /**
     * As above, with what other studies of the pair say (compare --context): their break-even, shares and
     * sensitivities go on the first screen; an explanation made in this run replaces a read one.
     */
    public static Written written(Path target, List<Scenario> scenarios,
            Map<String, List<ReplicationResult>> results, int threads, List<String> command, List<Claim> claims,
            ExplainWriter.Explained explained, DecisionContext context) throws IOException {
        Scenario base = scenarios.get(0);
        List<ReplicationResult> baseResults = results.get(base.name());
        Map<String, Map<String, Estimate>> diffs = new LinkedHashMap<>();
        Map<String, List<KpiSummary>> kpis = new LinkedHashMap<>();
        Map<String, List<CheckResult>> checks = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            kpis.put(s.name(), KpiSummary.of(results.get(s.name())));
            checks.put(s.name(), ModelChecks.of(s, results.get(s.name())));
            if (s != base) {
                diffs.put(s.name(), PairedDifferences.of(baseResults, results.get(s.name())));
            }
        }
        int replications = baseResults.size();
        try (ResultsFolder folder = ResultsFolder.open(target);
                Render.Drawing<List<Block.Figure>> charts = CompareFigures.start(folder.dir(), base.name(),
                        KpiSummary.byName(kpis.get(base.name())), diffs, replications)) {
            // the charts are drawn on their own threads while this one computes and writes the data files
            Path dir = folder.dir();
            List<ClaimCheck> checked = check(claims, scenarios, kpis, diffs);
            Map<String, FactorSet> factors = new LinkedHashMap<>();
            for (Scenario s : scenarios) {
                factors.put(s.name(), FactorSet.of(s));
            }
            Bands factorBands = Bands.of(scenarios, factors, results);
            Map<String, List<FactorSwing.Swing>> swings = new LinkedHashMap<>();
            for (Scenario s : scenarios.subList(1, scenarios.size())) {
                swings.put(s.name(), FactorSwing.of(Kpis.COST_TOTAL_CNY, factors.get(base.name()),
                        Bands.activity(baseResults), factors.get(s.name()), Bands.activity(results.get(s.name()))));
            }
            DecisionContext ctx = explained == null ? context : context.withExplanation(base.name(),
                    scenarios.get(1).name(), explained.attribution(), EXPLAIN + "/ (compare --explain)");
            ObjectNode comparison = ComparisonJson.build(base.name(), diffs, factorBands.differences());
            Json.write(dir.resolve("comparison.json"), comparison);
            for (Scenario s : scenarios) {
                Path sub = dir.resolve(s.name());
                Files.createDirectories(sub);
                List<ReplicationResult> r = results.get(s.name());
                SummaryJson.write(sub.resolve("summary.json"), s, r.size(), kpis.get(s.name()),
                        factorBands.scenarios().get(s.name()));
                ReplicationsCsv.write(sub.resolve("replications.csv"), r);
                ActivityJson.write(sub, s, factors.get(s.name()), r);
            }
            if (!checked.isEmpty()) {
                Json.write(dir.resolve("claims.json"), ClaimsJson.build(checked));
            }
            ObjectNode manifest = Manifest.build(scenarios, replications, threads, command);
            Manifest.write(dir, manifest);
            var figures = CompareFigures.byOther(charts.get(), diffs);
            CompareReport.Inputs in = new CompareReport.Inputs(scenarios, replications, kpis, diffs, checks, figures,
                    factorBands.differences(), checked, manifest, ctx, swings);
            Report report = CompareReport.build(in);
            if (explained != null) {
                Path sub = dir.resolve(EXPLAIN);
                Files.createDirectories(sub);
                String from = base.name();
                String to = scenarios.get(1).name();
                List<Block.Figure> bridges = ExplainWriter.writeInto(sub, from, to, explained);
                List<Report.Section> sections = new ArrayList<>(report.sections());
                // after the decision: the first section stays the README excerpt
                sections.add(1, ExplainReport.section(from, to, explained.between(), explained.attribution(),
                        bridges, EXPLAIN));
                report = new Report(report.title(), report.subtitle(), sections);
            }
            ReportFiles.write(dir, report);
            // the report opens with the decision section: its blocks are the README excerpt
            OutputPaths.writeString(dir.resolve(SUMMARY_MD),
                    MarkdownReport.fragment(report.sections().get(0).blocks()));
            if (!checked.isEmpty()) {
                OutputPaths.writeString(dir.resolve(CLAIMS_MD), MarkdownReport.fragment(List.of(ClaimsTable.of(checked,
                        base.name(), scenarios.get(1).name()))));
            }
            folder.commit();
            return new Written(diffs, report.sections().get(0).blocks());
        }
    }

    /** Each claim against the figure it names: the baseline's, the first other's, or their paired difference. */
    static List<ClaimCheck> check(List<Claim> claims, List<Scenario> scenarios, Map<String, List<KpiSummary>> kpis,
            Map<String, Map<String, Estimate>> diffs) {
        List<ClaimCheck> out = new ArrayList<>();
        if (claims.isEmpty() || scenarios.size() < 2) {
            return out;
        }
        String base = scenarios.get(0).name();
        String other = scenarios.get(1).name();
        for (Claim c : claims) {
            Estimate e = switch (c.of()) {
                case BASE -> estimate(kpis.get(base), c.kpi());
                case OTHER -> estimate(kpis.get(other), c.kpi());
                case DIFFERENCE -> diffs.get(other).get(c.kpi());
            };
            out.add(ClaimCheck.of(c, e));
        }
        return out;
    }

    private static Estimate estimate(List<KpiSummary> kpis, String kpi) {
        KpiSummary k = KpiSummary.byName(kpis).get(kpi);
        return k == null ? null : k.estimate();
    }
}
