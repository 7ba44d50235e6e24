package org.fifsim.scenario;

import static org.fifsim.scenario.ScenarioKey.Type.CHOICE;
import static org.fifsim.scenario.ScenarioKey.Type.DURATION;
import static org.fifsim.scenario.ScenarioKey.Type.LIST;
import static org.fifsim.scenario.ScenarioKey.Type.NUMBER;
import static org.fifsim.scenario.ScenarioKey.Type.RANDOM_DURATION;
import static org.fifsim.scenario.ScenarioKey.Type.RANDOM_NUMBER;
import static org.fifsim.scenario.ScenarioKey.Type.SECTION;
import static org.fifsim.scenario.ScenarioKey.Type.TEXT;
import static org.fifsim.scenario.ScenarioKey.Type.WHOLE_NUMBER;

import java.util.ArrayList;
import java.util.List;
import org.fifsim.scenario.ScenarioKey.Range;
import org.fifsim.scenario.ScenarioKey.Type;

/**
 * The declarations behind {@link Keys}, in the order of the README's key table. A rule's words are the reader's
 * error text; a description is the README's. Road, store, calendar and closure keys are declared once and placed
 * under each section that has them.
 */
final class KeyCatalog {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double DAY = Durations.DAY;
    private static final String ABOVE_ZERO = "must be above zero";
    private static final String NOT_NEGATIVE = "must not be negative";
    private static final String MEAN_ABOVE_ZERO = "must have a mean above zero";
    private static final String PRICE_RULE = "must be in [0, 1e9) CNY";

    private final List<ScenarioKey> out = new ArrayList<>();

    private KeyCatalog() {
    }

    static List<ScenarioKey> declare() {
        KeyCatalog c = new KeyCatalog();
        c.top();
        c.vehicleLine();
        c.packLine();
        c.logistics();
        c.cellSupply();
        c.energy();
        c.accountingAndService();
        c.ordersAndVariants();
        c.quality();
        return c.out;
    }

    private void top() {
        key("name", TEXT).required().shown("required")
                .about("`[a-z0-9][a-z0-9-]*`, ≤ 64 characters; names the results folder");
        key("description", TEXT).text("", "empty").about("free text");
        key("extends", TEXT).shown("none")
                .about("path of a scenario this one builds on (relative to this file); see below");
        key("run", SECTION).required().shown("required").about("how long, how often and from which seed to simulate");
        key("run.horizon", DURATION).unit("s").range("(]", 0, Keys.MAX_HORIZON, "must be above zero and at most 36500d")
                .number(365 * DAY, "`365d`").about("simulated time per replication, warm-up included; > 0, ≤ 36500d");
        key("run.warmup", DURATION).unit("s").range("[)", 0, INF, NOT_NEGATIVE).number(7 * DAY, "`7d`")
                .about("statistics before this are discarded; < horizon");
        key("run.replications", WHOLE_NUMBER).whole(1, Keys.MAX_REPLICATIONS).number(10, "`10`").about("1–10,000");
        key("run.seed", WHOLE_NUMBER).whole(0, Long.MAX_VALUE / 2).number(20250630, "`20250630`")
                .about("same seed and file ⇒ identical results, any `--threads`");
    }

