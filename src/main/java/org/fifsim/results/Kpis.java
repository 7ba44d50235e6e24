package org.fifsim.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The KPIs of CONTRACT.md in report order, plus fifsim's additions. Names here are part of the user contract. */
public final class Kpis {
    public static final String PACKS_GOOD = "packs_good";
    public static final String PACKS_SCRAPPED = "packs_scrapped";
    public static final String VEHICLES_BUILT = "vehicles_built";
    public static final String VEHICLE_LINE_STARVED = "vehicle_line_starved";
    public static final String VEHICLES_SHORT = "vehicles_short";
    public static final String VEHICLE_LINE_AVAILABILITY = "vehicle_line_availability";
    public static final String PACK_LINE_AVAILABILITY = "pack_line_availability";
    public static final String LEAD_TIME_H = "lead_time_h";
    public static final String LEAD_TIME_P50_H = "lead_time_p50_h";
    public static final String LEAD_TIME_P95_H = "lead_time_p95_h";
    public static final String PIPELINE_PACKS = "pipeline_packs";
    public static final String LINE_SIDE_PACKS = "line_side_packs";
    public static final String PACK_LINE_WIP = "pack_line_wip";
    public static final String TRUCK_TRIPS = "truck_trips";
    public static final String COMPONENT_COVER_D = "component_cover_d";
    public static final String ORDER_TO_DELIVERY_D = "order_to_delivery_d";
    public static final String ORDER_TO_DELIVERY_P95_D = "order_to_delivery_p95_d";
    public static final String ORDER_BANK_ORDERS = "order_bank_orders";
    public static final String SEQUENCE_MISSES = "sequence_misses";
    public static final String VEHICLE_LINE_WAITING_ORDERS = "vehicle_line_waiting_orders";
    public static final String QUALITY_INCIDENTS = "quality_incidents";
    public static final String SUSPECT_PACKS_PER_INCIDENT = "suspect_packs_per_incident";
    public static final String QUARANTINED_PACKS = "quarantined_packs";
    public static final String QUARANTINED_PACKS_PER_INCIDENT = "quarantined_packs_per_incident";
    public static final String QUARANTINE_PACKS = "quarantine_packs";
    public static final String VEHICLES_RECALLED = "vehicles_recalled";
    public static final String VEHICLES_LOST = "vehicles_lost";
    public static final String COST_CONTAINMENT_CNY = "cost_containment_cny";
    public static final String CELL_TRUCK_TRIPS = "cell_truck_trips";
    public static final String CELL_TRUCK_KM = "cell_truck_km";
    public static final String PACK_LINE_CELL_WAIT = "pack_line_cell_wait";
    public static final String ENERGY_KWH = "energy_kwh";
    public static final String PV_SHARE = "pv_share";
    public static final String PV_KWH = "pv_kwh";
    public static final String GRID_KWH = "grid_kwh";
    public static final String PV_SURPLUS_KWH = "pv_surplus_kwh";
    public static final String STORAGE_THROUGHPUT_KWH = "storage_throughput_kwh";
    public static final String COST_LOGISTICS_CNY = "cost_logistics_cny";
    public static final String COST_TRANSPORT_CNY = "cost_transport_cny";
    public static final String COST_HANDLING_CNY = "cost_handling_cny";
    public static final String COST_CELL_TRANSPORT_CNY = "cost_cell_transport_cny";
    public static final String COST_WAREHOUSING_CNY = "cost_warehousing_cny";
    public static final String COST_INVENTORY_CNY = "cost_inventory_cny";
    public static final String COST_SCRAP_CNY = "cost_scrap_cny";
    public static final String COST_REWORK_CNY = "cost_rework_cny";
    public static final String COST_LINE_CNY = "cost_line_cny";
    public static final String COST_ENERGY_CNY = "cost_energy_cny";
    public static final String COST_TOTAL_CNY = "cost_total_cny";
    public static final String COST_PER_PACK_CNY = "cost_per_pack_cny";
    public static final String COST_LOST_VEHICLES_CNY = "cost_lost_vehicles_cny";
    public static final String COST_PER_VEHICLE_CNY = "cost_per_vehicle_cny";
    public static final String TRANSPORT_TKM = "transport_tkm";
    public static final String CO2_TRANSPORT_T = "co2_transport_t";
    public static final String CO2_CELL_TRANSPORT_T = "co2_cell_transport_t";
    public static final String CO2_TRANSPORT_TTW_T = "co2_transport_ttw_t";
    public static final String CO2_TRANSPORT_WTT_T = "co2_transport_wtt_t";
    public static final String CO2_ELECTRICITY_LOCATION_T = "co2_electricity_location_t";
    public static final String CO2_ELECTRICITY_MARKET_T = "co2_electricity_market_t";
    public static final String CO2_GRID_T = "co2_grid_t";
    public static final String CO2_PV_LIFECYCLE_T = "co2_pv_lifecycle_t";
    public static final String CO2_WAREHOUSE_T = "co2_warehouse_t";
    public static final String CO2_ELECTRICITY_T = "co2_electricity_t";
    public static final String CO2_TOTAL_T = "co2_total_t";
    public static final String CO2_PER_PACK_KG = "co2_per_pack_kg";
    public static final String CO2_PER_KWH_KG = "co2_per_kwh_kg";
    public static final String CO2_PER_KWH_ASSEMBLY_KG = "co2_per_kwh_assembly_kg";
    public static final String CO2_PER_KWH_TRANSPORT_KG = "co2_per_kwh_transport_kg";
    public static final String CO2_PER_KWH_HUBS_KG = "co2_per_kwh_hubs_kg";

