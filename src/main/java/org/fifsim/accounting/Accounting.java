package org.fifsim.accounting;

import static org.fifsim.accounting.Factors.EMPTY_RETURN_SHARE;
import static org.fifsim.accounting.Factors.HANDLING_CNY_PER_PACK;
import static org.fifsim.accounting.Factors.INVENTORY_HOLDING_RATE_PER_YR;
import static org.fifsim.accounting.Factors.PACK_MASS_KG;
import static org.fifsim.accounting.Factors.PACK_VALUE_CNY;
import static org.fifsim.accounting.Factors.LINE_CNY_PER_PACK;
import static org.fifsim.accounting.Factors.LINE_FIXED_CNY_PER_YR;
import static org.fifsim.accounting.Factors.REWORK_CNY_PER_PACK;
import static org.fifsim.accounting.Factors.ROAD_KG_CO2_PER_TKM;
import static org.fifsim.accounting.Factors.SCRAP_VALUE_SHARE;
import static org.fifsim.accounting.Factors.TRUCK_CNY_PER_KM;
import static org.fifsim.accounting.Factors.TRUCK_CNY_PER_TRIP;
import static org.fifsim.accounting.Factors.TRUCK_EMPTY_KG_CO2_PER_KM;
import static org.fifsim.accounting.Factors.WAREHOUSE_KWH_PER_PACK_DAY;
import static org.fifsim.accounting.Factors.WAREHOUSING_CNY_PER_PACK_DAY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.results.Kpis;

/**
 * Cost (CNY/yr) and carbon (t CO2e/yr) of one replication from its annual activity data (trips, km, pack-km,
 * pack-days, kWh, scrapped packs) and the factor values drawn for it. Pure functions: no state, no randomness.
 */
public final class Accounting {

    /** Activity keys read (annual values after the warm-up, as {@code FifModel} writes them). */
    public static final List<String> ACTIVITY = List.of("packs_good", "packs_scrapped", "packs_reworked",
            "pipeline_packs", "truck_trips", "truck_loaded_km", "truck_empty_km", "pack_km", "packs_handled",
            "warehouse_pack_days", "energy_grid_kwh", "energy_pv_used_kwh", "energy_grid_cost_cny");

    private static final String NO_SCOPE = "";
    private static final String SCOPE_2 = "scope 2 (purchased electricity, location-based)";
    private static final String SCOPE_3_4 = "scope 3 cat. 4 (upstream transportation: bought road freight;"
            + " scope 1 if the fleet is owned)";
    private static final String SCOPE_WAREHOUSE = "scope 2 (own warehouses' electricity; scope 3 cat. 4 when"
            + " warehousing is bought)";
    private static final String SCOPE_3_PV = "scope 3 upstream (life cycle of the PV equipment: cat. 2 capital"
            + " goods if the plant owns the panels, cat. 1 if bought as a service; never scope 2)";

    /** A KPI of the accounting: name, unit, GHG Protocol scope (empty for costs) and meaning. */
    public record Term(String name, String unit, String scope, String meaning) {
    }