    private void vehicleLine() {
        key("vehicle_line", SECTION).required().shown("required").about("the vehicle line the packs feed");
        key("vehicle_line.takt", DURATION).required().unit("s").range("()", 0, INF, ABOVE_ZERO).shown("required")
                .about("one vehicle, so one pack, every takt while working");
        calendar("vehicle_line", "`{hours_per_day: 16, days_per_week: 5, start_hour: 6}`; time 0 is Monday 00:00; a"
                + " shift may run past midnight");
        key("vehicle_line.swings", LIST).shown("none")
                .about("demand swings: `[{start: 120d, duration: 14d, takt: 40s}]`, the takt for a period");
        key("vehicle_line.swings.<index>.start", DURATION).required().unit("s").range("[)", 0, INF, NOT_NEGATIVE)
                .shown("required").about("when the swing begins; swings must not overlap");
        key("vehicle_line.swings.<index>.duration", DURATION).required().unit("s").range("()", 0, INF, ABOVE_ZERO)
                .shown("required").about("how long it lasts");
        key("vehicle_line.swings.<index>.takt", DURATION).required().unit("s").range("()", 0, INF, ABOVE_ZERO)
                .shown("required").about("the takt during the swing");
        key("vehicle_line.mtbf", RANDOM_DURATION).unit("s").range("()", 0, INF, MEAN_ABOVE_ZERO).shown("never stops")
                .about("the line's own stoppages, both or neither (with `mttr`), in clock time like a station's: a"
                        + " stoppage freezes the takt in progress; not counted as starved");
        key("vehicle_line.mttr", RANDOM_DURATION).unit("s").range("()", 0, INF, MEAN_ABOVE_ZERO).shown("never stops")
                .about("repair time of the line's own stoppages, with `mtbf`");
    }

    private void calendar(String line, String form) {
        key(line + ".calendar", SECTION).shown("24 h, 7 days").about(form);
        key(line + ".calendar.hours_per_day", NUMBER).unit("h").range("(]", 0, 24, "must be in (0, 24]")
                .number(24, "`24`").about("working hours a day, (0, 24]");
        key(line + ".calendar.days_per_week", WHOLE_NUMBER).whole(1, 7).number(7, "`7`")
                .about("working days a week from Monday, 1–7");
        key(line + ".calendar.start_hour", NUMBER).unit("h").range("[)", 0, 24, "must be in [0, 24)")
                .number(0, "`0`").about("clock hour the working day starts, [0, 24)");
    }

    private void packLine() {
        key("pack_line", SECTION).required().shown("required").about("the pack line: stations in series");
        key("pack_line.buffer", WHOLE_NUMBER).whole(0, 100_000).number(5, "`5`")
                .about("places between consecutive stations (blocking after service)");
        key("pack_line.stations", LIST).required().shown("required")
                .about("list, in series: `{name, cycle_time, mtbf, mttr, failure_clock}`; at most 200");
        String station = "pack_line.stations.<name>.";
        key(station + "name", TEXT).shown("`station-1`, `station-2`, …").about("the station's name, unique");
        key(station + "cycle_time", RANDOM_DURATION).required().unit("s").range("()", 0, INF, MEAN_ABOVE_ZERO)
                .shown("required").about("random duration, mean > 0");
        key(station + "mtbf", RANDOM_DURATION).unit("s").range("()", 0, INF, MEAN_ABOVE_ZERO).shown("never fails")
                .about("both or neither (with `mttr`); time to failure counted from the end of the last repair");
        key(station + "mttr", RANDOM_DURATION).unit("s").range("()", 0, INF, MEAN_ABOVE_ZERO).shown("never fails")
                .about("repair time, with `mtbf`");
        key(station + "failure_clock", CHOICE).choices("clock", "operating").text("clock", "`clock`")
                .about("`clock` (ages in calendar time: availability = MTBF/(MTBF+MTTR)) or `operating` (ages only"
                        + " while processing)");
        key("pack_line.yield", NUMBER).range("(]", 0, 1, "must be in (0, 1]").number(0.998, "`0.998`")
                .about("end-of-line first-pass share, (0, 1]");
        key("pack_line.rework", NUMBER).range("[]", 0, 1, "must be in [0, 1]").number(0.0, "`0.0`")
                .about("share of failed packs recovered by rework; the rest is scrapped");
        key("pack_line.rework_time", RANDOM_DURATION).unit("s").random(new Distribution.Constant(30 * 60), "`30min`")
                .about("random duration of a rework");
        calendar("pack_line", "as for the vehicle line; off shift, stations freeze and resume");
        key("pack_line.changeover", RANDOM_DURATION).unit("s").random(new Distribution.Constant(0), "`0`")
                .about("random duration a station spends when the next pack is of another variant than its last"
                        + " (with `variants`)");
    }

