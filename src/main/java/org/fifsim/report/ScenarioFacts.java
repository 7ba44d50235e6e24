package org.fifsim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.accounting.FactorLibrary;
import org.fifsim.accounting.FactorSet;
import org.fifsim.accounting.FactorSwing;
import org.fifsim.accounting.Factors;
import org.fifsim.analysis.Numbers;
import org.fifsim.scenario.CellSupplySpec;
import org.fifsim.scenario.Disruption;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.DistributionText;
import org.fifsim.scenario.EnergySpec;
import org.fifsim.scenario.LogisticsSpec;
import org.fifsim.scenario.OrdersSpec;
import org.fifsim.scenario.PackLineSpec;
import org.fifsim.scenario.QualitySpec;
import org.fifsim.scenario.Replenishment;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.StageSpec;
import org.fifsim.scenario.StationSpec;
import org.fifsim.scenario.VariantSpec;
import org.fifsim.scenario.VehicleLineSpec;
import org.fifsim.scenario.WorkCalendar;
import org.fifsim.scenario.io.FactorDefinitions;

/** A scenario in words: its run settings as facts and its key assumptions as sentences. */
public final class ScenarioFacts {
    private ScenarioFacts() {
    }

    /** Source file, horizon, warm-up, measured time, replications and seed. */
    public static Block.Facts settings(Scenario s, String replicationsText) {
        List<Block.Fact> f = new ArrayList<>();
        f.add(new Block.Fact("Scenario file", s.source() == null ? "(not from a file)" : s.source().toString()));
        f.add(new Block.Fact("Horizon", Numbers.duration(s.run().horizon()) + " per replication, warm-up included"));
        f.add(new Block.Fact("Warm-up", Numbers.duration(s.run().warmup()) + " (statistics start after it)"));
        f.add(new Block.Fact("Measured time", Numbers.duration(s.run().measuredSeconds())
                + "; flows are annualised over it"));
        f.add(new Block.Fact("Replications", replicationsText));
        f.add(new Block.Fact("Base seed", Long.toString(s.run().seed())
                + " (replication i always draws from the same streams)"));
        return new Block.Facts(f);
    }

    /** The assumptions that drive the results: vehicle line, pack line, logistics, safety stock, energy. */
    public static Block.Bullets assumptions(Scenario s) {
        List<String> b = new ArrayList<>();
        b.add(vehicleLine(s.vehicleLine()));
        b.add(packLine(s.packLine()));
        double share = s.vehicleLine().calendar().workingShare();
        b.add(logistics(s.logistics(), s.vehicleLine().takt(), share));
        b.add(stock(s.logistics(), s.vehicleLine().takt(), share));
        if (s.cellSupply() != null) {
            CellSupplySpec c = s.cellSupply();
            b.add("Cells: from a cell plant by " + stage(c.road()) + " into " + stage(c.store())
                    + " at the pack line, " + Numbers.format(c.cellMassKg(), 0) + " kg of cells per pack"
                    + (c.disruptions().isEmpty() ? "." : "; " + lowerFirst(disruptions(c.disruptions()))));
        }
        if (!s.logistics().disruptions().isEmpty()) {
            b.add(disruptions(s.logistics().disruptions()));
        }
        b.add(energy(s.energy()));
        if (s.orders() != null) {
            b.add(orders(s.orders()));
        }
        if (s.quality() != null) {
            b.add(quality(s.quality()));
        }
        b.add(prices(s));
        return new Block.Bullets(b);
    }

