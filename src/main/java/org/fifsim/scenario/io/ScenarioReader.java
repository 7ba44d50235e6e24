package org.fifsim.scenario.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.fifsim.scenario.CellSupplySpec;
import org.fifsim.scenario.DemandSwing;
import org.fifsim.scenario.Disruption;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.DistributionText;
import org.fifsim.scenario.Durations;
import org.fifsim.scenario.EnergySpec;
import org.fifsim.scenario.Feasibility;
import org.fifsim.scenario.Keys;
import org.fifsim.scenario.LogisticsSpec;
import org.fifsim.scenario.OrdersSpec;
import org.fifsim.scenario.PackLineSpec;
import org.fifsim.scenario.QualitySpec;
import org.fifsim.scenario.Replenishment;
import org.fifsim.scenario.RunSpec;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.ServiceSpec;
import org.fifsim.scenario.StageSpec;
import org.fifsim.scenario.StationSpec;
import org.fifsim.scenario.VehicleLineSpec;
import org.fifsim.scenario.WorkCalendar;

/**
 * Reads and validates a scenario file. All problems of a file are collected and thrown together in a
 * {@link ScenarioException}; a scenario is returned only when it has none. Defaults and ranges are those {@link Keys}
 * declares (and the README's key table shows); what stays here are the rules between keys.
 */
public final class ScenarioReader {
    /** Safe as a folder name: no separators, no dots, so no way out of the results folder. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final int MAX_STATIONS = Keys.MAX_STATIONS;

    private ScenarioReader() {
    }

    /** Reads one scenario file (following {@code extends}). */
    public static Scenario read(Path file) throws ScenarioException {
        return read(file, Map.of());
    }

    /**
     * Reads a scenario file with values overridden by dotted key path; a bad override is reported like a bad value in
     * the file, located at {@code (command line)}. For many designs of one file, read it once as a
     * {@link ScenarioTemplate}.
     */
    public static Scenario read(Path file, Map<String, String> overrides) throws ScenarioException {
        return read(file, overrides, new ArrayList<>());
    }

    /**
     * As {@link #read(Path, Map)}, adding to {@code warnings} what is valid but will not work as meant (a fleet that
     * cannot carry the demand, a store smaller than its target); the commands print them and go on.
     */
    public static Scenario read(Path file, Map<String, String> overrides, List<Problem> warnings)
            throws ScenarioException {
        return ScenarioTemplate.of(file).with(overrides, warnings);
    }

    /** Reads YAML text as if it were the file {@code file}; for tests and for tools that generate scenarios. */
    public static Scenario parse(Path file, String text) throws ScenarioException {
        return parse(file, text, new ArrayList<>());
    }