    private void logistics() {
        key("logistics", SECTION).required().shown("required").about("how packs go from the pack line to the vehicle line");
        key("logistics.mode", CHOICE).required().choices("co-located", "remote").shown("required")
                .about("`co-located` or `remote`");
        key("logistics.transfer", RANDOM_DURATION).required().unit("s").random(new Distribution.Constant(0),
                "required when co-located").about("random duration, end-of-line to line-side");
        key("logistics.stages", LIST).required().shown("required when remote")
                .about("ordered list of stages, see below");
        String stage = "logistics.stages.<name>.";
        key(stage + "name", TEXT).required().shown("required").about("the stage's name, unique");
        key(stage + "type", CHOICE).required().choices("store", "road", "transfer").shown("required")
                .about("`store`, `road` or `transfer`");
        key(stage + "delay", RANDOM_DURATION).unit("s").random(new Distribution.Constant(0), "`0`")
                .about("(transfer) random duration every pack takes, no capacity limit");
        store(stage, " (store)");
        key(stage + "distance_km", NUMBER).unit("km").range("[]", 0, 20_000, "must be in [0, 20000] km")
                .number(0, "`0`").about("(road) drives the time (with `speed_kmh`), the cost and the carbon");
        road(stage, " (road)");
        key("logistics.safety_stock", WHOLE_NUMBER).unit("packs").whole(0, Keys.MAX_STOCK).number(30, "`30`")
                .about("the line-side's target: packs held in addition to the lead-time demand of the stages after"
                        + " the last stock point");
        key("logistics.initial_stock", WHOLE_NUMBER).unit("packs").whole(0, Keys.MAX_INITIAL_STOCK)
                .shown("safety stock").about("packs on the line-side at time 0");
        replenishment("logistics.replenishment", "when the pack line starts a pack, see below");
        replenishment("logistics.line_side_replenishment", "how the last store feeds the line-side, see below");
        disruptions("logistics.disruptions", "road closures, see below");
    }

    /** The keys of a store, under a stage or the cell supply's store. */
    private void store(String at, String kind) {
        String k = kind.isEmpty() ? "" : kind.strip() + " ";
        key(at + "dwell", RANDOM_DURATION).unit("s").random(new Distribution.Constant(0), "`0`")
                .about(k + "random duration of a compulsory stay (curing, ageing test), on top of"
                        + " handling");
        key(at + "handling", RANDOM_DURATION).unit("s").random(new Distribution.Constant(0), "`0`")
                .about(k + "random duration: put-away, audit, inspection; the earliest a pack can leave"
                        + " (packs of one truckload share one draw)");
        Builder cover = key(at + "target_cover", DURATION).unit("s")
                .range("(]", 0, 365 * DAY, "must be above zero and at most 365d of demand");
        // the cell store is always a stock point; a logistics store without a target passes packs on
        (kind.isEmpty() ? cover.required().shown("required") : cover.shown("none (a pass-through store)"))
                .about(k + "duration of downstream demand in the " + (kind.isEmpty() ? "pack" : "vehicle")
                        + " line's working time, > 0, ≤ 365d: makes the store a stock point, held at cover ÷ takt"
                        + " packs and released first in first out on demand");
        key(at + "capacity", WHOLE_NUMBER).unit("packs").whole(1, Integer.MAX_VALUE).number(Integer.MAX_VALUE,
                "unlimited").about(k + "a full store makes arriving packs wait at its door");
        key(at + "policy", CHOICE).choices("base_stock", "kanban").text("base_stock", "`base_stock`")
                .about(k + "how a stock point orders its replacements: `base_stock` (order-up-to, one"
                        + " for one: at every call-off, met or backordered) or `kanban` (when a pack leaves:"
                        + " fifsim's behaviour before 2026-12-06, kept bit for bit); see \"Replenishment rules\"");
    }

