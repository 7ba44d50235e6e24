package org.fifsim.accounting;

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
import java.util.Set;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.DistributionText;
import org.fifsim.scenario.EnergySpec;
import org.fifsim.scenario.QualitySpec;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.VariantSpec;
import org.fifsim.scenario.io.Distributions;
import org.fifsim.scenario.io.Problem;
import org.fifsim.scenario.io.StrictNumber;
import org.fifsim.scenario.io.YNode;
import org.fifsim.scenario.io.YamlLoader;

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
        for (String needed : Factors.NAMES) {
            if (!factors.containsKey(needed)) {
                throw new IllegalStateException("factor library: no entry for " + needed);
            }
        }
        return new FactorLibrary(version, factors, fromScenario);
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
            out.add(new Description(f.name(), DistributionText.plain(f.value()), f.unit(), f.year(), f.source()));
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
                out.add(new Description(f.name(), DistributionText.plain(f.value()), f.unit(), f.year(), f.source()));
            } else {
                out.add(new Description(f.name(), DistributionText.plain(d), f.unit(), "scenario",
                        "scenario " + scenario.name() + " (accounting." + f.name() + "); library default "
                                + DistributionText.plain(f.value()) + ": " + f.source()));
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
                    out.add(new Description(f.name(), DistributionText.plain(d), f.unit(), f.year(),
                            "scenario " + f.key() + "; " + f.source()));
                }
                continue;
            }
            String value = switch (f.name()) {
                case "grid_kg_co2_per_kwh" -> DistributionText.plain(e.gridKgCo2PerKwh());
                case "pv_lifecycle_kg_co2_per_kwh" -> DistributionText.number(e.pvLifecycleKgPerKwh());
                case "pack_kwh" -> DistributionText.number(scenario.packKwh());
                case "grid_cny_per_kwh" -> DistributionText.number(e.gridCnyPerKwh())
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
            out.add(new Description(Factors.packValueOf(v.name()), DistributionText.plain(v.value()), packValue.unit(), "scenario",
                    "scenario variants[" + v.name() + "].value_cny: this variant's pack (with variants it replaces"
                            + " pack_value_cny; mass and kWh are the variant's own, in the activity)"));
        }
        return out;
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
