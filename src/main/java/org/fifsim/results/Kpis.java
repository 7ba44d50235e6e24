package org.fifsim.results;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.results.Kpi.Aggregation;

/**
 * The KPI registry: the KPIs of CONTRACT.md in report order, plus fifsim's additions, each declared once with its
 * unit, meaning, plain name, display, direction, whether it is priced and how it is formed. Names here are part of
 * the user contract; the README's KPI table is generated from this list ({@code scripts/readme-excerpts}).
 */
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
    public static final String STOCK_FILL_RATE = "stock_fill_rate";
    public static final String STOCK_ON_HAND = "stock_on_hand";
    public static final String STOCK_BACKORDERS = "stock_backorders";
    public static final String STOCK_OUT_SHARE = "stock_out_share";
    public static final String QUALITY_INCIDENTS = "quality_incidents";
    public static final String QUALITY_INCIDENTS_REALISED = "quality_incidents_realised";
    public static final String SUSPECT_PACKS = "suspect_packs";
    public static final String QUARANTINED_PACKS_REALISED = "quarantined_packs_realised";
    public static final String VEHICLES_RECALLED_REALISED = "vehicles_recalled_realised";
    public static final String VEHICLES_LOST_REALISED = "vehicles_lost_realised";
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
    public static final String CO2_TRANSPORT_INTENSITY_T = "co2_transport_intensity_t";
    public static final String CO2_TRANSPORT_VEHICLE_T = "co2_transport_vehicle_t";
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
            new Kpi(PACKS_GOOD, "packs/yr", "packs passing the end-of-line test (after rework)")
                    .labelled("Good packs").more(),
            new Kpi(PACKS_SCRAPPED, "packs/yr", "packs scrapped")
                    .labelled("Packs scrapped").less(),
            new Kpi(VEHICLES_BUILT, "vehicles/yr", "vehicles that got a pack")
                    .labelled("Vehicles built").more(),
            new Kpi(VEHICLE_LINE_STARVED, "fraction", "share of the vehicle line's working time lost for want of a pack")
                    .labelled("Vehicle line starved for packs").less(),
            new Kpi(VEHICLES_SHORT, "vehicles/yr", "vehicles not built for want of a pack: the starved time over the takt; with orders, at most the orders not built")
                    .labelled("Vehicles short").less(),
            new Kpi(VEHICLE_LINE_AVAILABILITY, "fraction", "share of the vehicle line's working time it is not stopped by a stoppage of its own")
                    .labelled("Vehicle line availability").more(),
            new Kpi(PACK_LINE_AVAILABILITY, "fraction", "share of the pack line's working time no station is down")
                    .labelled("Pack line availability").more(),
            new Kpi(LEAD_TIME_H, "h", "mean time from end-of-line pass to the pack reaching line-side")
                    .labelled("Lead time, end of line to line-side").less(),
            new Kpi(LEAD_TIME_P50_H, "h", "median of that lead time")
                    .labelled("Lead time, median").less().formedAs(Aggregation.PERCENTILE),
            new Kpi(LEAD_TIME_P95_H, "h", "95th percentile of that lead time")
                    .labelled("Lead time, 95th percentile").less().formedAs(Aggregation.PERCENTILE),
            new Kpi(PIPELINE_PACKS, "packs", "mean packs between end-of-line and installation")
                    .labelled("Packs in the pipeline").less(),
            new Kpi(LINE_SIDE_PACKS, "packs", "mean packs in the line-side store")
                    .labelled("Packs at the line-side"),
            new Kpi(PACK_LINE_WIP, "packs", "mean packs inside the pack line (released, not yet tested)")
                    .labelled("Packs in the pack line"),
            new Kpi(TRUCK_TRIPS, "trips/yr", "road trips carrying packs (0 when co-located)")
                    .labelled("Pack truck trips").less(),
            new Kpi(CELL_TRUCK_TRIPS, "trips/yr", "road trips carrying cells to the pack line (0 without cell_supply)")
                    .labelled("Cell truck trips").less(),
            new Kpi(CELL_TRUCK_KM, "km/yr", "truck km of the cell leg, loaded and empty")
                    .labelled("Cell truck km").less(),
            new Kpi(PACK_LINE_CELL_WAIT, "fraction", "share of time the pack line waits for cells")
                    .labelled("Pack line waiting for cells").less(),
            new Kpi(COMPONENT_COVER_D, "d", "days of vehicle demand the packs between end-of-line and installation cover ('daily clearance': below 1)")
                    .labelled("Days of cover").formedAs(Aggregation.RATIO),
            new Kpi(ORDER_TO_DELIVERY_D, "d", "mean time from a customer order to its vehicle built (with orders)")
                    .labelled("Order to delivery").less().displayedIn("h", 24),
            new Kpi(ORDER_TO_DELIVERY_P95_D, "d", "95th percentile of that time (with orders)")
                    .labelled("Order to delivery, 95th percentile").less().formedAs(Aggregation.PERCENTILE),
            new Kpi(ORDER_BANK_ORDERS, "orders", "mean orders waiting in the bank, before the frozen sequence (with orders)")
                    .labelled("Orders in the bank"),
            new Kpi(SEQUENCE_MISSES, "vehicles/yr", "vehicles whose pack was not at the line-side when due (with orders)")
                    .labelled("Sequence misses").less(),
            new Kpi(VEHICLE_LINE_WAITING_ORDERS, "fraction", "share of the vehicle line's working time with no order due to build (with orders)")
                    .labelled("Vehicle line waiting for orders"),
            new Kpi(STOCK_FILL_RATE, "fraction", "share of call-offs the last stock point before the line met from stock at once (packs from stock)")
                    .labelled("Stock fill rate").more(),
            new Kpi(STOCK_ON_HAND, "packs", "mean packs ready on hand at that stock point (packs from stock)")
                    .labelled("Stock on hand"),
            new Kpi(STOCK_BACKORDERS, "packs", "mean call-offs waiting there for a pack (packs from stock)")
                    .labelled("Stock backorders").less(),
            new Kpi(STOCK_OUT_SHARE, "fraction", "share of time a call-off would find no pack of its variant there, by variant share (packs from stock)")
                    .labelled("Stock-out time").less(),
            new Kpi(QUALITY_INCIDENTS, "incidents/yr", "station drifts a year at the scenario's rate: a year over the mean of every plus the simulated drift-to-detection time (with quality)")
                    .labelled("Quality incidents").less(),
            new Kpi(QUALITY_INCIDENTS_REALISED, "incidents/yr", "station drifts detected in the simulated time, per year (with quality)")
                    .labelled("Quality incidents, realised").less(),
            new Kpi(SUSPECT_PACKS, "packs/yr", "suspect packs a year: quality_incidents x suspect packs per incident (with quality)")
                    .labelled("Suspect packs").less(),
            new Kpi(SUSPECT_PACKS_PER_INCIDENT, "packs", "packs the drifting station made before the drift was detected, per incident (with quality)")
                    .labelled("Suspect packs per quality incident").less().formedAs(Aggregation.RATIO),
            new Kpi(QUARANTINED_PACKS, "packs/yr", "suspect packs held and inspected in the pipe: quality_incidents x per incident (with quality)")
                    .labelled("Packs quarantined").less(),
            new Kpi(QUARANTINED_PACKS_REALISED, "packs/yr", "the same as realised in the simulated time (with quality)")
                    .labelled("Packs quarantined, realised").less(),
            new Kpi(QUARANTINED_PACKS_PER_INCIDENT, "packs", "the same per incident (with quality)")
                    .labelled("Packs quarantined per incident").less().formedAs(Aggregation.RATIO),
            new Kpi(QUARANTINE_PACKS, "packs", "mean packs held in quarantine, inspection or rework: in the pipeline, not in transit (with quality)")
                    .labelled("Packs held in quarantine").less(),
            new Kpi(VEHICLES_RECALLED, "vehicles/yr", "vehicles recalled for a suspect pack installed before the detection: quality_incidents x per incident (with quality)")
                    .labelled("Vehicles recalled").less(),
            new Kpi(VEHICLES_RECALLED_REALISED, "vehicles/yr", "the same as realised in the simulated time (with quality)")
                    .labelled("Vehicles recalled, realised").less(),
            new Kpi(VEHICLES_LOST, "vehicles/yr", "vehicles not built for want of a pack while a containment was open: quality_incidents x per incident (with quality)")
                    .labelled("Vehicles lost to containment").less(),
            new Kpi(VEHICLES_LOST_REALISED, "vehicles/yr", "the same as realised in the simulated time (with quality)")
                    .labelled("Vehicles lost to containment, realised").less(),
            new Kpi(COST_CONTAINMENT_CNY, "CNY/yr", "inspection, rework and scrap of quarantined packs, and recalls: quality_incidents x per incident (with quality; in cost_total_cny)")
                    .labelled("Quality containment cost").less().fromFactors(),
            new Kpi(ENERGY_KWH, "kWh/yr", "pack line electricity")
                    .labelled("Pack line electricity").less(),
            new Kpi(PV_SHARE, "fraction", "share of that electricity met by PV (directly or through storage)")
                    .labelled("PV share of electricity").more(),
            new Kpi(PV_KWH, "kWh/yr", "PV energy generated")
                    .labelled("PV generated"),
            new Kpi(GRID_KWH, "kWh/yr", "electricity imported from the grid")
                    .labelled("Grid electricity").less(),
            new Kpi(PV_SURPLUS_KWH, "kWh/yr", "PV energy not used by the line (exported or curtailed)")
                    .labelled("PV surplus"),
            new Kpi(STORAGE_THROUGHPUT_KWH, "kWh/yr", "energy delivered by the battery storage")
                    .labelled("Storage throughput"),
            new Kpi(COST_LOGISTICS_CNY, "CNY/yr", "transport, handling, warehousing")
                    .labelled("Logistics cost").less().fromFactors(),
            new Kpi(COST_TRANSPORT_CNY, "CNY/yr", "road transport: per trip and per km, empty returns included")
                    .labelled("Transport cost").less().fromFactors(),
            new Kpi(COST_HANDLING_CNY, "CNY/yr", "handling of packs entering each logistics stage")
                    .labelled("Handling cost").less().fromFactors(),
            new Kpi(COST_CELL_TRANSPORT_CNY, "CNY/yr", "the cell leg's part of cost_transport_cny")
                    .labelled("Cell transport cost").less().fromFactors(),
            new Kpi(COST_WAREHOUSING_CNY, "CNY/yr", "warehouse space per pack-day")
                    .labelled("Warehousing cost").less().fromFactors(),
            new Kpi(COST_INVENTORY_CNY, "CNY/yr", "holding cost of pipeline stock")
                    .labelled("Inventory cost").less().fromFactors(),
            new Kpi(COST_SCRAP_CNY, "CNY/yr", "value of packs scrapped at the end-of-line test")
                    .labelled("Scrap cost").less().fromFactors(),
            new Kpi(COST_REWORK_CNY, "CNY/yr", "rework of failed packs")
                    .labelled("Rework cost").less().fromFactors(),
            new Kpi(COST_LINE_CNY, "CNY/yr", "pack line capacity: a dedicated line's fixed cost, or a shared plant's per-pack charge")
                    .labelled("Pack line cost").less().fromFactors(),
            new Kpi(COST_ENERGY_CNY, "CNY/yr", "grid electricity bought (pack line and hubs, each at its site's tariff)")
                    .labelled("Electricity cost").less().fromFactors(),
            new Kpi(COST_LOST_VEHICLES_CNY, "CNY/yr", "margin of the vehicles not built for want of a pack (vehicles_short x lost_vehicle_margin_cny)")
                    .labelled("Margin of vehicles not built").less().fromFactors(),
            new Kpi(COST_TOTAL_CNY, "CNY/yr", "logistics + inventory + scrap + rework + energy + line + containment + lost vehicles")
                    .labelled("Total cost").less().fromFactors(),
            new Kpi(COST_PER_PACK_CNY, "CNY/pack", "total cost per good pack")
                    .labelled("Cost per good pack").less().fromFactors(),
            new Kpi(COST_PER_VEHICLE_CNY, "CNY/vehicle", "total cost per vehicle built")
                    .labelled("Cost per vehicle built").less().fromFactors(),
            new Kpi(TRANSPORT_TKM, "t-km/yr", "road freight activity: payload mass x distance over every leg")
                    .labelled("Road freight").less().fromFactors(),
            new Kpi(CO2_TRANSPORT_T, "t/yr",
                    "road transport well-to-wheel (ISO 14083 / GLEC v3), empty running included")
                    .labelled("Transport carbon").less().fromFactors(),
            new Kpi(CO2_CELL_TRANSPORT_T, "t/yr", "the cell leg's part of co2_transport_t")
                    .labelled("Cell transport carbon").less().fromFactors(),
            new Kpi(CO2_TRANSPORT_TTW_T, "t/yr", "road transport tank-to-wheel: the fuel burnt")
                    .labelled("Transport carbon, tank-to-wheel").less().fromFactors(),
            new Kpi(CO2_TRANSPORT_WTT_T, "t/yr", "road transport well-to-tank: producing and delivering that fuel")
                    .labelled("Transport carbon, well-to-tank").less().fromFactors(),
            new Kpi(CO2_TRANSPORT_INTENSITY_T, "t/yr",
                    "road transport well-to-wheel by the default-intensity method (t-km x intensity), whichever"
                            + " method co2_transport_t uses")
                    .labelled("Transport carbon, default intensity").less().fromFactors(),
            new Kpi(CO2_TRANSPORT_VEHICLE_T, "t/yr",
                    "road transport well-to-wheel by the vehicle-based method (simulated km x fuel), whichever"
                            + " method co2_transport_t uses")
                    .labelled("Transport carbon, vehicle-based").less().fromFactors(),
            new Kpi(CO2_GRID_T, "t/yr", "pack plant's grid electricity emissions, market-based")
                    .labelled("Grid electricity carbon").less().fromFactors(),
            new Kpi(CO2_ELECTRICITY_LOCATION_T, "t/yr",
                    "electricity, location-based: all consumption (own PV included) at the grid average")
                    .labelled("Electricity carbon, location-based").less().fromFactors(),
            new Kpi(CO2_ELECTRICITY_MARKET_T, "t/yr",
                    "electricity, market-based: own PV and contracted green power count zero")
                    .labelled("Electricity carbon, market-based").less().fromFactors(),
            new Kpi(CO2_PV_LIFECYCLE_T, "t/yr", "life-cycle emissions of the PV energy used")
                    .labelled("PV life-cycle carbon").less().fromFactors(),
            new Kpi(CO2_WAREHOUSE_T, "t/yr", "hubs' electricity (per pack-day and per pack handled) on their site's grid")
                    .labelled("Hub electricity carbon").less().fromFactors(),
            new Kpi(CO2_ELECTRICITY_T, "t/yr", "electricity emissions, market-based (line and hubs), plus PV life cycle")
                    .labelled("Electricity carbon").less().fromFactors(),
            new Kpi(CO2_TOTAL_T, "t/yr", "transport + electricity")
                    .labelled("Carbon").less().fromFactors(),
            new Kpi(CO2_PER_PACK_KG, "kg/pack", "total CO2 per good pack")
                    .labelled("Carbon per good pack").less().fromFactors(),
            new Kpi(CO2_PER_KWH_KG, "kg/kWh",
                    "CO2e per kWh of pack capacity from the stages fifsim covers (assembly, transport, hubs)")
                    .labelled("Carbon per kWh of pack").less().fromFactors(),
            new Kpi(CO2_PER_KWH_ASSEMBLY_KG, "kg/kWh", "part of it from pack assembly electricity and PV life cycle")
                    .labelled("Carbon per kWh of pack, assembly").less().fromFactors(),
            new Kpi(CO2_PER_KWH_TRANSPORT_KG, "kg/kWh", "part of it from road transport (cells and packs)")
                    .labelled("Carbon per kWh of pack, transport").less().fromFactors(),
            new Kpi(CO2_PER_KWH_HUBS_KG, "kg/kWh", "part of it from the hubs' electricity")
                    .labelled("Carbon per kWh of pack, hubs").less().fromFactors());

    /**
     * One step of a bridge (waterfall) from one total to another: a KPI that adds into the total, and the one word it
     * goes by there. One word for one thing in both bridges: warehouse space and hub electricity are both
     * "warehousing".
     */
    public record Part(String kpi, String word) {
    }

    /** The parts of {@link #COST_TOTAL_CNY}, in the order its bridge shows them (the cell leg is inside transport). */
    public static final List<Part> COST_PARTS = List.of(new Part(COST_TRANSPORT_CNY, "transport"),
            new Part(COST_HANDLING_CNY, "handling"), new Part(COST_WAREHOUSING_CNY, "warehousing"),
            new Part(COST_INVENTORY_CNY, "inventory"), new Part(COST_SCRAP_CNY, "scrap"),
            new Part(COST_REWORK_CNY, "rework"), new Part(COST_ENERGY_CNY, "electricity"),
            new Part(COST_LINE_CNY, "pack line"), new Part(COST_CONTAINMENT_CNY, "containment"),
            new Part(COST_LOST_VEHICLES_CNY, "lost vehicles"));

    /** The parts of {@link #CO2_TOTAL_T}, in the order its bridge shows them. */
    public static final List<Part> CARBON_PARTS = List.of(new Part(CO2_TRANSPORT_T, "transport"),
            new Part(CO2_WAREHOUSE_T, "warehousing"), new Part(CO2_GRID_T, "electricity"),
            new Part(CO2_PV_LIFECYCLE_T, "PV life cycle"));

    private static final Map<String, Kpi> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        for (Kpi k : ALL) {
            BY_NAME.put(k.name(), k);
            INDEX.put(k.name(), INDEX.size());
        }
    }

    private Kpis() {
    }

    public static List<Kpi> all() {
        return ALL;
    }

    /** Position of the KPI of that name in {@link #all()}, or -1: what {@link KpiValues} are indexed by. */
    static int indexOf(String name) {
        Integer i = INDEX.get(name);
        return i == null ? -1 : i;
    }

    /** The KPI of that name, or null. */
    public static Kpi get(String name) {
        return BY_NAME.get(name);
    }

    /**
     * The registered KPI of that name.
     *
     * @throws IllegalArgumentException when there is none: a caller naming a KPI in code must name a registered one
     */
    public static Kpi named(String name) {
        Kpi k = BY_NAME.get(name);
        if (k == null) {
            throw new IllegalArgumentException("no KPI " + name + " in the registry");
        }
        return k;
    }

    /** Which way a KPI is better, from the registry; {@code NEITHER} for a name it does not hold. */
    public static Kpi.Direction directionOf(String name) {
        Kpi k = BY_NAME.get(name);
        return k == null ? Kpi.Direction.NEITHER : k.direction();
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
