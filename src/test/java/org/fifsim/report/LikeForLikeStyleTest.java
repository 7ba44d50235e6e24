package org.fifsim.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.analysis.ServiceCheck;
import org.fifsim.results.KpiValues;
import org.fifsim.results.ReplicationResult;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.ServiceSpec;
import org.fifsim.stats.PairedDifference;
import org.fifsim.store.Json;
import org.junit.jupiter.api.Test;

/**
 * The held-out style check of issue 21: a design whose vehicle line is starved more than its service allows is never
 * called cheaper without the words "misses service", said before the saving. Checked on random paired comparisons
 * (any starvation, any cost difference) and on every comparison folder under {@code results/}.
 */
class LikeForLikeStyleTest {
    private static final ServiceSpec.Bound STARVED = new ServiceSpec.Bound(Kpis.VEHICLE_LINE_STARVED, true, 0.01);

    @Test
    void aDesignStarvedBeyondItsServiceIsNeverCheaperWithoutSayingSo() {
        Random random = new Random(21);
        int missed = 0;
        for (int c = 0; c < 500; c++) {
            int n = 2 + random.nextInt(9);
            List<ReplicationResult> base = new ArrayList<>();
            List<ReplicationResult> other = new ArrayList<>();
            double starved = random.nextDouble() < 0.5 ? 0.004 : 0.3 * random.nextDouble();
            double saving = (random.nextDouble() - 0.7) * 100e6;
            for (int i = 0; i < n; i++) {
                base.add(replication(i, 0.003 + 0.001 * random.nextGaussian(), 200e6 + 1e6 * random.nextGaussian(),
                        672_000));
                other.add(replication(i, Math.max(0, starved * (1 + 0.1 * random.nextGaussian())),
                        200e6 + saving + 1e6 * random.nextGaussian(), 672_000 * (1 - starved)));
            }
            Map<String, KpiSummary> b = KpiSummary.byName(KpiSummary.of(base));
            Map<String, KpiSummary> o = KpiSummary.byName(KpiSummary.of(other));
            Map<String, org.fifsim.stats.Estimate> diffs = new LinkedHashMap<>();
            for (String k : b.keySet()) {
                diffs.put(k, PairedDifference.of(values(base, k), values(other, k)));
            }
            List<ServiceCheck> bs = ServiceCheck.of(new ServiceSpec(Map.of(STARVED.kpi(), STARVED)), b);
            List<ServiceCheck> os = ServiceCheck.of(new ServiceSpec(Map.of(STARVED.kpi(), STARVED)), o);
            String s = Decision.answer("base", "other", b, o, diffs, n, bs, os);
            if (ServiceCheck.anyMissed(os)) {
                missed++;
                assertTrue(s.startsWith("other misses service"), s);
            }
            assertTrue(!s.contains("saves") || !ServiceCheck.anyMissed(os)
                    || s.indexOf("misses service") < s.indexOf("saves"), s);
        }
        assertTrue(missed > 100, "the check met designs that miss: " + missed);
    }

    /** Every shipped comparison: a design that misses its service is said to, before any saving. */
    @Test
    void noShippedComparisonCallsADesignThatMissesCheaper() throws Exception {
        Path results = Path.of("results");
        if (!Files.isDirectory(results)) {
            return;
        }
        try (Stream<Path> files = Files.walk(results)) {
            for (Path summaryMd : files.filter(f -> f.getFileName().toString().equals("summary.md")).toList()) {
                String decision = Files.readString(summaryMd);
                try (Stream<Path> subs = Files.list(summaryMd.getParent())) {
                    for (Path json : subs.map(d -> d.resolve("summary.json")).filter(Files::isRegularFile).toList()) {
                        JsonNode s = Json.MAPPER.readTree(json.toFile());
                        boolean misses = s.at("/service/vehicle_line_starved/verdict").asText().equals("misses");
                        assertTrue(!misses || !decision.contains("saves")
                                || decision.indexOf("misses service") >= 0
                                && decision.indexOf("misses service") < decision.indexOf("saves"), summaryMd + ": "
                                + s.path("scenario").asText() + " misses its service");
                    }
                }
            }
        }
    }

    private static ReplicationResult replication(int i, double starved, double cost, double vehicles) {
        Map<String, Double> k = new LinkedHashMap<>();
        k.put(Kpis.VEHICLES_BUILT, vehicles);
        k.put(Kpis.VEHICLE_LINE_STARVED, starved);
        k.put(Kpis.COST_TOTAL_CNY, cost);
        k.put(Kpis.CO2_TOTAL_T, 10_000.0);
        return ReplicationResult.ofKpis(i, KpiValues.of(k));
    }

    private static double[] values(List<ReplicationResult> r, String kpi) {
        return r.stream().mapToDouble(x -> x.kpi(kpi)).toArray();
    }
}