    /** The keys of a road, under a stage or the cell supply's road. */
    private void road(String at, String kind) {
        String k = kind.strip() + (kind.isEmpty() ? "" : " ");
        key(at + "truck_capacity", WHOLE_NUMBER).required().unit("packs").whole(1, 10_000).shown("required")
                .about(k + "packs per truck (on the cell road: packs' worth of cells)");
        key(at + "fleet", WHOLE_NUMBER).required().unit("trucks").whole(1, 100_000).shown("required")
                .about(k + "trucks");
        key(at + "max_wait", DURATION).unit("s").range("()", 0, INF, ABOVE_ZERO).number(INF, "full only")
                .about(k + "a truck leaves full, or when the oldest pack has waited this long");
        key(at + "speed_kmh", RANDOM_NUMBER).unit("km/h")
                .range("(]", 0, 200, "must be in (0, 200] km/h: a constant, or a uniform or triangular above zero")
                .random(new Distribution.Constant(60), "none").about(k + "a number or a uniform/triangular above"
                        + " zero, ≤ 200; with `distance_km` > 0 it times the legs (needed unless `transit` is given)");
        key(at + "loading", RANDOM_DURATION).unit("s").random(new Distribution.Constant(0), "`0`")
                .about(k + "random duration at the start of the loaded leg");
        key(at + "unloading", RANDOM_DURATION).unit("s").random(new Distribution.Constant(0), "`0`")
                .about(k + "random duration at the end of the loaded leg");
        key(at + "max_drive", DURATION).unit("s").range("()", 0, INF, ABOVE_ZERO)
                .number(StageSpec.Road.MAX_DRIVE, "`4h`").about(k + "driving-hours rule: a rest after each"
                        + " `max_drive` of continuous driving (China, heavy goods)");
        key(at + "rest", DURATION).unit("s").range("[)", 0, INF, NOT_NEGATIVE).number(StageSpec.Road.REST, "`20min`")
                .about(k + "the rest after each `max_drive`");
        key(at + "transit", RANDOM_DURATION).unit("s").range("()", 0, INF, MEAN_ABOVE_ZERO)
                .shown("from `distance_km` and `speed_kmh`").about(k + "random duration of the loaded leg, replacing"
                        + " the distance-based times");
        key(at + "return_trip", RANDOM_DURATION).unit("s").range("()", 0, INF, MEAN_ABOVE_ZERO).shown("as `transit`")
                .about(k + "random duration of the empty way back; needs `transit`");
    }

    private void replenishment(String at, String about) {
        key(at, SECTION).shown("kanban").about(about);
        key(at + ".rule", CHOICE).required().choices("kanban", "reorder_point").shown("required")
                .about("`kanban` or `reorder_point`");
        key(at + ".reorder_point", WHOLE_NUMBER).required().unit("packs").whole(0, Keys.MAX_STOCK)
                .shown("required with `reorder_point`").about("inventory position that releases a batch");
        key(at + ".order_quantity", WHOLE_NUMBER).required().unit("packs").whole(1, Keys.MAX_STOCK)
                .shown("required with `reorder_point`").about("packs in a batch");
    }

    private void disruptions(String at, String about) {
        key(at, LIST).shown("none").about(about);
        key(at + ".<name>.name", TEXT).text("closure", "`closure`").about("names the closure's random streams");
        key(at + ".<name>.every", RANDOM_DURATION).required().unit("s").range("()", 0, INF, MEAN_ABOVE_ZERO)
                .shown("required").about("from the end of one closure to the start of the next");
        key(at + ".<name>.duration", RANDOM_DURATION).required().unit("s").range("()", 0, INF, MEAN_ABOVE_ZERO)
                .shown("required").about("how long a closure lasts");
        key(at + ".<name>.roads", LIST).shown("all roads").about("names of the road stages a closure hits");
    }