    private static final List<Kpi> ALL = List.of(
            new Kpi(PACKS_GOOD, "packs/yr", "packs passing the end-of-line test (after rework)"),
            new Kpi(PACKS_SCRAPPED, "packs/yr", "packs scrapped"),
            new Kpi(VEHICLES_BUILT, "vehicles/yr", "vehicles that got a pack"),
            new Kpi(VEHICLE_LINE_STARVED, "fraction", "share of the vehicle line's working time lost for want of a pack"),
            new Kpi(VEHICLES_SHORT, "vehicles/yr", "vehicles not built for want of a pack: the starved time over the takt; with orders, at most the orders not built"),
            new Kpi(VEHICLE_LINE_AVAILABILITY, "fraction", "share of the vehicle line's working time it is not stopped by a stoppage of its own"),
            new Kpi(PACK_LINE_AVAILABILITY, "fraction", "share of the pack line's working time no station is down"),
            new Kpi(LEAD_TIME_H, "h", "mean time from end-of-line pass to the pack reaching line-side"),
            new Kpi(LEAD_TIME_P50_H, "h", "median of that lead time"),
            new Kpi(LEAD_TIME_P95_H, "h", "95th percentile of that lead time"),
            new Kpi(PIPELINE_PACKS, "packs", "mean packs between end-of-line and installation"),
            new Kpi(LINE_SIDE_PACKS, "packs", "mean packs in the line-side store"),
            new Kpi(PACK_LINE_WIP, "packs", "mean packs inside the pack line (released, not yet tested)"),
            new Kpi(TRUCK_TRIPS, "trips/yr", "road trips carrying packs (0 when co-located)"),
            new Kpi(CELL_TRUCK_TRIPS, "trips/yr", "road trips carrying cells to the pack line (0 without cell_supply)"),
            new Kpi(CELL_TRUCK_KM, "km/yr", "truck km of the cell leg, loaded and empty"),
            new Kpi(PACK_LINE_CELL_WAIT, "fraction", "share of time the pack line waits for cells"),
            new Kpi(COMPONENT_COVER_D, "d", "days of vehicle demand the packs between end-of-line and installation cover ('daily clearance': below 1)"),
            new Kpi(ORDER_TO_DELIVERY_D, "d", "mean time from a customer order to its vehicle built (with orders)"),
            new Kpi(ORDER_TO_DELIVERY_P95_D, "d", "95th percentile of that time (with orders)"),
            new Kpi(ORDER_BANK_ORDERS, "orders", "mean orders waiting in the bank, before the frozen sequence (with orders)"),
            new Kpi(SEQUENCE_MISSES, "vehicles/yr", "vehicles whose pack was not at the line-side when due (with orders)"),
            new Kpi(VEHICLE_LINE_WAITING_ORDERS, "fraction", "share of the vehicle line's working time with no order due to build (with orders)"),
            new Kpi(QUALITY_INCIDENTS, "incidents/yr", "station drifts detected (with quality)"),
            new Kpi(SUSPECT_PACKS_PER_INCIDENT, "packs", "packs the drifting station made before the drift was detected, per incident (with quality)"),
            new Kpi(QUARANTINED_PACKS, "packs/yr", "suspect packs held and inspected in the pipe (with quality)"),
            new Kpi(QUARANTINED_PACKS_PER_INCIDENT, "packs", "the same per incident (with quality)"),
            new Kpi(QUARANTINE_PACKS, "packs", "mean packs held in quarantine, inspection or rework: in the pipeline, not in transit (with quality)"),
            new Kpi(VEHICLES_RECALLED, "vehicles/yr", "vehicles recalled for a suspect pack installed before the detection (with quality)"),
            new Kpi(VEHICLES_LOST, "vehicles/yr", "vehicles not built for want of a pack while a containment was open (with quality)"),
            new Kpi(COST_CONTAINMENT_CNY, "CNY/yr", "inspection, rework and scrap of quarantined packs, and recalls (with quality; in cost_total_cny)"),
            new Kpi(ENERGY_KWH, "kWh/yr", "pack line electricity"),
            new Kpi(PV_SHARE, "fraction", "share of that electricity met by PV (directly or through storage)"),
            new Kpi(PV_KWH, "kWh/yr", "PV energy generated"),
            new Kpi(GRID_KWH, "kWh/yr", "electricity imported from the grid"),
            new Kpi(PV_SURPLUS_KWH, "kWh/yr", "PV energy not used by the line (exported or curtailed)"),
            new Kpi(STORAGE_THROUGHPUT_KWH, "kWh/yr", "energy delivered by the battery storage"),
            new Kpi(COST_LOGISTICS_CNY, "CNY/yr", "transport, handling, warehousing"),
            new Kpi(COST_TRANSPORT_CNY, "CNY/yr", "road transport: per trip and per km, empty returns included"),
            new Kpi(COST_HANDLING_CNY, "CNY/yr", "handling of packs entering each logistics stage"),
            new Kpi(COST_CELL_TRANSPORT_CNY, "CNY/yr", "the cell leg's part of cost_transport_cny"),
            new Kpi(COST_WAREHOUSING_CNY, "CNY/yr", "warehouse space per pack-day"),
            new Kpi(COST_INVENTORY_CNY, "CNY/yr", "holding cost of pipeline stock"),
            new Kpi(COST_SCRAP_CNY, "CNY/yr", "value of packs scrapped at the end-of-line test"),
            new Kpi(COST_REWORK_CNY, "CNY/yr", "rework of failed packs"),
            new Kpi(COST_LINE_CNY, "CNY/yr", "pack line capacity: a dedicated line's fixed cost, or a shared plant's per-pack charge"),
            new Kpi(COST_ENERGY_CNY, "CNY/yr", "grid electricity bought (pack line and hubs, each at its site's tariff)"),
            new Kpi(COST_LOST_VEHICLES_CNY, "CNY/yr", "margin of the vehicles not built for want of a pack (vehicles_short x lost_vehicle_margin_cny)"),
            new Kpi(COST_TOTAL_CNY, "CNY/yr", "logistics + inventory + scrap + rework + energy + line + containment + lost vehicles"),
            new Kpi(COST_PER_PACK_CNY, "CNY/pack", "total cost per good pack"),
            new Kpi(COST_PER_VEHICLE_CNY, "CNY/vehicle", "total cost per vehicle built"),
            new Kpi(TRANSPORT_TKM, "t-km/yr", "road freight activity: payload mass x distance over every leg"),
            new Kpi(CO2_TRANSPORT_T, "t/yr",
                    "road transport well-to-wheel (ISO 14083 / GLEC v3), empty running included"),
            new Kpi(CO2_CELL_TRANSPORT_T, "t/yr", "the cell leg's part of co2_transport_t"),
            new Kpi(CO2_TRANSPORT_TTW_T, "t/yr", "road transport tank-to-wheel: the fuel burnt"),
            new Kpi(CO2_TRANSPORT_WTT_T, "t/yr", "road transport well-to-tank: producing and delivering that fuel"),
            new Kpi(CO2_GRID_T, "t/yr", "pack plant's grid electricity emissions, market-based"),
            new Kpi(CO2_ELECTRICITY_LOCATION_T, "t/yr",
                    "electricity, location-based: all consumption (own PV included) at the grid average"),
            new Kpi(CO2_ELECTRICITY_MARKET_T, "t/yr",
                    "electricity, market-based: own PV and contracted green power count zero"),
            new Kpi(CO2_PV_LIFECYCLE_T, "t/yr", "life-cycle emissions of the PV energy used"),
            new Kpi(CO2_WAREHOUSE_T, "t/yr", "hubs' electricity (per pack-day and per pack handled) on their site's grid"),
            new Kpi(CO2_ELECTRICITY_T, "t/yr", "electricity emissions, market-based (line and hubs), plus PV life cycle"),
            new Kpi(CO2_TOTAL_T, "t/yr", "transport + electricity"),
            new Kpi(CO2_PER_PACK_KG, "kg/pack", "total CO2 per good pack"),
            new Kpi(CO2_PER_KWH_KG, "kg/kWh",
                    "CO2e per kWh of pack capacity from the stages fifsim covers (assembly, transport, hubs)"),
            new Kpi(CO2_PER_KWH_ASSEMBLY_KG, "kg/kWh", "part of it from pack assembly electricity and PV life cycle"),
            new Kpi(CO2_PER_KWH_TRANSPORT_KG, "kg/kWh", "part of it from road transport (cells and packs)"),
            new Kpi(CO2_PER_KWH_HUBS_KG, "kg/kWh", "part of it from the hubs' electricity"));

