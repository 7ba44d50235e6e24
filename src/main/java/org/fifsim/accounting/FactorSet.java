package org.fifsim.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.model.random.Sampler;
import org.fifsim.model.random.SplitMixStream;
import org.fifsim.model.random.Streams;
import org.fifsim.model.energy.Tariff;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.io.Distributions;
import org.fifsim.scenario.EnergySpec;
import org.fifsim.scenario.QualitySpec;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.VariantSpec;
import org.fifsim.scenario.io.FactorDefinitions;

/**
 * The factors one scenario is priced with, each as a distribution: the library's defaults, the scenario's
 * {@code accounting:} overrides, and what the scenario's energy section and {@code pack_kwh} fix. Its central values
 * price every replication; its draws give the factor band. Saved as {@code factors.json} beside the activity, so a
 * finished run can be re-priced ({@code fifsim account}).
 *
 * @param factors every factor by name: library order, then {@link Factors#FROM_SCENARIO}, then with quality incidents
 *        {@link Factors#CONTAINMENT} and with named variants each variant's {@link Factors#packValueOf value}
 * @param timeOfUse the pack plant's price by clock hour, null where the flat {@code grid_cny_per_kwh} applies
 */
public record FactorSet(Map<String, Distribution> factors, Double[] timeOfUse) {

    /** Factor draws for a band: enough for stable 5th and 95th percentiles. */
    public static final int DRAWS = 1000;

    public FactorSet {
        factors = Collections.unmodifiableMap(new LinkedHashMap<>(factors));
        timeOfUse = timeOfUse.clone();
    }

    /** The factors of a scenario. */
    public static FactorSet of(Scenario scenario) {
        FactorLibrary library = FactorLibrary.standard();
        for (String name : scenario.accounting().keySet()) {
            if (library.get(name) == null) {
                throw new IllegalArgumentException("no factor " + name + " in the library");
            }
        }
        Map<String, Distribution> out = new LinkedHashMap<>();
        for (FactorDefinitions.Factor f : library.factors().values()) {
            out.put(f.name(), scenario.accounting().getOrDefault(f.name(), f.value()));
        }
        EnergySpec e = scenario.energy();
        out.put(Factors.GRID_KG_CO2_PER_KWH, e.gridKgCo2PerKwh());
        out.put(Factors.PV_LIFECYCLE_KG_CO2_PER_KWH, new Distribution.Constant(e.pvLifecycleKgPerKwh()));
        out.put(Factors.GRID_CNY_PER_KWH, new Distribution.Constant(e.gridCnyPerKwh()));
        out.put(Factors.PACK_KWH, new Distribution.Constant(scenario.packKwh()));
        QualitySpec q = scenario.quality();
        if (q != null) {
            out.put(Factors.CONTAINMENT_INSPECTION_CNY_PER_PACK, q.costs().inspectionPerPack());
            out.put(Factors.CONTAINMENT_REWORK_CNY_PER_PACK, q.costs().reworkPerPack());
            out.put(Factors.CONTAINMENT_SCRAP_CNY_PER_PACK, q.costs().scrapPerPack());
            out.put(Factors.CONTAINMENT_RECALL_CNY_PER_VEHICLE, q.costs().recallPerVehicle());
        }
        // a variant without its own value is worth the one pack's (its distribution, so its band too)
        for (VariantSpec v : namedVariants(scenario)) {
            out.put(Factors.packValueOf(v.name()), v.value() != null && v.value().mean() > 0 ? v.value()
                    : out.get(Factors.PACK_VALUE_CNY));
        }
        Double[] tou = new Double[24];
        for (int h = 0; h < 24; h++) {
            for (EnergySpec.TariffBand b : e.timeOfUse()) {
                if (new Tariff.Band(b.fromHour(), b.toHour(), b.cnyPerKwh()).contains(h)) {
                    tou[h] = b.cnyPerKwh();
                    break;
                }
            }
        }
        return new FactorSet(out, tou);
    }

    /** The variants a scenario names; empty without orders or with the one unnamed pack. */
    public static List<VariantSpec> namedVariants(Scenario scenario) {
        if (scenario.orders() == null || scenario.orders().variants().equals(List.of(VariantSpec.single()))) {
            return List.of();
        }
        return scenario.orders().variants();
    }