    private void cellSupply() {
        key("cell_supply", SECTION).shown("none (unlimited cells)")
                .about("where the pack line's cells come from, see below");
        key("cell_supply.distance_km", NUMBER).required().unit("km").range("[]", 0, 20_000, "must be in [0, 20000] km")
                .shown("required").about("[0, 20000] km from the cell plant to the pack line");
        key("cell_supply.cell_mass_kg", NUMBER).required().unit("kg")
                .range("(]", 0, 10_000, "must be in (0, 10000] kg per pack").shown("required")
                .about("(0, 10000] kg of cells per pack, for the cell leg's t-km");
        key("cell_supply.road", SECTION).required().shown("required").about("a road without `type`/`distance_km`:"
                + " `truck_capacity` (packs' worth), `fleet`, `speed_kmh` or `transit`, … ; `name` default"
                + " `cell-road`");
        key("cell_supply.road.name", TEXT).text("cell-road", "`cell-road`")
                .about("the cell road's name, unlike the logistics stages'");
        road("cell_supply.road.", "");
        key("cell_supply.store", SECTION).required().shown("required").about("the cell store at the pack line:"
                + " `target_cover` (required, in the pack line's working time), `handling`, `dwell`, `capacity`;"
                + " `name` default `cell-store`");
        key("cell_supply.store.name", TEXT).text("cell-store", "`cell-store`").about("the cell store's name");
        store("cell_supply.store.", "");
        disruptions("cell_supply.disruptions", "closures of the cell road, as `logistics.disruptions`");
    }

    private void energy() {
        EnergySpec d = EnergySpec.DEFAULT;
        key("energy", SECTION).shown("default load, no PV").about("the pack plant's site: co-located, inside the"
                + " vehicle plant; remote, its own site (`seres-remote.yaml`: Chongqing grid without the FiF site's PV"
                + " and storage; `yibin-remote.yaml`: the Sichuan grid)");
        key("energy.line", SECTION).shown("defaults below").about("the pack line's electric load");
        key("energy.line.kwh_per_pack", NUMBER).unit("kWh").range("[)", 0, INF, NOT_NEGATIVE)
                .number(d.kwhPerPack(), "`10.7`").about("kWh per pack tested");
        key("energy.line.base_kw", NUMBER).unit("kW").range("[)", 0, INF, NOT_NEGATIVE).number(d.baseKw(), "`150`")
                .about("load while the line runs (working time, no station down)");
        key("energy.line.standby_kw", NUMBER).unit("kW").range("[)", 0, INF, NOT_NEGATIVE)
                .number(d.standbyKw(), "`30`").about("load while off shift or down");
        key("energy.pv", SECTION).shown("none").about("photovoltaics on the site");
        key("energy.pv.annual_kwh", NUMBER).unit("kWh").range("[)", 0, 1e12, "must be in [0, 1e12) kWh")
                .number(0, "`0` (no PV)").about("expected PV energy per year; or `capacity_kwp` ×"
                        + " `specific_yield_kwh_per_kwp`, not both");
        key("energy.pv.capacity_kwp", NUMBER).unit("kWp").range("[)", 0, 1e9, "must be in [0, 1e9) kWp")
                .number(0, "`0`").about("installed PV peak power, instead of `annual_kwh`");
        key("energy.pv.specific_yield_kwh_per_kwp", NUMBER).unit("kWh/kWp")
                .range("()", 0, 3000, "must be in (0, 3000) kWh/kWp").number(1000, "`1000`")
                .about("PV energy per year per kWp, with `capacity_kwp`");
        key("energy.pv.latitude_deg", NUMBER).unit("°").range("[]", -66, 66,
                "must be in [-66, 66] degrees (the model has no polar day or night)").number(d.latitudeDeg(), "`29.6`")
                .about("site latitude (Chongqing)");
        key("energy.pv.solar_noon_offset_h", NUMBER).unit("h").range("[]", -3, 3, "must be in [-3, 3] h")
                .number(d.solarNoonOffsetHours(), "`0.9`").about("clock time of solar noon minus 12 h (Chongqing on"
                        + " UTC+8)");
        key("energy.pv.weather_cv", NUMBER).range("[)", 0, 1, "must be in [0, 1)").number(d.weatherCv(), "`0.35`")
                .about("day-to-day variation of PV output (mean 1)");
        key("energy.pv.lifecycle_kg_co2_per_kwh", NUMBER).unit("kg/kWh").range("[)", 0, 1, "must be in [0, 1) kg/kWh")
                .number(d.pvLifecycleKgPerKwh(), "`0`").about("PV life-cycle emissions (NREL harmonisation:"
                        + " 0.040–0.045)");
        key("energy.storage", SECTION).shown("none").about("a battery charged from PV surplus only");
        key("energy.storage.capacity_kwh", NUMBER).unit("kWh").range("[)", 0, 1e9, "must be in [0, 1e9) kWh")
                .number(0, "`0`").about("usable energy");
        key("energy.storage.power_kw", NUMBER).unit("kW").range("[)", 0, 1e9, "must be in [0, 1e9) kW")
                .shown("capacity ÷ 2 h").about("largest charge or discharge power");
        key("energy.storage.round_trip_efficiency", NUMBER).range("(]", 0, 1, "must be in (0, 1]")
                .number(0.9, "`0.9`").about("share of the charged energy given back");
        key("energy.grid", SECTION).shown("defaults below").about("the grid the site buys from");
        key("energy.grid.cny_per_kwh", NUMBER).unit("CNY/kWh").range("[)", 0, 100, "must be in [0, 100)")
                .number(d.gridCnyPerKwh(), "`0.65`").about("flat tariff");
        key("energy.grid.time_of_use", LIST).shown("none").about("`[{from_hour: 8, to_hour: 22, cny_per_kwh: 0.95}]`");
        key("energy.grid.time_of_use.<index>.from_hour", WHOLE_NUMBER).required().unit("h").whole(0, 23)
                .shown("required").about("clock hour the band starts, 0–23");
        key("energy.grid.time_of_use.<index>.to_hour", WHOLE_NUMBER).required().unit("h").whole(1, 24)
                .shown("required").about("clock hour the band ends, 1–24");
        key("energy.grid.time_of_use.<index>.cny_per_kwh", NUMBER).unit("CNY/kWh")
                .range("[)", 0, 100, "must be in [0, 100)").shown("the flat tariff").about("the band's price");
        key("energy.grid.kg_co2_per_kwh", RANDOM_NUMBER).unit("kg/kWh").range("[)", 0, 5, "must be in [0, 5) kg/kWh")
                .random(new Distribution.Constant(EnergySpec.CHINA_GRID_2022), "`0.5703`")
                .about("China 2022 grid average (MEE, Feb 2023); a number or a distribution");
        key("pack_kwh", NUMBER).unit("kWh").range("(]", 0, 1000, "must be in (0, 1000] kWh")
                .number(Scenario.DEFAULT_PACK_KWH, "`80`")
                .about("energy capacity of one pack (kWh): the denominator of `co2_per_kwh_kg`");
    }