    /** As {@link #parse(Path, String)}, adding warnings to {@code warnings}. */
    public static Scenario parse(Path file, String text, List<Problem> warnings) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        YNode root = YamlLoader.parse(file, text, problems);
        Scenario s = root == null ? null : build(file, root, problems, warnings);
        if (!problems.isEmpty()) {
            throw new ScenarioException(inFileOrder(problems));
        }
        return s;
    }

    /**
     * Problems are found section by section (unknown keys of a map only after its known ones); users read them top to
     * bottom along the file. Sorted by line and column within each file, files in the order they were first reported
     * (a file and the files it extends); the sort is stable, so problems at one position keep their order.
     */
    static List<Problem> inFileOrder(List<Problem> problems) {
        Map<Path, Integer> fileRank = new HashMap<>();
        for (Problem p : problems) {
            fileRank.putIfAbsent(p.at().file(), fileRank.size());
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((Problem p) -> fileRank.get(p.at().file()))
                .thenComparingInt(p -> p.at().line())
                .thenComparingInt(p -> p.at().column()));
        return sorted;
    }

    static Scenario build(Path file, YNode root, List<Problem> problems, List<Problem> warnings) {
        if (!(root instanceof YNode.Map_)) {
            // reported here, not by Fields.of: at the top level its key path is empty, which would print as ": "
            problems.add(new Problem(root.at(), "(file)", "must be a map of scenario keys (name, run, ...)",
                    root.shown()));
            return null;
        }
        Fields top = Fields.scenario(root, new Position(file, 1, 1), problems);
        top.raw("extends"); // resolved by ScenarioTree; known here so it is not reported as unknown
        String name = top.text("name", "scenario");
        if (top.has("name") && !NAME.matcher(name).matches()) {
            top.problem(top.raw("name"), "name", "must be 1-64 characters of a-z, 0-9 and '-', starting with a letter"
                    + " or digit (it names the results folder)");
        }
        String description = top.text("description");
        RunSpec run = run(top.section("run"));
        VehicleLineSpec vehicle = vehicleLine(top.section("vehicle_line"));
        PackLineSpec pack = packLine(top.section("pack_line"));
        LogisticsSpec logistics = logistics(top.section("logistics"), vehicle, warnings);
        CellSupplySpec cells = top.has("cell_supply")
                ? cellSupply(top.section("cell_supply", false), logistics, vehicle, pack, warnings) : null;
        if (cells == null) {
            top.raw("cell_supply");
        }
        EnergySpec energy = energy(top.section("energy"));
        Map<String, Distribution> accounting = accounting(top.section("accounting"));
        double packKwh = top.number("pack_kwh");
        OrdersSpec orders = OrdersReader.orders(top, pack, logistics, vehicle, warnings);
        QualitySpec quality = OrdersReader.quality(top, pack);
        ServiceSpec service = ServiceReader.service(top);
        top.finish();
        Scenario s = new Scenario(name, description, run, vehicle, pack, logistics, energy, accounting, file, cells,
                packKwh, problems.isEmpty() ? ResolvedText.of(root) : null, orders, quality, service);
        String packShort = problems.isEmpty() ? Feasibility.packLine(s) : null;
        if (packShort != null) {
            YNode at = top.raw("pack_line");
            warnings.add(new Problem(at == null ? top.at() : at.at(), "pack_line", packShort, null));
        }
        return s;
    }

    private static RunSpec run(Fields f) {
        double horizon = f.duration("horizon");
        double warmup = f.duration("warmup");
        if (f.has("warmup") && warmup >= horizon) {
            f.problem(f.raw("warmup"), "warmup", "must be shorter than run.horizon (" + Durations.format(horizon) + ")");
        }
        int reps = (int) f.integer("replications");
        long seed = f.integer("seed");
        f.finish();
        return new RunSpec(horizon, warmup, reps, seed);
    }

    private static VehicleLineSpec vehicleLine(Fields f) {
        double takt = f.duration("takt", 45);
        WorkCalendar cal = calendar(f);
        List<DemandSwing> swings = new ArrayList<>();
        for (Fields w : f.items("swings", false)) {
            double start = w.duration("start", 0);
            double duration = w.duration("duration", 1);
            double swingTakt = w.duration("takt", takt);
            w.finish();
            swings.add(new DemandSwing(start, duration, swingTakt));
        }
        swings.sort(java.util.Comparator.comparingDouble(DemandSwing::start));
        for (int i = 1; i < swings.size(); i++) {
            if (swings.get(i).start() < swings.get(i - 1).start() + swings.get(i - 1).duration()) {
                f.problem(f.raw("swings"), "swings", "periods must not overlap");
                break;
            }
        }
        Distribution mtbf = f.distribution("mtbf");
        Distribution mttr = f.distribution("mttr");
        pairedBreakdowns(f, mtbf, mttr);
        f.finish();
        return new VehicleLineSpec(takt, cal, swings, mtbf == null || mttr == null ? null : mtbf,
                mtbf == null || mttr == null ? null : mttr);
    }

    private static WorkCalendar calendar(Fields parent) {
        if (!parent.has("calendar")) {
            parent.raw("calendar");
            return WorkCalendar.ALWAYS;
        }
        Fields f = parent.section("calendar");
        double hours = f.number("hours_per_day");
        int days = (int) f.integer("days_per_week");
        double start = f.number("start_hour");
        f.finish();
        return new WorkCalendar(hours, days, start);
    }

    private static PackLineSpec packLine(Fields f) {
        int buffer = (int) f.integer("buffer");
        List<StationSpec> stations = new ArrayList<>();
        List<YNode> items = f.list("stations", true);
        if (f.raw("stations") instanceof YNode.Seq && items.isEmpty()) {
            f.problem(f.raw("stations"), "stations", "must list at least one station");
        }
        if (items.size() > MAX_STATIONS) {
            f.problem(f.raw("stations"), "stations", "at most " + MAX_STATIONS + " stations");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < items.size() && i < MAX_STATIONS; i++) {
            StationSpec s = station(f.item("stations", items.get(i), i), i);
            if (s != null) {
                if (!names.add(s.name())) {
                    f.problems().add(new Problem(items.get(i).at(), f.key("stations[" + i + "].name"),
                            "station names must be unique", "'" + s.name() + "'"));
                }
                stations.add(s);
            }
        }
        double yield = f.number("yield");
        double rework = f.number("rework");
        Distribution reworkTime = f.distribution("rework_time");
        WorkCalendar cal = calendar(f);
        Distribution changeover = f.distribution("changeover");
        f.finish();
        return new PackLineSpec(buffer, stations, yield, rework, reworkTime, cal, changeover);
    }

    private static StationSpec station(Fields f, int index) {
        String name = f.text("name", "station-" + (index + 1));
        Distribution cycle = f.distribution("cycle_time", new Distribution.Constant(1));
        Distribution mtbf = f.distribution("mtbf");
        Distribution mttr = f.distribution("mttr");
        pairedBreakdowns(f, mtbf, mttr);
        String clock = f.choice("failure_clock");
        f.finish();
        return new StationSpec(name, cycle, mtbf, mttr, clock.equals("operating"));
    }

    /** MTBF and MTTR come together: one without the other is reported at the map. */
    private static void pairedBreakdowns(Fields f, Distribution mtbf, Distribution mttr) {
        if ((mtbf == null) != (mttr == null) && f.has("mtbf") != f.has("mttr")) {
            String missing = mtbf == null ? "mtbf" : "mttr";
            f.problem(null, missing, "is required when " + (mtbf == null ? "mttr" : "mtbf") + " is given");
        }
    }

    private static LogisticsSpec logistics(Fields f, VehicleLineSpec vehicle, List<Problem> warnings) {
        String mode = f.choice("mode", "co-located");
        List<StageSpec> stages = new ArrayList<>();
        List<Fields> stageFields = new ArrayList<>();
        switch (mode) {
            case "co-located" -> {
                Distribution transfer = f.distribution("transfer");
                stages.add(new StageSpec.Transfer("transfer", transfer));
            }
            case "remote" -> stages.addAll(stages(f, stageFields));
            default -> f.raw("transfer"); // the mode is the mistake: do not also call a co-located key unknown
        }
        int safety = (int) f.integer("safety_stock");
        int initial = (int) f.integer("initial_stock", safety);
        Replenishment production = replenishment(f, "replenishment");
        Replenishment lineSide = replenishment(f, "line_side_replenishment");
        if (!lineSide.kanban() && (stages.isEmpty() || !(stages.get(stages.size() - 1) instanceof StageSpec.Store)
                && !(stages.size() > 1 && stages.get(stages.size() - 2) instanceof StageSpec.Store))) {
            f.problem(f.raw("line_side_replenishment"), "line_side_replenishment",
                    "a reorder point needs a store as the last or second-last stage to order from");
        }
        List<String> roadNames = stages.stream().filter(st -> st instanceof StageSpec.Road).map(StageSpec::name)
                .toList();
        List<Disruption> disruptions = disruptions(f, roadNames);
        if (!disruptions.isEmpty() && roadNames.isEmpty()) {
            f.problem(f.raw("disruptions"), "disruptions", "road closures need a road stage (mode: remote)");
        }
        f.finish();
        LogisticsSpec spec = new LogisticsSpec(mode, stages, safety, initial, production, lineSide, disruptions);
        if (f.problems().isEmpty() && stageFields.size() == stages.size()) {
            StageWarnings.check(spec, stageFields, vehicle, warnings);
        }
        return spec;
    }

    /** Closure processes; each may name the roads it hits ({@code roads}, default: all roads of its section). */
    private static List<Disruption> disruptions(Fields f, List<String> roadNames) {
        List<Disruption> out = new ArrayList<>();
        for (Fields d : f.items("disruptions", false)) {
            String name = d.text("name");
            Distribution every = d.distribution("every", new Distribution.Constant(1));
            Distribution duration = d.distribution("duration", new Distribution.Constant(1));
            List<String> roads = new ArrayList<>();
            List<YNode> items = d.list("roads", false);
            for (int i = 0; i < items.size(); i++) {
                String road = items.get(i) instanceof YNode.Scalar sc ? sc.text() : null;
                if (road == null || !roadNames.contains(road)) {
                    String hint = road == null ? null : Suggest.closest(road, roadNames);
                    d.problems().add(new Problem(items.get(i).at(), d.key("roads[" + i + "]"),
                            "must name a road stage" + (hint != null ? ", did you mean '" + hint + "'?"
                                    : roadNames.isEmpty() ? "" : " (" + String.join(", ", roadNames) + ")"),
                            items.get(i).shown()));
                } else {
                    roads.add(road);
                }
            }
            if (d.raw("roads") instanceof YNode.Seq && items.isEmpty()) {
                d.problem(d.raw("roads"), "roads", "must name at least one road (leave it out for all roads)");
            }
            d.finish();
            out.add(new Disruption(name, every, duration, roads));
        }
        return out;
    }

    private static List<StageSpec> stages(Fields f, List<Fields> fields) {
        List<StageSpec> out = new ArrayList<>();
        List<Fields> items = f.items("stages", true);
        if (f.has("stages") && items.isEmpty()) {
            f.problem(f.raw("stages"), "stages", "must list at least one stage");
        }
        Set<String> names = new HashSet<>();
        for (Fields s : items) {
            String name = s.text("name", "stage");
            if (s.has("name") && !names.add(name)) {
                s.problem(s.raw("name"), "name", "stage names must be unique");
            }
            String type = s.choice("type", "transfer");
            switch (type) {
                case "transfer" -> out.add(new StageSpec.Transfer(name, s.distribution("delay")));
                case "store" -> out.add(store(s, name));
                case "road" -> out.add(road(s, name, s.number("distance_km")));
                default -> {
                    // an unknown type: reported by choice()
                }
            }
            if (out.size() > fields.size()) {
                fields.add(s);
            }
            s.finish();
        }
        return out;
    }

    /** A store: compulsory {@code dwell}, {@code handling} before a pack can leave, optional {@code target_cover}. */
    private static StageSpec.Store store(Fields s, String name) {
        Distribution dwell = s.distribution("dwell");
        Distribution handling = s.distribution("handling");
        double cover = s.duration("target_cover");
        int capacity = (int) s.integer("capacity");
        StageSpec.Store.Policy p = s.choice("policy").equals("kanban") ? StageSpec.Store.Policy.KANBAN
                : StageSpec.Store.Policy.BASE_STOCK;
        return new StageSpec.Store(name, dwell, capacity, handling, cover, p);
    }

    /**
     * A road: trucks, dispatch, and either a given {@code transit} or times that follow from {@code distance_km} and
     * {@code speed_kmh} (with loading, unloading and the driving-hours rule). Distance is read by the caller (a stage
     * has it on the stage, cell supply on its section).
     */
    private static StageSpec.Road road(Fields s, String name, double km) {
        int capacity = (int) s.integer("truck_capacity", 24);
        int fleet = (int) s.integer("fleet", 1);
        double maxWait = s.duration("max_wait");
        Distribution speed = null;
        if (s.has("speed_kmh")) {
            speed = s.numberDistribution("speed_kmh");
            if (!s.has("transit") && !(km > 0)) {
                s.problem(s.raw("speed_kmh"), "speed_kmh", "needs distance_km above zero to give a time");
            }
        } else {
            s.raw("speed_kmh");
        }
        Distribution loading = s.distribution("loading");
        Distribution unloading = s.distribution("unloading");
        double maxDrive = s.duration("max_drive");
        double rest = s.duration("rest");
        Distribution transit = s.distribution("transit");
        Distribution back = s.distribution("return_trip", transit);
        if (back != null && transit == null) {
            s.problem(s.raw("return_trip"), "return_trip", "needs transit (with speed_kmh both follow from distance)");
            back = null;
        }
        if (transit == null && speed == null) {
            if (!s.has("transit")) {
                s.problem(null, "transit", "is required, or speed_kmh with distance_km");
            }
            transit = new Distribution.Constant(1);
            back = transit;
        }
        return new StageSpec.Road(name, capacity, fleet, maxWait, km, transit, back, speed, loading, unloading,
                maxDrive, rest);
    }

    /**
     * {@code cell_supply}: the cell plant's distance, its road, the cell store at the pack line, the cell mass per
     * pack and the closures of that road.
     */
    private static CellSupplySpec cellSupply(Fields f, LogisticsSpec logistics, VehicleLineSpec vehicle,
            PackLineSpec pack, List<Problem> warnings) {
        double km = f.number("distance_km", Double.NaN); // "is required" when missing, then read as 0
        if (!f.has("distance_km")) {
            km = 0;
        }
        double mass = f.number("cell_mass_kg", 0);
        Fields r = f.section("road");
        String roadName = r.text("name");
        if (logistics.stages().stream().anyMatch(s -> s.name().equals(roadName))) {
            r.problem(r.raw("name"), "name", "must differ from the logistics stage names");
        }
        StageSpec.Road road = road(r, roadName, km);
        r.finish();
        Fields st = f.section("store");
        String storeName = st.text("name");
        StageSpec.Store store = store(st, storeName); // its target_cover is required here (Keys)
        st.finish();
        List<Disruption> disruptions = disruptions(f, List.of(roadName));
        f.finish();
        CellSupplySpec spec = new CellSupplySpec(road, store, mass, disruptions);
        if (f.problems().isEmpty() && store.hasTarget()) {
            StageWarnings.checkCells(spec, r, st, vehicle, pack, warnings);
        }
        return spec;
    }

    private static Replenishment replenishment(Fields parent, String key) {
        if (!parent.has(key)) {
            parent.raw(key);
            return Replenishment.KANBAN;
        }
        Fields f = parent.section(key);
        String rule = f.choice("rule", "kanban");
        Replenishment out = Replenishment.KANBAN;
        if (rule.equals("reorder_point")) {
            int s = (int) f.integer("reorder_point", 0);
            int q = (int) f.integer("order_quantity", 1);
            out = Replenishment.reorderPoint(s, q);
        }
        f.finish();
        return out;
    }

    private static EnergySpec energy(Fields f) {
        Fields line = f.section("line");
        double kwhPerPack = line.number("kwh_per_pack");
        double baseKw = line.number("base_kw");
        double standbyKw = line.number("standby_kw");
        line.finish();

        Fields pv = f.section("pv");
        double annual = pv.number("annual_kwh");
        if (pv.has("capacity_kwp") || pv.has("specific_yield_kwh_per_kwp")) {
            double kwp = pv.number("capacity_kwp");
            double yieldPerKwp = pv.number("specific_yield_kwh_per_kwp");
            if (pv.has("annual_kwh")) {
                pv.problem(pv.raw("annual_kwh"), "annual_kwh", "give either annual_kwh or capacity_kwp, not both");
            }
            annual = kwp * yieldPerKwp;
        }
        double latitude = pv.number("latitude_deg");
        double noon = pv.number("solar_noon_offset_h");
        double cv = pv.number("weather_cv");
        double lifecycle = pv.number("lifecycle_kg_co2_per_kwh");
        pv.finish();

        EnergySpec.StorageSpec storage = null;
        if (f.has("storage")) {
            Fields st = f.section("storage");
            double cap = st.number("capacity_kwh");
            double power = st.number("power_kw", cap / 2);
            double eff = st.number("round_trip_efficiency");
            st.finish();
            storage = new EnergySpec.StorageSpec(cap, power, eff);
        } else {
            f.raw("storage");
        }

        Fields grid = f.section("grid");
        double price = grid.number("cny_per_kwh");
        List<EnergySpec.TariffBand> bands = new ArrayList<>();
        for (Fields b : grid.items("time_of_use", false)) {
            int from = (int) b.integer("from_hour", 0);
            int to = (int) b.integer("to_hour", 24);
            double p = b.number("cny_per_kwh", price);
            b.finish();
            bands.add(new EnergySpec.TariffBand(from, to, p));
        }
        Distribution factor = grid.numberDistribution("kg_co2_per_kwh");
        grid.finish();
        f.finish();
        return new EnergySpec(kwhPerPack, baseKw, standbyKw, annual, latitude, noon, cv, lifecycle, storage, price,
                bands, factor);
    }

    /**
     * {@code accounting:} a flat map of factor names to a number or a distribution, overriding the factor library.
     * Names are the library's (an unknown one gets a did-you-mean hint); values must be non-negative, shares and
     * rates within [0, max] (so a distribution for them must be bounded). Returned in library order.
     */
    private static Map<String, Distribution> accounting(Fields f) {
        FactorDefinitions library = FactorDefinitions.standard();
        Map<String, Distribution> out = new LinkedHashMap<>();
        for (FactorDefinitions.Factor factor : library.factors().values()) {
            String name = factor.name();
            if (!f.has(name)) {
                continue;
            }
            String bound = DistributionText.number(factor.max());
            String rule = (factor.bounded() ? "must be in [0, " + bound + "]" : "must not be negative")
                    + " (" + factor.unit() + ")";
            int before = f.problems().size();
            Distribution d = f.numberDistribution(name, 0, v -> v >= 0 && v <= factor.max(), rule);
            if (f.problems().size() > before) {
                continue;
            }
            if (!(d.max() <= factor.max())) {
                f.problem(f.raw(name), name, rule + "; a distribution must be bounded: uniform or triangular");
                continue;
            }
            if (FactorDefinitions.isSwitch(name) && FactorDefinitions.switchProblem(d) != null) {
                f.problem(f.raw(name), name, FactorDefinitions.switchProblem(d));
                continue;
            }
            out.put(name, d);
        }
        for (FactorDefinitions.ScenarioFactor sf : library.fromScenario().values()) {
            if (f.has(sf.name())) {
                f.problem(f.raw(sf.name()), sf.name(), "is not an accounting factor: set " + sf.key());
            }
        }
        f.finish();
        return out;
    }
}
