package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fifsim explain} on tiny scenarios: known splits, nothing to explain, refusals with exit 2. */
class ExplainCliTest extends CapturedCli {
    private static final String PLANT = """
            name: %s
            run: {horizon: 2d, warmup: 6h, replications: 3, seed: 9}
            vehicle_line: {takt: 45s}
            pack_line: {stations: [{name: s1, cycle_time: {triangular: [30s, 38s, 44s]}}]}
            logistics: {mode: co-located, transfer: {uniform: [15min, 25min]}, safety_stock: 20}
            energy: {grid: {cny_per_kwh: %s}}
            accounting: {line_fixed_cny_per_yr: %s}
            """;

    @TempDir
    Path tmp;

    private Path plant(String name, String cnyPerKwh, String lineFixed) throws Exception {
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, String.format(PLANT, name, cnyPerKwh, lineFixed));
        return f;
    }

    private static JsonNode exact(Path file) throws Exception {
        return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(file.toFile());
    }

    @Test
    void additiveGroupsGetTheirOwnEffectsAndTheSharesAddUpToTheLastDigit() throws Exception {
        Path a = plant("a", "0.65", "60e6");
        Path b = plant("b", "0.80", "30e6");
        Path out = tmp.resolve("explained");
        assertEquals(0, execute("explain", a.toString(), b.toString(), "--out", out.toString(), "--quiet",
                "--threads", "2"), err.toString(StandardCharsets.UTF_8));
        JsonNode json = exact(out.resolve("explain.json"));
        assertEquals(List.of("energy_use", "line_cost_basis"),
                List.of(json.get("groups").get(0).asText(), json.get("groups").get(1).asText()));
        JsonNode cost = json.get("kpis").get("cost_total_cny");
        JsonNode line = cost.get("shares").get("line_cost_basis");
        JsonNode energy = cost.get("shares").get("energy_use");
        // prices act on the same simulated year: the effects add, so each share is the group's effect alone
        assertEquals(line.get("alone").doubleValue(), line.get("mean").doubleValue(), 1e-6);
        assertEquals(energy.get("alone").doubleValue(), energy.get("mean").doubleValue(), 1e-6);
        assertEquals(0, cost.get("joint").doubleValue(), 1e-6);
        assertEquals(-30e6, line.get("mean").doubleValue(), 1, "the line's fixed cost per year, 60 -> 30 M CNY");
        assertEquals(line.get("mean").doubleValue(), line.get("ci95_low").doubleValue(), 1e-3, "the same every year");
        assertTrue(energy.get("mean").doubleValue() > 0, "dearer electricity costs more");
        assertTrue(energy.get("ci95_low").doubleValue() < energy.get("ci95_high").doubleValue(),
                "the energy used varies by replication, so does its price's share");
        for (Iterator<String> k = json.get("kpis").fieldNames(); k.hasNext(); ) {
            JsonNode kpi = json.get("kpis").get(k.next());
            BigDecimal sum = kpi.get("interaction").decimalValue();
            for (JsonNode s : kpi.get("shares")) {
                sum = sum.add(s.get("mean").decimalValue());
            }
            assertEquals(0, sum.compareTo(kpi.get("total").decimalValue()), "shares + interaction = total: " + kpi);
        }
        // prices change no flow: carbon, lead time and vehicles are the same designs' to the last digit
        assertEquals(0, json.get("kpis").get("co2_total_t").get("total").doubleValue());
        assertEquals(0, json.get("kpis").get("vehicles_built").get("total").doubleValue());
        assertTrue(Files.exists(out.resolve("charts/bridge-cost-total-cny.png")));
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("| line cost basis | accounting.line\\_fixed\\_cny\\_per\\_yr | 60e6 | 30e6 |"),
                report);
        assertTrue(Files.readString(out.resolve("designs.csv")).lines().count() == 5, "a header and 4 designs");
        // B was re-priced from the design that differs from it only in prices: the same as simulating B itself
        Path compared = tmp.resolve("compared");
        assertEquals(0, execute("compare", a.toString(), b.toString(), "--out", compared.toString(), "--quiet",
                "--threads", "2"), err.toString(StandardCharsets.UTF_8));
        JsonNode diffs = exact(compared.resolve("comparison.json")).get("differences").get("b");
        for (String k : List.of("cost_total_cny", "co2_total_t", "lead_time_h", "vehicles_built")) {
            assertEquals(diffs.get(k).get("mean").doubleValue(), json.get("kpis").get(k).get("total").doubleValue(),
                    1e-9 * Math.max(1, Math.abs(diffs.get(k).get("mean").doubleValue())), k);
        }
    }

    @Test
    void aDesignAgainstItselfExplainsToZero() throws Exception {
        Path a = plant("a", "0.65", "60e6");
        Path out = tmp.resolve("same");
        assertEquals(0, execute("explain", a.toString(), a.toString(), "--out", out.toString(), "--quiet",
                "--replications", "2"), err.toString(StandardCharsets.UTF_8));
        JsonNode json = exact(out.resolve("explain.json"));
        assertEquals(0, json.get("groups").size());
        for (JsonNode kpi : json.get("kpis")) {
            assertEquals(0, kpi.get("total").doubleValue());
            assertEquals(0, kpi.get("interaction").decimalValue().signum());
            assertEquals(0, kpi.get("shares").size());
        }
        assertTrue(Files.readString(out.resolve("report.md")).contains("nothing to explain"));
    }

    @Test
    void moreThanSixGroupsIsRefusedNamingThem() throws Exception {
        Path a = plant("a", "0.65", "60e6");
        Path b = tmp.resolve("b.yaml");
        Files.writeString(b, String.format(PLANT, "b", "0.80", "30e6")
                .replace("horizon: 2d", "horizon: 3d")
                .replace("safety_stock: 20", "safety_stock: 30")
                .replace("[15min, 25min]", "[10min, 20min]")
                .replace("38s", "37s")
                + "pack_kwh: 90\nquality: {station: s1, every: {exponential: 10d}, detection: {point: pack_eol}}\n");
        Path out = tmp.resolve("never");
        assertEquals(2, execute("explain", a.toString(), b.toString(), "--out", out.toString(), "--quiet"));
        String e = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("error: a and b differ in 7 groups (run, plant, transport, stock_covers, energy_use, "
                + "line_cost_basis, quality)") && e.contains("--group"), e);
        assertFalse(Files.exists(out));
    }

    @Test
    void aDesignInBetweenThatIsNotValidIsRefusedWithTheGroupsToJoin() throws Exception {
        Path out = tmp.resolve("never");
        // where the sequence is supplied from ('stock') cannot go without the stores that hold the stock
        assertEquals(2, execute("explain", "scenarios/seres-fif.yaml", "scenarios/seres-remote.yaml", "--group",
                "supply=orders.packs_from", "--out", out.toString(), "--quiet"));
        String e = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("error: the design that takes supply from B and the rest from seres-fif is not a "
                + "valid scenario (orders.packs_from: "), e);
        assertFalse(e.contains("Exception"));
        assertFalse(Files.exists(out));
        assertEquals(2, execute("explain", "scenarios/seres-fif.yaml", "scenarios/seres-remote.yaml", "--group",
                "Bad Name=x", "--quiet"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: --group must be NAME=KEY"));
    }

    @Test
    void compareExplainWritesTheSplitIntoItsFolderAndItsTotalsAreComparesDifferences() throws Exception {
        Path a = plant("a", "0.65", "60e6");
        Path b = tmp.resolve("b.yaml");
        Files.writeString(b, String.format(PLANT, "b", "0.80", "30e6").replace("safety_stock: 20", "safety_stock: 30"));
        Path out = tmp.resolve("compared");
        assertEquals(0, execute("compare", a.toString(), b.toString(), "--explain", "--out", out.toString(),
                "--quiet", "--threads", "2"), err.toString(StandardCharsets.UTF_8));
        JsonNode json = exact(out.resolve("explain/explain.json"));
        assertEquals(3, json.get("groups").size(), json.get("groups").toString());
        JsonNode diffs = exact(out.resolve("comparison.json")).get("differences").get("b");
        for (String k : List.of("cost_total_cny", "co2_total_t", "lead_time_h", "vehicles_built")) {
            double d = diffs.get(k).get("mean").doubleValue();
            assertEquals(d, json.get("kpis").get(k).get("total").doubleValue(), 1e-9 * Math.max(1, Math.abs(d)), k);
        }
        assertTrue(Files.exists(out.resolve("explain/charts/bridge-cost-total-cny.png")));
        assertTrue(Files.exists(out.resolve("explain/report.md")));
        assertTrue(Files.exists(out.resolve("explain/designs.csv")));
        assertFalse(Files.exists(out.resolve("explain/" + org.fifsim.store.ResultsFolder.MARKER)),
                "one results folder, one marker");
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("What the difference is made of") && report.contains("explain/report.md")
                && report.contains("explain/charts/bridge-cost-total-cny.png"), report);
        assertTrue(this.out.toString(StandardCharsets.UTF_8).contains("explained by group"));
        // the decision excerpt for a README is unchanged: the explanation comes after it
        assertFalse(Files.readString(out.resolve("summary.md")).contains("What the difference is made of"));
    }

    @Test
    void compareExplainIsForOnePairAndGroupNeedsExplain() throws Exception {
        Path a = plant("a", "0.65", "60e6");
        Path b = plant("b", "0.80", "30e6");
        Path c = plant("c", "0.70", "30e6");
        Path never = tmp.resolve("never");
        assertEquals(2, execute("compare", a.toString(), b.toString(), c.toString(), "--explain", "--out",
                never.toString(), "--quiet"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--explain explains one pair"));
        assertEquals(2, execute("compare", a.toString(), b.toString(), "--group", "x=energy", "--out",
                never.toString(), "--quiet"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("add --explain"));
        assertFalse(Files.exists(never));
    }
}