    /** The KPIs {@link #compute} returns, in that order: contract KPIs in contract order, finer terms beside them. */
    public static final List<Term> TERMS = List.of(
            new Term(Kpis.COST_LOGISTICS_CNY, "CNY/yr", NO_SCOPE, "transport + handling + warehousing"),
            new Term(Kpis.COST_TRANSPORT_CNY, "CNY/yr", NO_SCOPE,
                    "every road leg, pack and cell: trips x per-trip cost + (loaded km + empty km x empty-return"
                            + " share) x per-km cost"),
            new Term(Kpis.COST_HANDLING_CNY, "CNY/yr", NO_SCOPE, "packs entering a logistics stage x handling cost"),
            new Term(Kpis.COST_CELL_TRANSPORT_CNY, "CNY/yr", NO_SCOPE,
                    "the cell leg's part of transport: its trips and km at the same truck prices"),
            new Term(Kpis.COST_WAREHOUSING_CNY, "CNY/yr", NO_SCOPE, "pack-days in stores x warehousing rate"),
            new Term(Kpis.COST_INVENTORY_CNY, "CNY/yr", NO_SCOPE,
                    "pack value x holding rate x time-averaged pipeline packs"),
            new Term(Kpis.COST_SCRAP_CNY, "CNY/yr", NO_SCOPE, "scrapped packs x pack value x scrap value share"),
            new Term(Kpis.COST_REWORK_CNY, "CNY/yr", NO_SCOPE, "reworked packs x rework cost"),
            new Term(Kpis.COST_ENERGY_CNY, "CNY/yr", NO_SCOPE,
                    "grid electricity of the line (its tariff, time-of-use included) + warehouse kWh x flat tariff"),
            new Term(Kpis.COST_LINE_CNY, "CNY/yr", NO_SCOPE,
                    "pack line capacity: fixed cost per year of a dedicated line + per-pack charge of a shared plant"),
            new Term(Kpis.COST_TOTAL_CNY, "CNY/yr", NO_SCOPE, "logistics + inventory + scrap + rework + energy + line"),
            new Term(Kpis.COST_PER_PACK_CNY, "CNY/pack", NO_SCOPE, "total cost / good packs"),
            new Term(Kpis.CO2_TRANSPORT_T, "t/yr", SCOPE_3_4,
                    "every road leg: unit-km x unit mass x road factor + empty km x empty-return share x empty-truck"
                            + " factor"),
            new Term(Kpis.CO2_CELL_TRANSPORT_T, "t/yr", SCOPE_3_4,
                    "the cell leg's part of transport: cell t-km x road factor + its empty km x empty-truck factor"),
            new Term(Kpis.CO2_GRID_T, "t/yr", SCOPE_2, "line's grid kWh x grid factor"),
            new Term(Kpis.CO2_PV_LIFECYCLE_T, "t/yr", SCOPE_3_PV, "PV kWh used x PV life-cycle factor"),
            new Term(Kpis.CO2_WAREHOUSE_T, "t/yr", SCOPE_WAREHOUSE, "warehouse kWh x grid factor"),
            new Term(Kpis.CO2_ELECTRICITY_T, "t/yr", "scope 2 + scope 3 upstream (PV life cycle)",
                    "grid + PV life cycle + warehouse"),
            new Term(Kpis.CO2_TOTAL_T, "t/yr", "scope 2 + scope 3 (cat. 4 transport, upstream PV)",
                    "transport + electricity"),
            new Term(Kpis.CO2_PER_PACK_KG, "kg/pack", "scope 2 + scope 3", "total CO2 / good packs"));

    private static final Map<String, Term> BY_NAME = new LinkedHashMap<>();

    static {
        for (Term t : TERMS) {
            BY_NAME.put(t.name(), t);
        }
    }

    private Accounting() {
    }

    /** The term of that KPI name, or null. */
    public static Term term(String kpi) {
        return BY_NAME.get(kpi);
    }

    /** GHG Protocol scope label of a carbon KPI; empty for costs and unknown names. */
    public static String scopeOf(String kpi) {
        Term t = BY_NAME.get(kpi);
        return t == null ? NO_SCOPE : t.scope();
    }

    /**
     * The accounting KPIs of one replication, in {@link #TERMS} order. The per-pack KPIs are NaN when no good pack
     * was made.
     *
     * @param activity annual activity data; every key of {@link #ACTIVITY} must be present
     * @param factors the factor values drawn for this replication
     * @param gridKgCo2PerKwh grid emission factor drawn for this replication (kg CO2/kWh)
     * @param pvLifecycleKgPerKwh PV life-cycle emissions (kg CO2e per kWh of PV used)
     * @param gridCnyPerKwh flat grid tariff, for the warehouses' electricity (CNY/kWh)
     * @throws IllegalArgumentException when an activity value is missing or not finite
     */
    public static Map<String, Double> compute(Map<String, Double> activity, Factors factors, double gridKgCo2PerKwh,
            double pvLifecycleKgPerKwh, double gridCnyPerKwh) {
        for (String key : ACTIVITY) {
            Double v = activity.get(key);
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("activity " + key + " is missing or not finite: " + v);
            }
        }
        double packValue = factors.get(PACK_VALUE_CNY);
        double emptyKm = activity.get("truck_empty_km") * factors.get(EMPTY_RETURN_SHARE);
        double truckKm = activity.get("truck_loaded_km") + emptyKm;