    static String orders(OrdersSpec o) {
        StringBuilder s = new StringBuilder("Orders: time between orders " + distribution(o.interarrival())
                + ", the build sequence frozen " + Numbers.duration(o.frozenHorizon()) + " ahead, packs "
                + (o.packsFrom() == OrdersSpec.PacksFrom.STOCK ? "called off from the last stock point's stock of "
                + "every variant" : "built by the pack line in sequence") + "; a pack missing when its vehicle is due: "
                + (o.miss() == OrdersSpec.Miss.WAIT ? "the line waits" : "the vehicle is reworked later"));
        List<VariantSpec> named = o.variants().equals(List.of(VariantSpec.single())) ? List.of() : o.variants();
        if (!named.isEmpty()) {
            s.append(". Variants: ");
            for (int i = 0; i < named.size(); i++) {
                VariantSpec v = named.get(i);
                s.append(i > 0 ? "; " : "").append(v.name()).append(' ').append(Numbers.share(v.share()))
                        .append(" of orders");
                if (v.kwh() > 0) {
                    s.append(", ").append(Numbers.trim(v.kwh())).append(" kWh");
                }
                if (v.massKg() > 0) {
                    s.append(", ").append(Numbers.trim(v.massKg())).append(" kg");
                }
                s.append(", pack value ").append(v.value() != null && v.value().mean() > 0
                        ? DistributionText.plain(v.value()) + " CNY" : "the one pack's (pack_value_cny)");
            }
        }
        return s.append('.').toString();
    }

    static String quality(QualitySpec q) {
        String where = switch (q.point()) {
            case PACK_EOL -> "pack end-of-line test";
            case VEHICLE_EOL -> "vehicle end-of-line";
            case FIELD -> "field";
        };
        return "Quality incidents: " + q.station() + " drifts every " + distribution(q.every()) + ", found at the "
                + where + " " + distribution(q.toPoint()) + " after the first suspect pack"
                + (q.point() == QualitySpec.Detection.PACK_EOL ? "" : " is installed") + ", plus "
                + distribution(q.detectionDelay()) + " to confirm; suspect packs in the pipe are quarantined and "
                + "inspected (" + q.inspectors() + " in parallel, " + distribution(q.inspectionTime()) + " each), "
                + Numbers.share(q.badShare()) + " bad, " + Numbers.share(q.reworkShare()) + " of those reworked; "
                + "suspect packs already in vehicles are recalled.";
    }

    /** The pack value, the holding rate and the line's cost basis this design is priced with. */
    static String prices(Scenario s) {
        Map<String, Distribution> f = FactorSet.of(s).factors();
        String fixed = DistributionText.plain(f.get(Factors.LINE_FIXED_CNY_PER_YR));
        String perPack = DistributionText.plain(f.get(Factors.LINE_CNY_PER_PACK));
        return "Prices: pack value " + DistributionText.plain(f.get(Factors.PACK_VALUE_CNY)) + " CNY"
                + (FactorSet.namedVariants(s).isEmpty() ? "" : " (variants: their own, above)")
                + ", holding rate of stock " + DistributionText.plain(f.get(Factors.INVENTORY_HOLDING_RATE_PER_YR))
                + " of its value a year; line cost basis: " + fixed + " CNY a year fixed (a dedicated line) and "
                + perPack + " CNY per pack (a shared plant's charge). Every factor, with its source: the table below.";
    }

