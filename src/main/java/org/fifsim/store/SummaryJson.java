package org.fifsim.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fifsim.accounting.FactorBand;
import org.fifsim.accounting.FactorSet;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.analysis.ServiceCheck;
import org.fifsim.scenario.Feasibility;
import org.fifsim.scenario.Scenario;

/**
 * summary.json: the contract's fields per KPI (mean, stddev, ci95_low, ci95_high, n, unit) plus spread and precision,
 * and for cost and carbon the factor band (band_p5, band_p95).
 */
public final class SummaryJson {
    private SummaryJson() {
    }

    public static ObjectNode build(Scenario scenario, int replications, List<KpiSummary> kpis) {
        return build(scenario, replications, kpis, Map.of());
    }

    /**
     * With the factor band of the accounting KPIs: {@code band_p5}/{@code band_p95} beside the replication interval
     * (parameter uncertainty apart from simulation noise).
     */
    public static ObjectNode build(Scenario scenario, int replications, List<KpiSummary> kpis,
            Map<String, FactorBand.Band> bands) {
        ObjectNode root = Json.object();
        root.put("scenario", scenario.name());
        root.put("replications", replications);
        root.put("seed", scenario.run().seed());
        root.put("description", scenario.description());
        root.put("horizon_days", scenario.run().horizon() / 86400.0);
        root.put("warmup_days", scenario.run().warmup() / 86400.0);
        putKpis(root, kpis, bands);
        putService(root, ServiceCheck.of(scenario.service(), KpiSummary.byName(kpis)));
        putWarnings(root, Feasibility.of(scenario).stream().map(Feasibility.Finding::line).toList());
        return root;
    }

    /**
     * {@code "service": {KPI: {"verdict", "bound", "mean", "at_most" | "at_least"}}}: each stated requirement with its
     * verdict and the one-sided 95% bound it rests on. Absent when the scenario states none.
     */
    static void putService(ObjectNode root, List<ServiceCheck> checks) {
        if (checks.isEmpty()) {
            return;
        }
        ObjectNode s = root.putObject("service");
        for (ServiceCheck c : checks) {
            ObjectNode o = s.putObject(c.bound().kpi());
            o.put("verdict", c.verdict());
            Json.put(o, "bound", c.limit());
            Json.put(o, "mean", c.mean());
            Json.put(o, c.bound().atMost() ? "at_most" : "at_least", c.bound().value());
        }
    }

    /** {@code "warnings": [line...]}: what the design cannot deliver on paper. Absent when there is nothing to say. */
    static void putWarnings(ObjectNode root, List<String> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        var a = root.putArray("warnings");
        warnings.forEach(a::add);
    }

    /** Replaces the {@code kpis} of a summary (re-pricing keeps the run's other fields). */
    public static void putKpis(ObjectNode root, List<KpiSummary> kpis, Map<String, FactorBand.Band> bands) {
        if (!bands.isEmpty()) {
            root.put("factor_draws", FactorSet.DRAWS);
        }
        ObjectNode k = root.putObject("kpis");
        for (KpiSummary s : kpis) {
            ObjectNode o = k.putObject(s.name());
            Json.put(o, "mean", s.estimate().mean());
            Json.put(o, "stddev", s.estimate().stddev());
            Json.put(o, "ci95_low", s.estimate().ci95Low());
            Json.put(o, "ci95_high", s.estimate().ci95High());
            FactorBand.Band band = bands.get(s.name());
            if (band != null) {
                Json.put(o, "band_p5", band.p5());
                Json.put(o, "band_p95", band.p95());
            }
            o.put("n", s.n());
            o.put("unit", s.unit());
            Json.put(o, "relative_half_width", s.estimate().relativeHalfWidth());
            Json.put(o, "p5", s.spread().p5());
            Json.put(o, "p50", s.spread().p50());
            Json.put(o, "p95", s.spread().p95());
        }
    }

    public static void write(Path file, Scenario scenario, int replications, List<KpiSummary> kpis) throws IOException {
        Json.write(file, build(scenario, replications, kpis));
    }

    public static void write(Path file, Scenario scenario, int replications, List<KpiSummary> kpis,
            Map<String, FactorBand.Band> bands) throws IOException {
        Json.write(file, build(scenario, replications, kpis, bands));
    }
}
