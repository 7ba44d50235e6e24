package org.fifsim.experiment.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fifsim.results.TimeSeries;
import org.fifsim.scenario.DemandSwing;
import org.fifsim.scenario.Disruption;
import org.fifsim.scenario.Durations;
import org.fifsim.scenario.LogisticsSpec;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.StationSpec;
import org.fifsim.scenario.WorkCalendar;

/**
 * What a run costs, estimated from the scenario alone, on the high side: model events and memory. The one cost model
 * of a run: the command line refuses work above its limits with it, and the plan cuts work into tasks of about equal
 * time with it.
 */
public final class Cost {
    /** Model events one core simulates per second, measured on the reference model (high side of the estimate). */
    public static final double EVENTS_PER_SECOND = 2.5e6;

    /** Bytes per pack standing in a store (object and queue slot) and per pack in transit (plus its event). */
    static final double BYTES_PER_STORED_PACK = 64;
    static final double BYTES_PER_MOVING_PACK = 200;
    /** Hourly energy arrays: two doubles per simulated hour, the only state that grows with the horizon. */
    static final double BYTES_PER_HOUR = 16;
    /** Simulator, model and streams of one replication in progress. */
    static final double BYTES_PER_REPLICATION_RUNNING = 4e6;
    /** What a finished replication keeps until the report is written: series (1000 points), profiles, KPIs. */
    static final double BYTES_PER_RESULT = 100e3;

    private Cost() {
    }

    /** Seconds one replication of {@code s} takes on one core, from its estimated events. */
    public static double seconds(Scenario s) {
        return events(s.withRun(s.run().withReplications(1))) / EVENTS_PER_SECOND;
    }

    /**
     * Model events of all replications, on the high side: each pack costs an event per station and stage plus a few
     * (end-of-line test, rework, installation); breakdowns, closures and shift changes add two events per cycle.
     */
    public static double events(Scenario s) {
        // a cell leg adds a road and a store per pack's worth of cells
        int cellStages = s.cellSupply() == null ? 0 : 2;
        double perSecond = packsPerSecond(s)
                * (s.packLine().stations().size() + s.logistics().stages().size() + cellStages + 3);
        for (StationSpec st : s.packLine().stations()) {
            if (st.fails()) {
                perSecond += 2 / (st.mtbf().mean() + st.mttr().mean());
            }
        }
        if (s.vehicleLine().stops()) {
            perSecond += 2 / Math.max(1e-3, s.vehicleLine().mtbf().mean() + s.vehicleLine().mttr().mean());
        }
        if (s.orders() != null) {
            // an arrival per order, and at most a wake-up per vehicle waiting for its order to fall due
            perSecond += 1 / Math.max(1e-3, s.orders().interarrival().mean()) + 1 / s.vehicleLine().takt();
        }
        if (s.quality() != null) {
            // per incident: a few events per pack in the pipe (quarantine, inspection) and for the drift itself
            perSecond += 3 * (pipelineCap(s) + s.logistics().initialStock() + 3) / Math.max(1e-3,
                    s.quality().every().mean());
        }
        List<Disruption> closures = new ArrayList<>(s.logistics().disruptions());
        if (s.cellSupply() != null) {
            closures.addAll(s.cellSupply().disruptions());
        }
        for (Disruption d : closures) {
            perSecond += 2 / (d.every().mean() + d.duration().mean());
        }
        perSecond += shiftChangesPerSecond(s.packLine().calendar()) + shiftChangesPerSecond(s.vehicleLine().calendar());
        return s.run().replications() * (s.run().horizon() * perSecond + 2.0 * TimeSeries.MAX_POINTS);
    }

    /**
     * The most packs per second the line can make on average: its capacity (slowest station, in working time), or
     * less when demand (fastest takt, in working time) plus filling the pipeline up to its limit asks for less.
     */
    private static double packsPerSecond(Scenario s) {
        double bottleneck = 0; // real durations, however small: a 1e-9 s cycle is a billion packs a second
        for (StationSpec st : s.packLine().stations()) {
            bottleneck = Math.max(bottleneck, st.cycleTime().mean());
        }
        double fastestTakt = s.vehicleLine().takt();
        for (DemandSwing w : s.vehicleLine().swings()) {
            fastestTakt = Math.min(fastestTakt, w.takt());
        }
        double capacity = s.packLine().calendar().workingShare() / bottleneck;
        double demand = s.vehicleLine().calendar().workingShare() / fastestTakt
                + (pipelineCap(s) + s.logistics().initialStock()) / s.run().horizon();
        return Math.min(capacity, demand);
    }