    /**
     * Every factor that priced the designs: its value in each (a distribution is uncertain: its factor band draws
     * it), the 5th to 95th percentile, the unit and where the value comes from.
     */
    public static Block.Table factors(List<Scenario> scenarios) {
        FactorLibrary library = FactorLibrary.standard();
        Map<String, Map<String, FactorLibrary.Description>> by = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            for (FactorLibrary.Description d : library.describe(s)) {
                by.computeIfAbsent(d.name(), k -> new LinkedHashMap<>()).put(s.name(), d);
            }
        }
        List<String> header = new ArrayList<>(List.of("factor"));
        scenarios.forEach(s -> header.add(s.name()));
        header.addAll(List.of("p5\u2013p95", "unit", "source"));
        List<List<String>> rows = new ArrayList<>();
        List<FactorSet> sets = scenarios.stream().map(FactorSet::of).toList();
        for (Map.Entry<String, Map<String, FactorLibrary.Description>> e : by.entrySet()) {
            List<String> row = new ArrayList<>(List.of(e.getKey()));
            String unit = "";
            List<String> sources = new ArrayList<>();
            List<String> setBy = new ArrayList<>();
            FactorDefinitions.Factor lib = library.get(e.getKey());
            List<String> ranges = new ArrayList<>();
            for (int i = 0; i < scenarios.size(); i++) {
                FactorLibrary.Description d = e.getValue().get(scenarios.get(i).name());
                row.add(d == null ? "" : d.value());
                if (d != null) {
                    unit = d.unit();
                    // a library factor a design sets itself: say which designs, then the library's source once
                    String src = lib != null ? lib.source() : d.source();
                    if (lib != null && scenarios.get(i).accounting().containsKey(e.getKey())) {
                        setBy.add(scenarios.get(i).name());
                    }
                    src = src.replaceAll("\\s+", " ");
                    if (!sources.contains(src)) {
                        sources.add(src);
                    }
                }
                Distribution dist = sets.get(i).factors().get(e.getKey());
                if (dist != null && !(dist instanceof Distribution.Constant)) {
                    String r = FirstScreen.compact(FactorSwing.quantile(dist, FactorSwing.LOW)) + "\u2013"
                            + FirstScreen.compact(FactorSwing.quantile(dist, FactorSwing.HIGH));
                    if (!ranges.contains(r)) {
                        ranges.add(r);
                    }
                }
            }
            row.add(ranges.isEmpty() ? "fixed" : String.join("; ", ranges));
            row.add(unit);
            row.add((setBy.isEmpty() ? "" : "set by " + String.join(" and ", setBy) + " (library default "
                    + DistributionText.plain(lib.value()) + "); ") + String.join(" | ", sources));
            rows.add(row);
        }
        boolean[] numeric = new boolean[header.size()];
        return new Block.Table(header, numeric, rows, List.of());
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String vehicleLine(VehicleLineSpec v) {
        double perHour = 3600 / v.takt();
        return "Vehicle line: one pack per vehicle every " + Numbers.duration(v.takt()) + " (" + Numbers.trim(perHour)
                + " per hour) while working, " + calendar(v.calendar()) + ": about "
                + Numbers.format(perHour * 8760 * v.calendar().workingShare(), 0) + " vehicles a year at full pace"
                + (v.swings().isEmpty() ? "." : "; " + Numbers.count(v.swings().size(), "demand swing")
                + " change the takt for a time.");
    }

    static String packLine(PackLineSpec p) {
        StringBuilder s = new StringBuilder("Pack line: " + Numbers.count(p.stations().size(), "station")
                + " in series with " + Numbers.count(p.buffer(), "place") + " between them (");
        for (int i = 0; i < p.stations().size(); i++) {
            StationSpec st = p.stations().get(i);
            s.append(i > 0 ? "; " : "").append(st.name()).append(' ').append(distribution(st.cycleTime()));
            if (st.fails()) {
                double a = st.mtbf().mean() / (st.mtbf().mean() + st.mttr().mean());
                s.append(", MTBF ").append(Numbers.duration(st.mtbf().mean())).append(" / MTTR ")
                        .append(Numbers.duration(st.mttr().mean())).append(" = ").append(Numbers.share(a))
                        .append(" available");
            }
        }
        s.append("); first-pass yield ").append(Numbers.share(p.yield())).append(", ")
                .append(Numbers.share(p.rework())).append(" of failed packs reworked");
        if (!p.calendar().isAlways()) {
            s.append("; works ").append(calendar(p.calendar()));
        }
        return s.append('.').toString();
    }

    static String logistics(LogisticsSpec l, double takt, double share) {
        StringBuilder s = new StringBuilder("Logistics (" + l.mode() + "): ");
        for (int i = 0; i < l.stages().size(); i++) {
            s.append(i > 0 ? " \u2192 " : "").append(stage(l.stages().get(i)));
        }
        if (l.stages().isEmpty()) {
            s.append("packs go straight to the line-side");
        }
        s.append("; planned lead time ").append(Numbers.duration(l.meanLeadTime(takt, share))).append('.');
        return s.toString();
    }

