package org.fifsim.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.EnergySpec;
import org.fifsim.scenario.QualitySpec;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.VariantSpec;

/**
 * The versioned library of default prices and emission factors ({@code org/fifsim/factors.yaml}), each with its
 * value, unit, year and source. Immutable; {@link #standard()} is loaded once. A scenario's {@code accounting:} map
 * overrides entries by name; {@link #describe(Scenario)} lists the values a run used, for the report.
 */
public final class FactorLibrary {
    /** The resource on the class path. */
    public static final String RESOURCE = "/org/fifsim/factors.yaml";

    /** One factor: default value (constant or distribution), unit, year, source and largest plausible value. */
    public record Factor(String name, Distribution value, String unit, String year, String source, double max) {
        /** True for a share or rate whose values must stay in [0, max]. */
        public boolean bounded() {
            return Double.isFinite(max);
        }
    }

    /** A factor read from the scenario's energy section instead (documented here for the report). */
    public record ScenarioFactor(String name, String key, String unit, String year, String source) {
    }

    /** One line of the report's factor table. */
    public record Description(String name, String value, String unit, String year, String source) {
    }

    private static volatile FactorLibrary standard;

    private final String version;
    private final Map<String, Factor> factors;
    private final Map<String, ScenarioFactor> fromScenario;

    private FactorLibrary(String version, Map<String, Factor> factors, Map<String, ScenarioFactor> fromScenario) {
        this.version = version;
        this.factors = Collections.unmodifiableMap(factors);
        this.fromScenario = Collections.unmodifiableMap(fromScenario);
    }

    /** The library shipped in the jar. */
    public static FactorLibrary standard() {
        FactorLibrary s = standard;
        if (s == null) {
            try (InputStream in = FactorLibrary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("factor library " + RESOURCE + " is missing from the class path");
                }
                s = load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = s;
        }
        return s;
    }