    /** Packs the pull rule lets into the pipeline (end-of-line to installation). */
    private static double pipelineCap(Scenario s) {
        LogisticsSpec l = s.logistics();
        double takt = s.vehicleLine().takt();
        double share = s.vehicleLine().calendar().workingShare();
        // each echelon holds at most its level; the pack line's rule bounds the first
        double downstream = l.echelons(takt, share).stream().skip(1).mapToDouble(e -> e.level()).sum();
        double first = l.production().kanban() ? l.pipelineLimit(takt, share)
                : (double) l.production().reorderPoint() + l.production().orderQuantity();
        double cells = s.cellSupply() == null ? 0
                : s.cellSupply().level(takt, share, s.packLine().calendar().workingShare());
        return first + downstream + cells;
    }

    private static double shiftChangesPerSecond(WorkCalendar c) {
        return c.isAlways() ? 0 : 2 / Durations.DAY;
    }

    /** Memory a run plans to use, in bytes, with the part that dominates it. */
    public record Memory(double bytes, String key, String why) {
    }

    public static Memory memory(Scenario s, int threads) {
        int replications = s.run().replications();
        int atOnce = Math.max(1, Math.min(threads, replications));
        double horizon = s.run().horizon();
        LogisticsSpec l = s.logistics();
        double wip = (double) s.packLine().stations().size() * (s.packLine().buffer() + 1);
        double pipeline = pipelineCap(s);
        // beyond lead-time demand, packs pile up only as fast as the line can outrun the slowest demand
        double slowestTakt = s.vehicleLine().takt();
        for (DemandSwing w : s.vehicleLine().swings()) {
            slowestTakt = Math.max(slowestTakt, w.takt());
        }
        double bottleneck = 0;
        for (StationSpec st : s.packLine().stations()) {
            bottleneck = Math.max(bottleneck, st.cycleTime().mean());
        }
        double surplus = Math.max(0, s.packLine().calendar().workingShare() / bottleneck
                - s.vehicleLine().calendar().workingShare() / slowestTakt);
        double moving = Math.min(pipeline, l.meanLeadTime(s.vehicleLine().takt()) / s.vehicleLine().takt()
                + surplus * horizon + 1) + wip;
        double stored = l.initialStock()
                + l.initialStoreStock(s.vehicleLine().takt(), s.vehicleLine().calendar().workingShare());
        double orders = 0;
        if (s.orders() != null) {
            // the bank grows without bound when orders come faster than the vehicle line builds
            double excess = Math.max(0, 1 / Math.max(1e-12, s.orders().interarrival().mean())
                    - s.vehicleLine().calendar().workingShare() / slowestTakt);
            orders = s.orders().initialBank() + s.orders().sequenceSlots(s.vehicleLine().takt()) + excess * horizon;
            moving += s.orders().sequenceSlots(s.vehicleLine().takt());
        }

        double hourly = atOnce * BYTES_PER_HOUR * (horizon / Durations.HOUR + 1);
        double stock = atOnce * BYTES_PER_STORED_PACK * stored;
        double bank = atOnce * BYTES_PER_STORED_PACK * orders;
        double flow = atOnce * BYTES_PER_MOVING_PACK * moving;
        double results = replications * BYTES_PER_RESULT;
        double total = atOnce * BYTES_PER_REPLICATION_RUNNING + hourly + stock + flow + results + bank;

        String key = "run.horizon";
        String why = String.format(Locale.ROOT, "hourly energy state over %s", Durations.format(horizon));
        double largest = hourly;
        if (stock > largest) {
            largest = stock;
            key = "logistics.initial_stock";
            why = String.format(Locale.ROOT, "%,.0f packs on hand at the start", stored);
        }
        if (flow > largest) {
            largest = flow;
            boolean buffers = wip > pipeline;
            boolean leadTime = l.meanLeadTime(s.vehicleLine().takt()) / s.vehicleLine().takt() > l.safetyStock();
            key = buffers ? "pack_line.buffer" : leadTime ? "vehicle_line.takt" : "logistics.safety_stock";
            why = String.format(Locale.ROOT, "up to %,.0f packs on their way", moving);
        }
        if (bank > largest) {
            largest = bank;
            key = "orders.interarrival";
            why = String.format(Locale.ROOT, "up to %,.0f orders in the bank", orders);
        }
        if (results > largest) {
            key = "run.replications";
            why = String.format(Locale.ROOT, "the results of %,d replications", replications);
        }
        if (atOnce > 1 && !key.equals("run.replications")) {
            why += String.format(Locale.ROOT, ", %d replications at once", atOnce);
        }
        return new Memory(total, key, why);
    }
}