    /** This set with some factors replaced (re-pricing); every name must be one of this set's. */
    public FactorSet with(Map<String, Distribution> overrides) {
        Map<String, Distribution> out = new LinkedHashMap<>(factors);
        for (Map.Entry<String, Distribution> e : overrides.entrySet()) {
            if (!out.containsKey(e.getKey())) {
                throw new IllegalArgumentException("no factor " + e.getKey());
            }
            out.put(e.getKey(), e.getValue());
        }
        return new FactorSet(out, timeOfUse);
    }

    /** Every factor at its central value (the mean of its distribution). */
    public Factors central() {
        Map<String, Double> v = new LinkedHashMap<>();
        factors.forEach((name, d) -> v.put(name, d.mean()));
        return Factors.of(v, timeOfUse);
    }

    /**
     * {@code n} joint draws of every factor. Factor f's draws come from its own stream {@code factor/<f>} seeded by
     * (seed, name) only, so two scenarios with the same seed draw the same values of a factor they share: the band
     * of a difference is then over common factor values.
     */
    public List<Factors> draws(long seed, int n) {
        Map<String, double[]> values = new LinkedHashMap<>();
        for (Map.Entry<String, Distribution> e : factors.entrySet()) {
            // the stream Streams(seed, 0).stream(name) would be, without building DSOL's stream registry per factor
            Sampler s = Sampler.of(e.getValue(), new SplitMixStream(Streams.seedFor(seed, streamName(e.getKey()), 0)));
            double[] v = new double[n];
            for (int j = 0; j < n; j++) {
                v[j] = s.draw();
            }
            values.put(e.getKey(), v);
        }
        List<Factors> out = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            Map<String, Double> one = new LinkedHashMap<>();
            for (Map.Entry<String, double[]> e : values.entrySet()) {
                one.put(e.getKey(), e.getValue()[j]);
            }
            out.add(Factors.of(one, timeOfUse));
        }
        return out;
    }

    /**
     * Stream name of a factor's draws. The variants' pack values share {@code pack_value_cny}'s stream: one uniform
     * per draw moves every variant's value to the same quantile of its range (a price per kWh that moves them all),
     * instead of independent draws that would average out and narrow the band.
     */
    private static String streamName(String factor) {
        return "factor/" + (Factors.variantOf(factor) != null ? Factors.PACK_VALUE_CNY : factor);
    }

    /** {@code {"factors": {name: {"value": number or distribution map, "central": mean}}, "time_of_use": [...]}}. */
    public ObjectNode toJson() {
        FactorLibrary library = FactorLibrary.standard();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("library_version", library.version());
        ObjectNode f = root.putObject("factors");
        for (Map.Entry<String, Distribution> e : factors.entrySet()) {
            ObjectNode o = f.putObject(e.getKey());
            o.set("value", Distributions.toJson(e.getValue()));
            o.put("central", e.getValue().mean());
            String variant = Factors.variantOf(e.getKey());
            FactorDefinitions.Factor lib = library.get(variant == null ? e.getKey() : Factors.PACK_VALUE_CNY);
            FactorDefinitions.ScenarioFactor fromScenario = library.fromScenario().get(e.getKey());
            if (lib != null) {
                o.put("unit", lib.unit());
            } else if (fromScenario != null) {
                o.put("unit", fromScenario.unit());
            }
        }
        ArrayNode tou = root.putArray("time_of_use_cny_per_kwh");
        for (Double p : timeOfUse) {
            if (p == null) {
                tou.addNull();
            } else {
                tou.add(p);
            }
        }
        return root;
    }

    /** Reads what {@link #toJson()} wrote. */
    public static FactorSet fromJson(JsonNode root) {
        JsonNode f = root.get("factors");
        if (f == null || !f.isObject()) {
            throw new IllegalArgumentException("no 'factors' map");
        }
        Map<String, Distribution> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : f.properties()) {
            out.put(e.getKey(), Distributions.fromJson(e.getValue().get("value")));
        }
        Double[] tou = new Double[24];
        JsonNode t = root.get("time_of_use_cny_per_kwh");
        for (int h = 0; t != null && h < Math.min(24, t.size()); h++) {
            tou[h] = t.get(h).isNumber() ? t.get(h).asDouble() : null;
        }
        return new FactorSet(out, tou);
    }
}