        double transport = activity.get("truck_trips") * factors.get(TRUCK_CNY_PER_TRIP)
                + truckKm * factors.get(TRUCK_CNY_PER_KM);
        double tonnesPerPack = factors.get(PACK_MASS_KG) / 1000.0;
        double co2Transport = (activity.get("pack_km") * tonnesPerPack * factors.get(ROAD_KG_CO2_PER_TKM)
                + emptyKm * factors.get(TRUCK_EMPTY_KG_CO2_PER_KM)) / 1000.0;
        double cellTransport = 0;
        double co2CellTransport = 0;
        List<TransportLegs.Leg> legs = TransportLegs.of(activity);
        if (!legs.isEmpty()) {
            // every road leg, pack and cell, priced alike (results saved before legs existed use the sums above)
            transport = 0;
            co2Transport = 0;
            for (TransportLegs.Leg leg : legs) {
                TransportLegs.Priced p = TransportLegs.price(leg, factors);
                transport += p.costCny();
                co2Transport += p.co2T();
                if (leg.carriesCells()) {
                    cellTransport += p.costCny();
                    co2CellTransport += p.co2T();
                }
            }
        }
        double handling = activity.get("packs_handled") * factors.get(HANDLING_CNY_PER_PACK);
        double warehousing = activity.get("warehouse_pack_days") * factors.get(WAREHOUSING_CNY_PER_PACK_DAY);
        double logistics = transport + handling + warehousing;
        double inventory = packValue * factors.get(INVENTORY_HOLDING_RATE_PER_YR) * activity.get("pipeline_packs");
        double scrap = activity.get("packs_scrapped") * packValue * factors.get(SCRAP_VALUE_SHARE);
        double rework = activity.get("packs_reworked") * factors.get(REWORK_CNY_PER_PACK);
        double warehouseKwh = activity.get("warehouse_pack_days") * factors.get(WAREHOUSE_KWH_PER_PACK_DAY);
        double energy = activity.get("energy_grid_cost_cny") + warehouseKwh * gridCnyPerKwh;
        // a line built for one vehicle plant is a fixed cost; capacity bought from a shared pack plant is paid per pack
        double line = factors.get(LINE_FIXED_CNY_PER_YR) + activity.get("packs_good") * factors.get(LINE_CNY_PER_PACK);
        double total = logistics + inventory + scrap + rework + energy + line;

        double co2Grid = activity.get("energy_grid_kwh") * gridKgCo2PerKwh / 1000.0;
        double co2Pv = activity.get("energy_pv_used_kwh") * pvLifecycleKgPerKwh / 1000.0;
        double co2Warehouse = warehouseKwh * gridKgCo2PerKwh / 1000.0;
        double co2Electricity = co2Grid + co2Pv + co2Warehouse;
        double co2Total = co2Transport + co2Electricity;

        double good = activity.get("packs_good");
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(Kpis.COST_LOGISTICS_CNY, logistics);
        out.put(Kpis.COST_TRANSPORT_CNY, transport);
        out.put(Kpis.COST_HANDLING_CNY, handling);
        out.put(Kpis.COST_CELL_TRANSPORT_CNY, cellTransport);
        out.put(Kpis.COST_WAREHOUSING_CNY, warehousing);
        out.put(Kpis.COST_INVENTORY_CNY, inventory);
        out.put(Kpis.COST_SCRAP_CNY, scrap);
        out.put(Kpis.COST_REWORK_CNY, rework);
        out.put(Kpis.COST_ENERGY_CNY, energy);
        out.put(Kpis.COST_LINE_CNY, line);
        out.put(Kpis.COST_TOTAL_CNY, total);
        out.put(Kpis.COST_PER_PACK_CNY, good > 0 ? total / good : Double.NaN);
        out.put(Kpis.CO2_TRANSPORT_T, co2Transport);
        out.put(Kpis.CO2_CELL_TRANSPORT_T, co2CellTransport);
        out.put(Kpis.CO2_GRID_T, co2Grid);
        out.put(Kpis.CO2_PV_LIFECYCLE_T, co2Pv);
        out.put(Kpis.CO2_WAREHOUSE_T, co2Warehouse);
        out.put(Kpis.CO2_ELECTRICITY_T, co2Electricity);
        out.put(Kpis.CO2_TOTAL_T, co2Total);
        out.put(Kpis.CO2_PER_PACK_KG, good > 0 ? co2Total * 1000.0 / good : Double.NaN);
        return out;
    }
}
