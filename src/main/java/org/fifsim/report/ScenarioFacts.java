package org.fifsim.report;

import java.util.ArrayList;
import java.util.List;
import org.fifsim.scenario.CellSupplySpec;
import org.fifsim.scenario.Disruption;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.EnergySpec;
import org.fifsim.scenario.LogisticsSpec;
import org.fifsim.scenario.PackLineSpec;
import org.fifsim.scenario.Replenishment;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.StageSpec;
import org.fifsim.scenario.StationSpec;
import org.fifsim.scenario.VehicleLineSpec;
import org.fifsim.scenario.WorkCalendar;

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
                    + (c.disruptions().isEmpty() ? "." : "; closures: " + disruptions(c.disruptions())));
        }
        if (!s.logistics().disruptions().isEmpty()) {
            b.add(disruptions(s.logistics().disruptions()));
        }
        b.add(energy(s.energy()));
        return new Block.Bullets(b);
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
                ? "speed " + org.fifsim.accounting.FactorLibrary.text(r.speedKmh()) + " km/h, transit about "
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
            s.append(" on average (drawn per replication)");
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
        if (d instanceof Distribution.Constant c) {
            return Numbers.duration(c.value());
        }
        if (d instanceof Distribution.Exponential x) {
            return "exponential, mean " + Numbers.duration(x.mean());
        }
        if (d instanceof Distribution.Triangular t) {
            return "triangular " + Numbers.duration(t.low()) + "\u2013" + Numbers.duration(t.high()) + " (mode "
                    + Numbers.duration(t.mode()) + ")";
        }
        if (d instanceof Distribution.Uniform u) {
            return "uniform " + Numbers.duration(u.low()) + "\u2013" + Numbers.duration(u.high());
        }
        if (d instanceof Distribution.Normal n) {
            return "normal, mean " + Numbers.duration(n.mu()) + ", sd " + Numbers.duration(n.sd());
        }
        Distribution.LogNormal l = (Distribution.LogNormal) d;
        return "lognormal, mean " + Numbers.duration(l.mean()) + ", sd " + Numbers.duration(l.sd());
    }
}
