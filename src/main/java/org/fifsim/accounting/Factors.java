package org.fifsim.accounting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.tudelft.simulation.jstats.streams.StreamInterface;
import org.fifsim.model.random.Sampler;
import org.fifsim.scenario.Distribution;

/**
 * The factor values of one replication. A factor given as a distribution is drawn once per replication from its own
 * stream {@code factor/<name>}, which depends only on (seed, name, replication): every scenario of a comparison draws
 * the same value in the same replication (common random numbers), so the factor's uncertainty shows in each
 * scenario's interval and cancels in the paired differences.
 */
public final class Factors {
    public static final String PACK_VALUE_CNY = "pack_value_cny";
    public static final String PACK_MASS_KG = "pack_mass_kg";
    public static final String INVENTORY_HOLDING_RATE_PER_YR = "inventory_holding_rate_per_yr";
    public static final String TRUCK_CNY_PER_KM = "truck_cny_per_km";
    public static final String TRUCK_CNY_PER_TRIP = "truck_cny_per_trip";
    public static final String EMPTY_RETURN_SHARE = "empty_return_share";
    public static final String HANDLING_CNY_PER_PACK = "handling_cny_per_pack";
    public static final String WAREHOUSING_CNY_PER_PACK_DAY = "warehousing_cny_per_pack_day";
    public static final String REWORK_CNY_PER_PACK = "rework_cny_per_pack";
    public static final String SCRAP_VALUE_SHARE = "scrap_value_share";
    public static final String ROAD_KG_CO2_PER_TKM = "road_kg_co2_per_tkm";
    public static final String TRUCK_EMPTY_KG_CO2_PER_KM = "truck_empty_kg_co2_per_km";
    public static final String WAREHOUSE_KWH_PER_PACK_DAY = "warehouse_kwh_per_pack_day";
    public static final String LINE_FIXED_CNY_PER_YR = "line_fixed_cny_per_yr";
    public static final String LINE_CNY_PER_PACK = "line_cny_per_pack";

    /** Every factor {@link Accounting} needs; the library must define them all. */
    public static final List<String> NAMES = List.of(PACK_VALUE_CNY, PACK_MASS_KG, INVENTORY_HOLDING_RATE_PER_YR,
            TRUCK_CNY_PER_KM, TRUCK_CNY_PER_TRIP, EMPTY_RETURN_SHARE, HANDLING_CNY_PER_PACK,
            WAREHOUSING_CNY_PER_PACK_DAY, REWORK_CNY_PER_PACK, SCRAP_VALUE_SHARE, ROAD_KG_CO2_PER_TKM,
            TRUCK_EMPTY_KG_CO2_PER_KM, WAREHOUSE_KWH_PER_PACK_DAY, LINE_FIXED_CNY_PER_YR, LINE_CNY_PER_PACK);

    /** Stream name of a factor's draws. */
    public static String streamName(String factor) {
        return "factor/" + factor;
    }

    private final Map<String, Double> values;

    private Factors(Map<String, Double> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Draws one value per factor for a replication: the scenario's override if it has one, else the library default;
     * a constant draws nothing.
     *
     * @param streams the replication's named streams (e.g. {@code Streams::stream})
     */
    public static Factors draw(FactorLibrary library, Map<String, Distribution> overrides,
            Function<String, StreamInterface> streams) {
        for (String name : overrides.keySet()) {
            if (library.get(name) == null) {
                throw new IllegalArgumentException("no factor " + name + " in the library");
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (FactorLibrary.Factor f : library.factors().values()) {
            Distribution d = overrides.getOrDefault(f.name(), f.value());
            double v = d instanceof Distribution.Constant c ? c.value()
                    : Sampler.of(d, streams.apply(streamName(f.name()))).draw();
            out.put(f.name(), v);
        }
        return new Factors(out);
    }

    /** Fixed values (tests, what-if tools); every factor of {@link #NAMES} must be given. */
    public static Factors of(Map<String, Double> values) {
        for (String name : NAMES) {
            Double v = values.get(name);
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("factor " + name + " is missing or not finite");
            }
        }
        return new Factors(new LinkedHashMap<>(values));
    }

    /** The value of a factor. */
    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no factor " + name);
        }
        return v;
    }

    /** All values, in library order. */
    public Map<String, Double> values() {
        return values;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
