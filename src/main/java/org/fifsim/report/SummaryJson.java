package org.fifsim.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fifsim.scenario.Scenario;

/** summary.json: the contract's fields per KPI (mean, stddev, ci95_low, ci95_high, n, unit) plus spread and precision. */
public final class SummaryJson {
    private SummaryJson() {
    }

    public static ObjectNode build(Scenario scenario, int replications, List<KpiSummary> kpis) {
        ObjectNode root = Json.object();
        root.put("scenario", scenario.name());
        root.put("replications", replications);
        root.put("seed", scenario.run().seed());
        root.put("description", scenario.description());
        root.put("horizon_days", scenario.run().horizon() / 86400.0);
        root.put("warmup_days", scenario.run().warmup() / 86400.0);
        ObjectNode k = root.putObject("kpis");
        for (KpiSummary s : kpis) {
            ObjectNode o = k.putObject(s.name());
            Json.put(o, "mean", s.estimate().mean());
            Json.put(o, "stddev", s.estimate().stddev());
            Json.put(o, "ci95_low", s.estimate().ci95Low());
            Json.put(o, "ci95_high", s.estimate().ci95High());
            o.put("n", s.n());
            o.put("unit", s.unit());
            Json.put(o, "relative_half_width", s.estimate().relativeHalfWidth());
            Json.put(o, "p5", s.spread().p5());
            Json.put(o, "p50", s.spread().p50());
            Json.put(o, "p95", s.spread().p95());
        }
        return root;
    }

    public static void write(Path file, Scenario scenario, int replications, List<KpiSummary> kpis) throws IOException {
        Json.write(file, build(scenario, replications, kpis));
    }
}