    /**
     * Reads a library; a malformed one is a defect of the program, not of the user's input.
     *
     * @throws IllegalStateException naming the entry and what is wrong with it
     */
    public static FactorLibrary load(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        if (root == null || !root.isObject()) {
            throw new IllegalStateException("factor library: must be a map");
        }
        String version = text(root, "version", "factor library");
        JsonNode list = root.get("factors");
        if (list == null || !list.isObject() || list.isEmpty()) {
            throw new IllegalStateException("factor library: 'factors' must be a non-empty map");
        }
        Map<String, Factor> factors = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = list.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = "factor library: " + e.getKey();
            JsonNode f = e.getValue();
            Distribution value = distribution(f.get("value"), where);
            if (f.get("max") == null || !f.get("max").isNumber() || !Double.isFinite(f.get("max").asDouble())
                    || !(f.get("max").asDouble() > 0)) {
                throw new IllegalStateException(where + ": needs 'max', a finite plausible upper bound above 0");
            }
            double max = f.get("max").asDouble();
            if (!(value.min() >= 0) || !(upper(value) <= max)) {
                throw new IllegalStateException(where + ": value must lie in [0, " + max + "]");
            }
            factors.put(e.getKey(), new Factor(e.getKey(), value, text(f, "unit", where), text(f, "year", where),
                    text(f, "source", where), max));
        }
        Map<String, ScenarioFactor> fromScenario = new LinkedHashMap<>();
        JsonNode scen = root.get("from_scenario");
        if (scen != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = scen.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String where = "factor library: from_scenario." + e.getKey();
                JsonNode f = e.getValue();
                fromScenario.put(e.getKey(), new ScenarioFactor(e.getKey(), text(f, "key", where),
                        text(f, "unit", where), text(f, "year", where), text(f, "source", where)));
            }
        }
        for (String needed : Factors.NAMES) {
            if (!factors.containsKey(needed)) {
                throw new IllegalStateException("factor library: no entry for " + needed);
            }
        }
        return new FactorLibrary(version, factors, fromScenario);
    }

    public String version() {
        return version;
    }

    /** The factors in library order. */
    public Map<String, Factor> factors() {
        return factors;
    }

    /** The names a scenario's {@code accounting:} map may use. */
    public Set<String> names() {
        return factors.keySet();
    }

    /** The factor of that name, or null. */
    public Factor get(String name) {
        return factors.get(name);
    }

    /** Factors taken from the scenario's energy section, by name. */
    public Map<String, ScenarioFactor> fromScenario() {
        return fromScenario;
    }

    /** The library's defaults, one line per factor, in library order (the scenario-read factors last). */
    public List<Description> describe() {
        List<Description> out = new ArrayList<>();
        for (Factor f : factors.values()) {
            out.add(new Description(f.name(), text(f.value()), f.unit(), f.year(), f.source()));
        }
        for (ScenarioFactor f : fromScenario.values()) {
            out.add(new Description(f.name(), "scenario " + f.key(), f.unit(), f.year(), f.source()));
        }
        return out;
    }

    /**
     * The factors a run of this scenario uses: library defaults, the scenario's {@code accounting:} overrides (their
     * source says so) and the values read from its energy section.
     */
    public List<Description> describe(Scenario scenario) {
        List<Description> out = new ArrayList<>();
        Map<String, Distribution> over = scenario.accounting();
        for (Factor f : factors.values()) {
            Distribution d = over.get(f.name());
            if (d == null) {
                out.add(new Description(f.name(), text(f.value()), f.unit(), f.year(), f.source()));
            } else {
                out.add(new Description(f.name(), text(d), f.unit(), "scenario",
                        "scenario " + scenario.name() + " (accounting." + f.name() + "); library default "
                                + text(f.value()) + ": " + f.source()));
            }
        }
        EnergySpec e = scenario.energy();
        QualitySpec q = scenario.quality();
        for (ScenarioFactor f : fromScenario.values()) {
            if (Factors.CONTAINMENT.contains(f.name())) {
                if (q != null) {
                    Distribution d = switch (f.name()) {
                        case Factors.CONTAINMENT_INSPECTION_CNY_PER_PACK -> q.costs().inspectionPerPack();
                        case Factors.CONTAINMENT_REWORK_CNY_PER_PACK -> q.costs().reworkPerPack();
                        case Factors.CONTAINMENT_SCRAP_CNY_PER_PACK -> q.costs().scrapPerPack();
                        default -> q.costs().recallPerVehicle();
                    };
                    out.add(new Description(f.name(), text(d), f.unit(), f.year(),
                            "scenario " + f.key() + "; " + f.source()));
                }
                continue;
            }
            String value = switch (f.name()) {
                case "grid_kg_co2_per_kwh" -> text(e.gridKgCo2PerKwh());
                case "pv_lifecycle_kg_co2_per_kwh" -> number(e.pvLifecycleKgPerKwh());
                case "pack_kwh" -> number(scenario.packKwh());
                case "grid_cny_per_kwh" -> number(e.gridCnyPerKwh())
                        + (e.timeOfUse().isEmpty() ? "" : " (flat; the line uses time-of-use bands)");
                default -> "scenario " + f.key();
            };
            out.add(new Description(f.name(), value, f.unit(), f.year(), "scenario " + f.key() + "; " + f.source()));
        }
        Factor packValue = factors.get(Factors.PACK_VALUE_CNY);
        for (VariantSpec v : FactorSet.namedVariants(scenario)) {
            if (v.value() == null || !(v.value().mean() > 0)) {
                continue; // the one pack's value, listed above
            }
            out.add(new Description(Factors.packValueOf(v.name()), text(v.value()), packValue.unit(), "scenario",
                    "scenario variants[" + v.name() + "].value_cny: this variant's pack (with variants it replaces"
                            + " pack_value_cny; mass and kWh are the variant's own, in the activity)"));
        }
        return out;
    }

    /** A value as a reader sees it: {@code 48,000}, {@code uniform [0.041, 0.046]}. */
    public static String text(Distribution d) {
        if (d instanceof Distribution.Constant c) {
            return number(c.value());
        }
        if (d instanceof Distribution.Uniform u) {
            return "uniform [" + number(u.low()) + ", " + number(u.high()) + "]";
        }
        if (d instanceof Distribution.Triangular t) {
            return "triangular [" + number(t.low()) + ", " + number(t.mode()) + ", " + number(t.high()) + "]";
        }
        if (d instanceof Distribution.Normal n) {
            return "normal (mean " + number(n.mu()) + ", sd " + number(n.sd()) + ")";
        }
        if (d instanceof Distribution.LogNormal l) {
            return "lognormal (mean " + number(l.mean()) + ", sd " + number(l.sd()) + ")";
        }
        if (d instanceof Distribution.Exponential x) {
            return "exponential (mean " + number(x.mean()) + ")";
        }
        return String.valueOf(d);
    }

    /** Largest value a distribution can draw (infinite for the unbounded ones). */
    public static double upper(Distribution d) {
        if (d instanceof Distribution.Constant c) {
            return c.value();
        }
        if (d instanceof Distribution.Uniform u) {
            return u.high();
        }
        if (d instanceof Distribution.Triangular t) {
            return t.high();
        }
        return Double.POSITIVE_INFINITY;
    }

    static String number(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }

    private static String text(JsonNode node, String key, String where) {
        JsonNode v = node == null ? null : node.get(key);
        if (v == null || v.isNull() || v.isContainerNode() || v.asText().isBlank()) {
            throw new IllegalStateException(where + ": needs '" + key + "'");
        }
        return v.asText().strip();
    }

    /**
     * A value as the library and scenario files write it: a number or a one-key distribution map.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static Distribution parse(JsonNode v) {
        try {
            return distribution(v, "value");
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage().replaceFirst("^value: ", ""), e);
        }
    }

    /** The inverse of {@link #parse}. */
    public static JsonNode toJson(Distribution d) {
        var f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        if (d instanceof Distribution.Constant c) {
            return f.numberNode(c.value());
        }
        var o = f.objectNode();
        if (d instanceof Distribution.Uniform u) {
            o.putArray("uniform").add(u.low()).add(u.high());
        } else if (d instanceof Distribution.Triangular t) {
            o.putArray("triangular").add(t.low()).add(t.mode()).add(t.high());
        } else if (d instanceof Distribution.Normal n) {
            o.putObject("normal").put("mean", n.mu()).put("sd", n.sd());
        } else if (d instanceof Distribution.LogNormal l) {
            o.putObject("lognormal").put("mean", l.mean()).put("sd", l.sd());
        } else if (d instanceof Distribution.Exponential x) {
            o.put("exponential", x.mean());
        }
        return o;
    }

    private static Distribution distribution(JsonNode v, String where) {
        if (v == null || v.isNull()) {
            throw new IllegalStateException(where + ": needs 'value'");
        }
        if (v.isNumber()) {
            return new Distribution.Constant(v.asDouble());
        }
        if (!v.isObject() || v.size() != 1) {
            throw new IllegalStateException(where + ": value must be a number or a one-key distribution map");
        }
        Map.Entry<String, JsonNode> e = v.fields().next();
        JsonNode p = e.getValue();
        try {
            Distribution d = switch (e.getKey()) {
                case "uniform" -> new Distribution.Uniform(num(p, 0, 2), num(p, 1, 2));
                case "triangular" -> new Distribution.Triangular(num(p, 0, 3), num(p, 1, 3), num(p, 2, 3));
                case "normal" -> new Distribution.Normal(field(p, "mean"), field(p, "sd"));
                case "lognormal" -> new Distribution.LogNormal(field(p, "mean"), field(p, "sd"));
                case "exponential" -> new Distribution.Exponential(p.asDouble());
                default -> throw new IllegalArgumentException("unknown distribution " + e.getKey());
            };
            boolean ordered = !(d instanceof Distribution.Uniform u) || u.low() < u.high();
            ordered &= !(d instanceof Distribution.Triangular t) || t.low() <= t.mode() && t.mode() <= t.high()
                    && t.low() < t.high();
            if (!ordered || !(d.mean() > 0)) {
                throw new IllegalArgumentException("parameters out of order or mean not above zero");
            }
            return d;
        } catch (IllegalArgumentException ex) {
            throw new IllegalStateException(where + ": " + ex.getMessage());
        }
    }

    private static double num(JsonNode list, int i, int size) {
        if (!list.isArray() || list.size() != size || !list.get(i).isNumber()) {
            throw new IllegalArgumentException("needs a list of " + size + " numbers");
        }
        return list.get(i).asDouble();
    }

    private static double field(JsonNode map, String key) {
        if (!map.isObject() || map.get(key) == null || !map.get(key).isNumber()) {
            throw new IllegalArgumentException("needs {mean: ..., sd: ...}");
        }
        return map.get(key).asDouble();
    }
}