    private static final Map<String, Kpi> BY_NAME = new LinkedHashMap<>();

    /**
     * The KPIs whose more is better; every cost, carbon, time, stock and loss is less-is-better by its name (below);
     * the rest (activity such as trips, energy, incidents counted) have no better direction.
     */
    private static final java.util.Set<String> MORE_IS_BETTER = java.util.Set.of(PACKS_GOOD, VEHICLES_BUILT,
            VEHICLE_LINE_AVAILABILITY, PACK_LINE_AVAILABILITY, PV_SHARE);
    private static final java.util.Set<String> LESS_IS_BETTER = java.util.Set.of(PACKS_SCRAPPED,
            VEHICLE_LINE_STARVED, LEAD_TIME_H, LEAD_TIME_P50_H, LEAD_TIME_P95_H, PIPELINE_PACKS, PACK_LINE_CELL_WAIT,
            COMPONENT_COVER_D, ORDER_TO_DELIVERY_D, ORDER_TO_DELIVERY_P95_D, SEQUENCE_MISSES,
            SUSPECT_PACKS_PER_INCIDENT, QUARANTINED_PACKS, QUARANTINED_PACKS_PER_INCIDENT, VEHICLES_RECALLED,
            VEHICLES_LOST, GRID_KWH);

    static {
        for (Kpi k : ALL) {
            BY_NAME.put(k.name(), k);
        }
    }

    private Kpis() {
    }

    public static List<Kpi> all() {
        return ALL;
    }

    /** The KPI of that name, or null. */
    public static Kpi get(String name) {
        return BY_NAME.get(name);
    }

    /** Which way a KPI (or an accounting figure named like one) is better; {@code NEITHER} when unknown. */
    public static Kpi.Direction directionOf(String name) {
        if (MORE_IS_BETTER.contains(name)) {
            return Kpi.Direction.MORE_IS_BETTER;
        }
        if (LESS_IS_BETTER.contains(name) || name.startsWith("cost_") || name.startsWith("co2_")
                || name.startsWith("vehicles_short")) {
            return Kpi.Direction.LESS_IS_BETTER;
        }
        return Kpi.Direction.NEITHER;
    }

    /** Unit of a KPI or of a detail column; details are named so their unit is recognisable. */
    public static String unitOf(String name) {
        Kpi k = BY_NAME.get(name);
        if (k != null) {
            return k.unit();
        }
        if (name.endsWith("_share") || name.contains(".share_")) {
            return "fraction";
        }
        if (name.endsWith("_packs")) {
            return "packs";
        }
        return "";
    }
}