    private void accountingAndService() {
        key("accounting", SECTION).shown("the factor library").about("cost and carbon factors by name");
        key("accounting.<factor>", RANDOM_NUMBER).shown("the factor library").about("override any cost or carbon"
                + " factor by name, a number or a distribution (see below)");
        key("service", SECTION).shown("none").about("what any design must deliver, by KPI");
        key("service.<kpi>", SECTION).shown("none").about("`{at_most: V}` or `{at_least: V}`, V a number in the KPI's"
                + " unit or, for a share, a percentage (`0.1%`): what any design must deliver; checked with a"
                + " one-sided 95% bound ([Service](#service-what-a-design-must-deliver))");
        key("service.<kpi>.at_most", NUMBER).shown("none").about("the KPI must not exceed V (a share may be written as a percentage)");
        key("service.<kpi>.at_least", NUMBER).shown("none").about("the KPI must reach V (a share may be written as a percentage)");
    }

    private void ordersAndVariants() {
        key("orders", SECTION).shown("none: an endless order book for one pack")
                .about("customer orders, see [Orders and variants](#orders-and-variants)");
        key("orders.interarrival", RANDOM_DURATION).unit("s").range("()", 0, INF, MEAN_ABOVE_ZERO)
                .shown("required, or `orders.load`").about("random duration between customer orders");
        key("orders.load", NUMBER).range("(]", 0, 10, "must be in (0, 10] (a share of the line's rate)")
                .shown("none").about("instead of `interarrival`: Poisson orders at this share of the vehicle line's"
                        + " rate at its takt (`0.96`: mean interarrival takt/0.96), so a sweep of the takt moves the"
                        + " orders with it; in (0, 10]");
        key("orders.frozen_horizon", DURATION).unit("s").range("[]", 0, 365 * DAY, "must be in [0, 365d]")
                .number(0, "`0`").about("how far ahead of build the sequence is frozen; the sequence holds this many"
                        + " vehicle takts (at least one)");
        key("orders.sequence_miss", CHOICE).choices("wait", "rework").text("wait", "`wait`").about("a vehicle whose"
                + " pack is not at the line-side when due: `wait` (the line stops, counted as starved) or `rework`"
                + " (built without it, fitted when it comes)");
        key("orders.rework_time", RANDOM_DURATION).unit("s").random(new Distribution.Constant(Durations.HOUR), "`1h`")
                .about("with `rework`: from the pack's arrival to the vehicle's delivery");
        key("orders.packs_from", CHOICE).choices("stock", "pack_line")
                .shown("`stock` with a stock point, else `pack_line`").about("where an order entering the frozen"
                        + " sequence calls off its pack: `stock` (the last stock point, every stock point holding"
                        + " every variant) or `pack_line` (built in sequence, stores pass packs on); `stock` needs a"
                        + " store with `target_cover` and a kanban line-side");
        key("orders.initial_bank", WHOLE_NUMBER).unit("orders").whole(0, Keys.MAX_BANK).shown("the sequence's slots")
                .about("orders waiting at time 0; the first ones fill the frozen sequence and are due at once");
        key("variants", LIST).shown("one pack").about("`[{name, share, kwh, value_cny, mass_kg, cycle_factor,"
                + " cycle_time}]`, needs `orders`; shares add up to 1; at most 50");
        String v = "variants.<name>.";
        key(v + "name", TEXT).required().shown("required").about("the variant's name, unique");
        key(v + "share", NUMBER).required().range("(]", 0, 1, "must be in (0, 1]").shown("required")
                .about("share of the orders, (0, 1]");
        key(v + "kwh", NUMBER).unit("kWh").range("[)", 0, 10_000, "must be in [0, 10000) kWh").shown("`pack_kwh`")
                .about("the variant's pack capacity");
        key(v + "value_cny", RANDOM_NUMBER).unit("CNY").range("[)", 0, 1e9, "must be in [0, 1e9) CNY")
                .shown("`pack_value_cny`").about("the variant's pack value, a number or a bounded distribution");
        key(v + "mass_kg", NUMBER).unit("kg").range("[)", 0, 100_000, "must be in [0, 100000) kg")
                .shown("`pack_mass_kg`").about("the variant's pack mass");
        key(v + "cycle_factor", NUMBER).range("(]", 0, 100, "must be in (0, 100]").number(1, "`1`")
                .about("the variant's pack takes each station's cycle time × this");
        key(v + "cycle_time", SECTION).shown("none").about("per station, by name: `{busbar-welding: {triangular: [44s,"
                + " 48s, 55s]}}` instead of the factor");
        key(v + "cycle_time.<station>", RANDOM_DURATION).unit("s").range("()", 0, INF, MEAN_ABOVE_ZERO)
                .shown("the station's").about("the variant's cycle time at that station");
    }

