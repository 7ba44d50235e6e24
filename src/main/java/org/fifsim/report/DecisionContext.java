package org.fifsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.explain.Attribution;
import org.fifsim.results.Kpis;
import org.fifsim.stats.Estimate;
import org.fifsim.store.Json;

/**
 * What other studies of the same pair add to a comparison's first screen: a volume sweep's break-even, an
 * explanation's shares (what the carbon and cost differences are made of) and one-at-a-time sensitivities (which
 * inputs move the cost most). {@code compare --context DIR} reads them from finished results folders of
 * {@code sweep --against}, {@code explain} and {@code sensitivity}; {@code compare --explain} supplies its own
 * explanation.
 *
 * @param breakEven     the total-cost crossing of a sweep of the same two designs, or null
 * @param shares        Shapley shares by KPI of an explanation of the same pair, or empty
 * @param sensitivities sensitivity results of either design, in the order given
 * @param sources       the folders read, for the report's "source" column
 */
public record DecisionContext(BreakEven breakEven, Map<String, Shares> shares, List<Sensitivity> sensitivities,
        List<String> sources) {

    /** Nothing beyond the comparison itself. */
    public static final DecisionContext NONE = new DecisionContext(null, Map.of(), List.of(), List.of());

    /**
     * A sweep's break-even of total cost.
     *
     * @param crossing     where the mean difference changes sign, in {@code unit}
     * @param low          where the 95% bounds cross (NaN: open)
     * @param high         likewise
     * @param bandP5       the factor band of the crossing (NaN: none or open)
     * @param bandP95      likewise
     * @param unit         the axis's unit, e.g. vehicles/yr
     * @param axis         the axis KPI, e.g. vehicles_built
     * @param cheaperAbove the design that costs less above the crossing
     * @param cheaperBelow the one that costs less below it
     * @param source       the sweep's folder
     */
    public record BreakEven(double crossing, double low, double high, double bandP5, double bandP95, String unit,
            String axis, String cheaperAbove, String cheaperBelow, String source) {
    }

    /**
     * What one KPI's difference is made of.
     *
     * @param from   the design the explanation starts from
     * @param to     the one it goes to
     * @param total  the whole difference
     * @param shares each group's share (mean), largest magnitude first
     * @param source where it comes from
     */
    public record Shares(String from, String to, double total, Map<String, Double> shares, String source) {
        /** The group with the largest share in the direction of the total, or null. */
        public String main() {
            return shares.entrySet().stream().filter(e -> Math.signum(e.getValue()) == Math.signum(total))
                    .max(java.util.Comparator.comparingDouble(e -> Math.abs(e.getValue()))).map(Map.Entry::getKey)
                    .orElse(null);
        }
    }

    /**
     * One input's effect on one design's KPI in a one-at-a-time sensitivity.
     *
     * @param scenario the design
     * @param kpi      the KPI
     * @param key      the scenario key
     * @param base     its base value as written
     * @param low      its low setting
     * @param high     its high setting
     * @param lowDiff  the paired change at the low setting
     * @param highDiff at the high setting
     * @param source   the sensitivity's folder
     */
    public record Sensitivity(String scenario, String kpi, String key, String base, String low, String high,
            Estimate lowDiff, Estimate highDiff, String source) {
        /** The larger of the two changes' magnitudes. */
        public double reach() {
            return Math.max(abs(lowDiff), abs(highDiff));
        }

        /** True when either change's interval excludes 0. */
        public boolean clear() {
            return clear(lowDiff) || clear(highDiff);
        }

        private static double abs(Estimate e) {
            return e == null || !Double.isFinite(e.mean()) ? 0 : Math.abs(e.mean());
        }

        private static boolean clear(Estimate e) {
            return e != null && Double.isFinite(e.ci95Low()) && !e.includesZero();
        }
    }

    /** This context with an explanation made in the same run (compare --explain), which replaces a read one. */
    public DecisionContext withExplanation(String from, String to, Attribution a, String source) {
        Map<String, Shares> s = new LinkedHashMap<>();
        a.kpis().forEach((kpi, p) -> {
            Map<String, Double> m = new LinkedHashMap<>();
            p.shares().forEach((g, e) -> m.put(g, e.mean()));
            s.put(kpi, new Shares(from, to, p.total().mean(), m, source));
        });
        List<String> src = new ArrayList<>(sources);
        src.add(source);
        return new DecisionContext(breakEven, s, sensitivities, src);
    }

    /**
     * Reads finished results folders of {@code sweep --against}, {@code explain} and {@code sensitivity} for the
     * comparison of {@code base} and {@code other}.
     *
     * @throws IllegalArgumentException one line naming the folder and what is wrong: not such a folder, a study of
     *         other designs, a sweep without a total-cost crossing
     */
    public static DecisionContext read(List<Path> dirs, String base, String other) {
        DecisionContext c = NONE;
        for (Path d : dirs) {
            c = c.plus(d, base, other);
        }
        return c;
    }

    private DecisionContext plus(Path dir, String base, String other) {
        String where = dir.toString();
        List<String> src = new ArrayList<>(sources);
        src.add(where);
        try {
            if (Files.isRegularFile(dir.resolve("sweep.json"))) {
                if (breakEven != null) {
                    throw new IllegalArgumentException("--context " + where + ": a second sweep; give one");
                }
                return new DecisionContext(breakEven(Json.MAPPER.readTree(dir.resolve("sweep.json").toFile()), where,
                        base, other), shares, sensitivities, src);
            }
            if (Files.isRegularFile(dir.resolve("explain.json"))) {
                return new DecisionContext(breakEven, explain(dir, where, base, other), sensitivities, src);
            }
            if (Files.isRegularFile(dir.resolve("sensitivity.json"))) {
                List<Sensitivity> s = new ArrayList<>(sensitivities);
                s.addAll(sensitivity(Json.MAPPER.readTree(dir.resolve("sensitivity.json").toFile()), where, base,
                        other));
                return new DecisionContext(breakEven, shares, s, src);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("--context " + where + ": cannot be read (" + e.getMessage() + ")");
        }
        throw new IllegalArgumentException("--context " + where + ": not a results folder of sweep, explain or "
                + "sensitivity (no sweep.json, explain.json or sensitivity.json)");
    }

    static BreakEven breakEven(JsonNode sweep, String where, String base, String other) {
        String a = sweep.path("scenario").asText();
        String b = sweep.path("against").asText(null);
        if (b == null || !(a.equals(base) && b.equals(other) || a.equals(other) && b.equals(base))) {
            throw new IllegalArgumentException("--context " + where + ": a sweep of " + a + (b == null ? " alone"
                    : " against " + b) + ", not of " + base + " and " + other);
        }
        JsonNode crossing = null;
        for (JsonNode c : sweep.path("crossings")) {
            if (c.path("kpi").asText().equals(Kpis.COST_TOTAL_CNY) && c.path("found").asBoolean()
                    && c.path("fixed").isEmpty()) {
                crossing = c;
            }
        }
        if (crossing == null) {
            throw new IllegalArgumentException("--context " + where + ": the sweep has no break-even of "
                    + Kpis.COST_TOTAL_CNY + " (sweep with --kpi " + Kpis.COST_TOTAL_CNY + ")");
        }
        // which design is cheaper at the highest and at the lowest value of the axis (difference: against minus a)
        String axis = crossing.path("axis").asText(sweep.path("x_kpi").asText(""));
        double hiX = Double.NEGATIVE_INFINITY;
        double loX = Double.POSITIVE_INFINITY;
        double atHi = Double.NaN;
        double atLo = Double.NaN;
        for (JsonNode p : sweep.path("points")) {
            JsonNode x = p.path("scenarios").path(a).path(axis).path("mean");
            JsonNode d = p.path("differences").path(Kpis.COST_TOTAL_CNY).path("mean");
            double xv = x.isNumber() ? x.asDouble() : p.path("point").asDouble();
            if (!d.isNumber()) {
                continue;
            }
            if (xv > hiX) {
                hiX = xv;
                atHi = d.asDouble();
            }
            if (xv < loX) {
                loX = xv;
                atLo = d.asDouble();
            }
        }
        String cheaperAbove = atHi > 0 ? a : b;
        String cheaperBelow = atLo > 0 ? a : b;
        return new BreakEven(crossing.path("crossing").asDouble(), number(crossing, "crossing_low"),
                number(crossing, "crossing_high"), number(crossing, "crossing_band_p5"),
                number(crossing, "crossing_band_p95"), crossing.path("axis_unit").asText(""), axis, cheaperAbove,
                cheaperBelow, where);
    }

    private static Map<String, Shares> explain(Path dir, String where, String base, String other) throws IOException {
        JsonNode root = Json.MAPPER.readTree(dir.resolve("explain.json").toFile());
        // explain.json names no designs; its manifest does, in order (from, to)
        List<String> names = new ArrayList<>();
        if (Files.isRegularFile(dir.resolve("manifest.json"))) {
            Json.MAPPER.readTree(dir.resolve("manifest.json").toFile()).path("scenarios")
                    .forEach(s -> names.add(s.path("name").asText()));
        }
        if (names.size() != 2 || !names.contains(base) || !names.contains(other)) {
            throw new IllegalArgumentException("--context " + where + ": an explanation of " + (names.isEmpty()
                    ? "unnamed designs" : String.join(" and ", names)) + ", not of " + base + " and " + other);
        }
        Map<String, Shares> out = new LinkedHashMap<>();
        for (var e : root.path("kpis").properties()) {
            Map<String, Double> m = new LinkedHashMap<>();
            for (var g : e.getValue().path("shares").properties()) {
                m.put(g.getKey(), g.getValue().path("mean").asDouble());
            }
            // a share of other minus base: flip one explained the other way round
            double sign = names.get(1).equals(other) ? 1 : -1;
            m.replaceAll((g, v) -> v * sign);
            out.put(e.getKey(), new Shares(base, other, sign * e.getValue().path("total").asDouble(), m, where));
        }
        return out;
    }

    private static List<Sensitivity> sensitivity(JsonNode root, String where, String base, String other) {
        String scenario = root.path("scenario").asText();
        if (!scenario.equals(base) && !scenario.equals(other)) {
            throw new IllegalArgumentException("--context " + where + ": a sensitivity of " + scenario + ", not of "
                    + base + " or " + other);
        }
        List<Sensitivity> out = new ArrayList<>();
        for (var e : root.path("kpis").properties()) {
            for (JsonNode k : e.getValue().path("keys")) {
                out.add(new Sensitivity(scenario, e.getKey(), k.path("key").asText(), k.path("base_value").asText(),
                        k.path("low").path("value").asText(), k.path("high").path("value").asText(),
                        estimate(k.path("low").path("difference")), estimate(k.path("high").path("difference")),
                        where));
            }
        }
        return out;
    }

    private static Estimate estimate(JsonNode n) {
        if (!n.path("mean").isNumber()) {
            return null;
        }
        return new Estimate(n.path("mean").asDouble(), Double.NaN, number(n, "ci95_low"), number(n, "ci95_high"),
                n.path("n").asInt());
    }

    private static double number(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v != null && v.isNumber() ? v.asDouble() : Double.NaN;
    }
}
