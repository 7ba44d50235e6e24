package org.fifsim.accounting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One value per factor: what {@link Accounting} prices an activity with. Either the central values of a
 * {@link FactorSet} (the KPIs of every replication) or one of its draws (the factor band).
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
    public static final String LINE_FIXED_CNY_PER_YR = "line_fixed_cny_per_yr";
    public static final String LINE_CNY_PER_PACK = "line_cny_per_pack";
    public static final String LOST_VEHICLE_MARGIN_CNY = "lost_vehicle_margin_cny";
    public static final String ROAD_VEHICLE_BASED = org.fifsim.scenario.io.FactorDefinitions.ROAD_VEHICLE_BASED;
    public static final String ROAD_KG_CO2_PER_TKM = "road_kg_co2_per_tkm";
    public static final String TRUCK_L_PER_100KM_LOADED = "truck_l_per_100km_loaded";
    public static final String TRUCK_EMPTY_FUEL_SHARE = "truck_empty_fuel_share";
    public static final String DIESEL_TTW_KG_PER_L = "diesel_ttw_kg_co2e_per_l";
    public static final String DIESEL_WTT_KG_PER_L = "diesel_wtt_kg_co2e_per_l";
    public static final String HUB_KWH_PER_PACK_HANDLED = "hub_kwh_per_pack_handled";
    public static final String WAREHOUSE_KWH_PER_PACK_DAY = "warehouse_kwh_per_pack_day";
    public static final String VEHICLE_PLANT_KG_CO2_PER_KWH = "vehicle_plant_kg_co2_per_kwh";
    public static final String VEHICLE_PLANT_CNY_PER_KWH = "vehicle_plant_cny_per_kwh";
    public static final String CELL_PLANT_KG_CO2_PER_KWH = "cell_plant_kg_co2_per_kwh";
    public static final String CELL_PLANT_CNY_PER_KWH = "cell_plant_cny_per_kwh";
    public static final String GREEN_POWER_SHARE = "green_power_share";

    /** Read from the scenario (energy section, {@code pack_kwh}) rather than the library. */
    public static final String GRID_KG_CO2_PER_KWH = "grid_kg_co2_per_kwh";
    public static final String PV_LIFECYCLE_KG_CO2_PER_KWH = "pv_lifecycle_kg_co2_per_kwh";
    public static final String GRID_CNY_PER_KWH = "grid_cny_per_kwh";
    public static final String PACK_KWH = "pack_kwh";

    /**
     * Containment prices, from the scenario's {@code quality} section; a factor set has them only when the scenario
     * has quality incidents (and its activity a {@link org.fifsim.results.Activity.Quality}).
     */
    public static final String CONTAINMENT_INSPECTION_CNY_PER_PACK = "containment_inspection_cny_per_pack";
    public static final String CONTAINMENT_REWORK_CNY_PER_PACK = "containment_rework_cny_per_pack";
    public static final String CONTAINMENT_SCRAP_CNY_PER_PACK = "containment_scrap_cny_per_pack";
    public static final String CONTAINMENT_RECALL_CNY_PER_VEHICLE = "containment_recall_cny_per_vehicle";
    public static final List<String> CONTAINMENT = List.of(CONTAINMENT_INSPECTION_CNY_PER_PACK,
            CONTAINMENT_REWORK_CNY_PER_PACK, CONTAINMENT_SCRAP_CNY_PER_PACK, CONTAINMENT_RECALL_CNY_PER_VEHICLE);

    /** Every library factor {@link Accounting} needs; the library must define them all. */
    public static final List<String> NAMES = List.of(PACK_VALUE_CNY, PACK_MASS_KG, INVENTORY_HOLDING_RATE_PER_YR,
            TRUCK_CNY_PER_KM, TRUCK_CNY_PER_TRIP, EMPTY_RETURN_SHARE, HANDLING_CNY_PER_PACK,
            WAREHOUSING_CNY_PER_PACK_DAY, REWORK_CNY_PER_PACK, SCRAP_VALUE_SHARE, LINE_FIXED_CNY_PER_YR,
            LINE_CNY_PER_PACK, LOST_VEHICLE_MARGIN_CNY, ROAD_VEHICLE_BASED, ROAD_KG_CO2_PER_TKM, TRUCK_L_PER_100KM_LOADED,
            TRUCK_EMPTY_FUEL_SHARE, DIESEL_TTW_KG_PER_L, DIESEL_WTT_KG_PER_L,
            HUB_KWH_PER_PACK_HANDLED, WAREHOUSE_KWH_PER_PACK_DAY, VEHICLE_PLANT_KG_CO2_PER_KWH,
            VEHICLE_PLANT_CNY_PER_KWH, CELL_PLANT_KG_CO2_PER_KWH, CELL_PLANT_CNY_PER_KWH, GREEN_POWER_SHARE);

    /** The factors taken from the scenario, in {@link FactorSet} order after the library's. */
    public static final List<String> FROM_SCENARIO = List.of(GRID_KG_CO2_PER_KWH, PV_LIFECYCLE_KG_CO2_PER_KWH,
            GRID_CNY_PER_KWH, PACK_KWH);

    /**
     * The value of one pack of a named variant ({@code pack_value_cny.m9}), from the scenario's {@code variants}; a
     * factor set has one per variant when the scenario names them.
     */
    public static String packValueOf(String variant) {
        return PACK_VALUE_CNY + "." + variant;
    }

    /** The variant a {@link #packValueOf} name is for, or null for any other name. */
    public static String variantOf(String factor) {
        return factor.startsWith(PACK_VALUE_CNY + ".") && factor.length() > PACK_VALUE_CNY.length() + 1
                ? factor.substring(PACK_VALUE_CNY.length() + 1) : null;
    }

    private final Map<String, Double> values;
    private final double[] tariffByHour;

    private Factors(Map<String, Double> values, double[] tariffByHour) {
        this.values = Collections.unmodifiableMap(values);
        this.tariffByHour = tariffByHour;
    }

    /**
     * Fixed values; every factor of {@link #NAMES} and {@link #FROM_SCENARIO} must be given and finite.
     *
     * @param timeOfUse price by clock hour 0..23, null for an hour at the flat {@code grid_cny_per_kwh}; null: flat
     */
    public static Factors of(Map<String, Double> values, Double[] timeOfUse) {
        for (String name : NAMES) {
            check(values, name);
        }
        for (String name : FROM_SCENARIO) {
            check(values, name);
        }
        double flat = values.get(GRID_CNY_PER_KWH);
        double[] byHour = new double[24];
        for (int h = 0; h < 24; h++) {
            byHour[h] = timeOfUse == null || timeOfUse[h] == null ? flat : timeOfUse[h];
        }
        return new Factors(new LinkedHashMap<>(values), byHour);
    }

    /** Fixed values at a flat tariff. */
    public static Factors of(Map<String, Double> values) {
        return of(values, null);
    }

    private static void check(Map<String, Double> values, String name) {
        Double v = values.get(name);
        if (v == null || !Double.isFinite(v)) {
            throw new IllegalArgumentException("factor " + name + " is missing or not finite");
        }
    }

    /** The value of a factor. */
    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no factor " + name);
        }
        return v;
    }

    /** The pack plant's grid price in a clock hour (its time-of-use band, else the flat tariff). */
    public double tariff(int hour) {
        return tariffByHour[hour];
    }

    /** All values, in {@link FactorSet} order. */
    public Map<String, Double> values() {
        return values;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