    private void quality() {
        key("quality", SECTION).shown("none").about("quality incidents, see [Quality incidents](#quality-incidents)");
        key("quality.station", TEXT).required().shown("required").about("the pack line station that drifts");
        key("quality.every", RANDOM_DURATION).required().unit("s").range("()", 0, INF, MEAN_ABOVE_ZERO)
                .shown("required").about("random time from the detection of one drift to the start of the next");
        key("quality.detection", SECTION).required().shown("required").about("where and when a drift is found");
        key("quality.detection.point", CHOICE).required().choices("pack_eol", "vehicle_eol", "field").shown("required")
                .about("where the first suspect pack reveals the drift: `pack_eol`, `vehicle_eol` or `field`");
        key("quality.detection.delay", RANDOM_DURATION).unit("s").random(new Distribution.Constant(0), "`0`")
                .about("random time from the first suspect pack at the point to the detection");
        key("quality.detection.after_install", RANDOM_DURATION).unit("s").random(new Distribution.Constant(0), "`0`")
                .about("for `vehicle_eol`/`field`: random time from installation to that point");
        key("quality.bad_share", NUMBER).range("[]", 0, 1, "must be in [0, 1]").number(1, "`1`")
                .about("share of suspect packs the inspection finds bad");
        key("quality.inspection", SECTION).shown("instant, unlimited").about("`{time, stations, cny_per_pack}`:"
                + " inspection of each quarantined pack, stations in parallel");
        key("quality.inspection.time", RANDOM_DURATION).unit("s").random(new Distribution.Constant(0), "`0`")
                .about("random duration of one inspection");
        key("quality.inspection.stations", WHOLE_NUMBER).whole(1, Keys.MAX_INSPECTORS)
                .number(Keys.MAX_INSPECTORS, "unlimited").about("inspections in parallel");
        key("quality.inspection.cny_per_pack", RANDOM_NUMBER).unit("CNY").range("[)", 0, 1e9, PRICE_RULE)
                .random(new Distribution.Constant(0), "`0`").about("containment price per pack inspected (factor"
                        + " `containment_inspection_cny_per_pack`)");
        key("quality.rework_share", NUMBER).range("[]", 0, 1, "must be in [0, 1]").number(0, "`0`")
                .about("share of bad packs reworked (then back to the line-side), the rest scrapped");
        key("quality.rework_time", RANDOM_DURATION).unit("s").random(new Distribution.Constant(0), "`0`")
                .about("random duration of a containment rework");
        String[][] prices = {{"rework_cny_per_pack", "per pack reworked", "containment_rework_cny_per_pack"},
            {"scrap_cny_per_pack", "per pack scrapped", "containment_scrap_cny_per_pack"},
            {"recall_cny_per_vehicle", "per vehicle recalled", "containment_recall_cny_per_vehicle"}};
        for (String[] p : prices) {
            key("quality." + p[0], RANDOM_NUMBER).unit("CNY").range("[)", 0, 1e9, PRICE_RULE)
                    .random(new Distribution.Constant(0), "`0`").about("containment price " + p[1] + ": a number or"
                            + " a bounded distribution (factor `" + p[2] + "`)");
        }
    }

