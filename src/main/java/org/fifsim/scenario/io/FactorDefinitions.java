package org.fifsim.scenario.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.scenario.Distribution;

/**
 * The factor library file as written ({@code org/fifsim/factors.yaml}): each factor's default value, unit, year,
 * source and largest plausible value, and the factors a scenario sets in its own sections. Read here, with the scenario
 * files' YAML reader and distribution parser, because a scenario's {@code accounting:} map is checked against it (its
 * names and bounds); the accounting ({@code accounting.FactorLibrary}) prices with it and describes it for the report.
 * Immutable; {@link #standard()} is loaded once.
 */
public final class FactorDefinitions {
    /** The resource on the class path. */
    public static final String RESOURCE = "/org/fifsim/factors.yaml";

    /** The one switch among the factors: road carbon by GLEC default intensity (0) or vehicle-based (1). */
    public static final String ROAD_VEHICLE_BASED = "road_vehicle_based";

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

    private static volatile FactorDefinitions standard;

    private final String version;
    private final Map<String, Factor> factors;
    private final Map<String, ScenarioFactor> fromScenario;

    private FactorDefinitions(String version, Map<String, Factor> factors, Map<String, ScenarioFactor> fromScenario) {
        this.version = version;
        this.factors = Collections.unmodifiableMap(factors);
        this.fromScenario = Collections.unmodifiableMap(fromScenario);
    }

    /** The library shipped in the jar. */
    public static FactorDefinitions standard() {
        FactorDefinitions s = standard;
        if (s == null) {
            try (InputStream in = FactorDefinitions.class.getResourceAsStream(RESOURCE)) {
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
    public static FactorDefinitions load(InputStream in) throws IOException {
        // the scenario files' YAML reader: strict numbers, no duplicate keys, the one distribution parser
        List<Problem> problems = new ArrayList<>();
        YNode root = YamlLoader.parse(Path.of("factors.yaml"), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("factor library: " + problems.get(0).format());
        }
        if (!(root instanceof YNode.Map_ top)) {
            throw new IllegalStateException("factor library: must be a map");
        }
        String version = text(top, "version", "factor library");
        if (!(top.get("factors") instanceof YNode.Map_ list) || list.entries().isEmpty()) {
            throw new IllegalStateException("factor library: 'factors' must be a non-empty map");
        }
        Map<String, Factor> factors = new LinkedHashMap<>();
        for (YNode.Entry e : list.entries().values()) {
            String where = "factor library: " + e.key();
            YNode.Map_ f = entry(e, where);
            Distribution value = distribution(f.get("value"), where);
            Double max = f.get("max") instanceof YNode.Scalar m ? StrictNumber.parse(m.text()) : null;
            if (max == null || !(max > 0)) {
                throw new IllegalStateException(where + ": needs 'max', a finite plausible upper bound above 0");
            }
            if (!(value.min() >= 0) || !(value.max() <= max)) {
                throw new IllegalStateException(where + ": value must lie in [0, " + max + "]");
            }
            factors.put(e.key(), new Factor(e.key(), value, text(f, "unit", where), text(f, "year", where),
                    text(f, "source", where), max));
        }
        Map<String, ScenarioFactor> fromScenario = new LinkedHashMap<>();
        if (top.get("from_scenario") instanceof YNode.Map_ scen) {
            for (YNode.Entry e : scen.entries().values()) {
                String where = "factor library: from_scenario." + e.key();
                YNode.Map_ f = entry(e, where);
                fromScenario.put(e.key(), new ScenarioFactor(e.key(), text(f, "key", where),
                        text(f, "unit", where), text(f, "year", where), text(f, "source", where)));
            }
        }
        return new FactorDefinitions(version, factors, fromScenario);
    }

    private static YNode.Map_ entry(YNode.Entry e, String where) {
        if (!(e.value() instanceof YNode.Map_ m)) {
            throw new IllegalStateException(where + ": must be a map of value, unit, year and source");
        }
        return m;
    }

    public String version() {
        return version;
    }

    /** The factors in library order. */
    public Map<String, Factor> factors() {
        return factors;
    }

    /** Factors taken from the scenario's energy section, by name. */
    public Map<String, ScenarioFactor> fromScenario() {
        return fromScenario;
    }

    /** Whether {@code name} is a switch (0 or 1) rather than a quantity. */
    public static boolean isSwitch(String name) {
        return ROAD_VEHICLE_BASED.equals(name);
    }

    /** What is wrong with {@code d} as a switch's value, or null when it is 0 or 1. */
    public static String switchProblem(Distribution d) {
        boolean ok = d instanceof Distribution.Constant c && (c.value() == 0 || c.value() == 1);
        return ok ? null : "is a switch: must be 0 or 1, not a share or a distribution";
    }

    private static String text(YNode.Map_ node, String key, String where) {
        if (!(node.get(key) instanceof YNode.Scalar v) || v.text().isBlank()) {
            throw new IllegalStateException(where + ": needs '" + key + "'");
        }
        return v.text().strip();
    }

    /** A library entry's value; a malformed one is a defect of the library, not of the user's input. */
    private static Distribution distribution(YNode v, String where) {
        if (v == null) {
            throw new IllegalStateException(where + ": needs 'value'");
        }
        List<Problem> problems = new ArrayList<>();
        Distribution d = Distributions.number(v, "value", problems);
        if (d == null) {
            Problem p = problems.get(0);
            throw new IllegalStateException(where + ": " + p.key() + ": " + p.rule() + (p.got() == null ? ""
                    : ", got " + p.got()));
        }
        return d;
    }
}
