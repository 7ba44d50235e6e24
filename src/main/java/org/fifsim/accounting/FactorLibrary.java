package org.fifsim.accounting;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.DistributionText;
import org.fifsim.scenario.EnergySpec;
import org.fifsim.scenario.QualitySpec;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.VariantSpec;
import org.fifsim.scenario.io.FactorDefinitions;
import org.fifsim.scenario.io.FactorDefinitions.Factor;
import org.fifsim.scenario.io.FactorDefinitions.ScenarioFactor;

/**
 * The versioned library of default prices and emission factors ({@code org/fifsim/factors.yaml}), each with its
 * value, unit, year and source, as {@link FactorDefinitions} reads it (the scenario reader checks a scenario's
 * {@code accounting:} map against the same definitions), complete for the accounting. Immutable; {@link #standard()}
 * is loaded once. A scenario's {@code accounting:} map overrides entries by name; {@link #describe(Scenario)} lists
 * the values a run used, for the report.
 */
public final class FactorLibrary {
    /** One line of the report's factor table. */
    public record Description(String name, String value, String unit, String year, String source) {
    }

    private static volatile FactorLibrary standard;

    private final FactorDefinitions definitions;

    private FactorLibrary(FactorDefinitions definitions) {
        this.definitions = definitions;
    }

    /** The library shipped in the jar. */
    public static FactorLibrary standard() {
        FactorLibrary s = standard;
        if (s == null) {
            s = complete(FactorDefinitions.standard());
            standard = s;
        }
        return s;
    }

    /**
     * Reads a library (with the scenario files' reader, {@link FactorDefinitions}); a malformed one is a defect of the
     * program, not of the user's input.
     *
     * @throws IllegalStateException naming the entry and what is wrong with it
     */
    public static FactorLibrary load(InputStream in) throws IOException {
        return complete(FactorDefinitions.load(in));
    }

    /** The library if it has every factor the accounting prices with. */
    private static FactorLibrary complete(FactorDefinitions d) {
        for (String needed : Factors.NAMES) {
            if (!d.factors().containsKey(needed)) {
                throw new IllegalStateException("factor library: no entry for " + needed);
            }
        }
        return new FactorLibrary(d);
    }

    public String version() {
        return definitions.version();
    }

    /** The factors in library order. */
    public Map<String, Factor> factors() {
        return definitions.factors();
    }

    /** The names a scenario's {@code accounting:} map may use. */
    public Set<String> names() {
        return definitions.factors().keySet();
    }

    /** The factor of that name, or null. */
    public Factor get(String name) {
        return definitions.factors().get(name);
    }

    /** Factors taken from the scenario's energy section, by name. */
    public Map<String, ScenarioFactor> fromScenario() {
        return definitions.fromScenario();
    }

    /** The library's defaults, one line per factor, in library order (the scenario-read factors last). */
    public List<Description> describe() {
        List<Description> out = new ArrayList<>();
        for (Factor f : factors().values()) {
            out.add(new Description(f.name(), DistributionText.plain(f.value()), f.unit(), f.year(), f.source()));
        }
        for (ScenarioFactor f : fromScenario().values()) {
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
        for (Factor f : factors().values()) {
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
        for (ScenarioFactor f : fromScenario().values()) {
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
        Factor packValue = get(Factors.PACK_VALUE_CNY);
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
}