    private Builder key(String key, Type type) {
        return new Builder(key, type);
    }

    /** One declaration; {@link #about} ends it and adds the key. */
    private final class Builder {
        private final String key;
        private final Type type;
        private boolean required;
        private String unit = "";
        private Range range;
        private List<String> choices = List.of();
        private double number = Double.NaN;
        private Distribution random;
        private String text;
        private String shown;

        Builder(String key, Type type) {
            this.key = key;
            this.type = type;
        }

        Builder required() {
            required = true;
            return this;
        }

        Builder unit(String u) {
            unit = u;
            return this;
        }

        /** {@code brackets} as in interval notation: "(]" is (low, high]. */
        Builder range(String brackets, double low, double high, String rule) {
            range = new Range(low, brackets.charAt(0) == '[', high, brackets.charAt(1) == ']', rule);
            return this;
        }

        /** A whole number in [low, high], refused as the reader words it. */
        Builder whole(long low, long high) {
            return range("[]", low, high, "must be between " + low + " and " + high);
        }

        Builder choices(String... words) {
            choices = List.of(words);
            return this;
        }

        Builder number(double v, String as) {
            number = v;
            return shown(as);
        }

        Builder random(Distribution d, String as) {
            random = d;
            return shown(as);
        }

        Builder text(String t, String as) {
            text = t;
            return shown(as);
        }

        Builder shown(String as) {
            shown = as;
            return this;
        }

        void about(String description) {
            if (shown == null) {
                throw new IllegalStateException("scenario key " + key + " has no default shown");
            }
            out.add(new ScenarioKey(key, type, required, unit, range, choices, number, random, text, shown,
                    description));
        }
    }
}