    static String stage(StageSpec st) {
        if (st instanceof StageSpec.Transfer t) {
            return st.name() + " (transfer, " + distribution(t.delay()) + ")";
        }
        if (st instanceof StageSpec.Store w) {
            return st.name() + " (store, dwell " + distribution(w.dwell()) + ", handling "
                    + distribution(w.handling())
                    + (w.hasTarget() ? ", target cover " + Numbers.duration(w.targetCover()) : "")
                    + (w.capacity() == Integer.MAX_VALUE ? "" : ", capacity " + Numbers.format(w.capacity(), 0))
                    + ")";
        }
        StageSpec.Road r = (StageSpec.Road) st;
        String times = r.timedByDistance()
                ? "speed " + DistributionText.plain(r.speedKmh()) + " km/h, transit about "
                        + Numbers.duration(r.meanTransit()) + ", return about " + Numbers.duration(r.meanReturn())
                : "transit " + distribution(r.transit()) + ", return " + distribution(r.returnTrip());
        return st.name() + " (road, " + Numbers.format(r.distanceKm(), 0) + " km, " + r.fleet() + " trucks of "
                + r.truckCapacity() + " packs, " + times + (Double.isInfinite(r.maxWait()) ? ", full loads only"
                : ", leave full or after " + Numbers.duration(r.maxWait())) + ")";
    }

    static String stock(LogisticsSpec l, double takt, double share) {
        return "Safety stock: " + l.safetyStock() + " packs on top of the lead-time demand (pack line limit "
                + Numbers.format(l.pipelineLimit(takt, share), 0) + " packs, " + l.initialStock()
                + " on the line-side at time zero); pack line released by " + rule(l.production())
                + ", line-side fed by " + rule(l.lineSide()) + ".";
    }

    static String rule(Replenishment r) {
        return r.kanban() ? "kanban" : "reorder point " + r.reorderPoint() + " / order " + r.orderQuantity();
    }

    static String disruptions(List<Disruption> ds) {
        StringBuilder s = new StringBuilder("Disruptions: ");
        for (int i = 0; i < ds.size(); i++) {
            Disruption d = ds.get(i);
            s.append(i > 0 ? "; " : "").append(d.name()).append(" every ").append(distribution(d.every()))
                    .append(", lasting ").append(distribution(d.duration()))
                    .append(d.roads().isEmpty() ? "" : ", closing " + String.join(", ", d.roads()));
        }
        return s.append('.').toString();
    }

    static String energy(EnergySpec e) {
        StringBuilder s = new StringBuilder("Energy: " + Numbers.format(e.kwhPerPack(), 1) + " kWh per pack, "
                + Numbers.format(e.baseKw(), 0) + " kW base load, " + Numbers.format(e.standbyKw(), 0)
                + " kW standby; ");
        if (e.pvAnnualKwh() > 0) {
            s.append("PV ").append(Numbers.format(e.pvAnnualKwh() / 1e6, 2)).append(" GWh a year expected");
        } else {
            s.append("no PV");
        }
        if (e.storage() != null) {
            s.append(", storage ").append(Numbers.format(e.storage().capacityKwh(), 0)).append(" kWh / ")
                    .append(Numbers.format(e.storage().powerKw(), 0)).append(" kW");
        }
        s.append("; grid ").append(Numbers.format(e.gridCnyPerKwh(), 2)).append(" CNY/kWh");
        if (!e.timeOfUse().isEmpty()) {
            s.append(" outside ").append(Numbers.count(e.timeOfUse().size(), "time-of-use band"));
        }
        s.append(", ").append(Numbers.format(e.gridKgCo2PerKwh().mean(), 4)).append(" kg CO2/kWh");
        if (!(e.gridKgCo2PerKwh() instanceof Distribution.Constant)) {
            // every replication is priced at the central value; the range goes into the factor band
            s.append(" central (").append(DistributionText.plain(e.gridKgCo2PerKwh())).append(", in the factor band)");
        }
        return s.append('.').toString();
    }

    static String calendar(WorkCalendar c) {
        if (c.isAlways()) {
            return "24 h a day, 7 days a week";
        }
        return Numbers.format(c.hoursPerDay(), 1).replace(".0", "") + " h a day, " + c.daysPerWeek() + " days a week";
    }

    /** A random quantity of seconds in words: "44 s", "triangular 35 s-42 s (mode 38 s)", "exponential, mean 12 h". */
    static String distribution(Distribution d) {
        return DistributionText.words(d, Numbers::duration);
    }
}
