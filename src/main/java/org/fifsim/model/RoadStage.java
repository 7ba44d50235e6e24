package org.fifsim.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import org.fifsim.results.Activity;
import org.fifsim.results.Details;
import org.fifsim.scenario.StageSpec;

/**
 * Trucks between two sites. Packs queue at the dock; a truck at home leaves when it can fill up, or when the oldest
 * pack has waited the maximum time. It drives loaded, unloads everything at once, and drives back empty. While the
 * road is closed, no truck leaves and trucks on the road stand still.
 */
final class RoadStage extends Stage {
    private final Measures measures;
    private final StageSpec.Road spec;
    private final RoadTimes times;
    /** True for the pack pipeline's roads, whose trips are the truck_trips KPI; false for the cell leg. */
    private final boolean packLeg;
    private final ArrayDeque<Pack> dock = new ArrayDeque<>();
    private final List<Truck> trucks = new ArrayList<>();
    private final ArrayDeque<Truck> home = new ArrayDeque<>();
    private SimEventInterface<Double> timeout;
    private boolean closed;
    /** Closures on now: the road is closed while any is. */
    private int closures;

    private final TimeAverage dockStock = new TimeAverage();
    private final TimeAverage trucksAway = new TimeAverage();
    private final TimeAverage closedTime = new TimeAverage();
    private long trips;
    private long packsCarried;

    RoadStage(Scheduler sim, Measures measures, StageSpec.Road spec, RoadTimes times, boolean packLeg) {
        super(spec.name(), sim);
        this.measures = measures;
        this.spec = spec;
        this.times = times;
        this.packLeg = packLeg;
        for (int i = 0; i < spec.fleet(); i++) {
            Truck t = new Truck(sim);
            trucks.add(t);
            home.add(t);
        }
    }

    private double now() {
        return sim.getSimulatorTime();
    }

    @Override
    void accept(Pack p) {
        double now = now();
        stock.add(now, 1);
        dock.addLast(p);
        dockStock.set(now, dock.size());
        dispatch();
        armTimeout();
    }

    private boolean oldestWaitedTooLong() {
        return !dock.isEmpty() && now() - dock.peekFirst().stageEntered >= spec.maxWait() - 1e-9;
    }

    /** Sends trucks while one is home, the road is open, and a full load or an overdue pack is waiting. */
    private void dispatch() {
        boolean sent = false;
        while (!closed && !home.isEmpty() && (dock.size() >= spec.truckCapacity() || oldestWaitedTooLong())) {
            Truck t = home.pollFirst();
            int n = Math.min(spec.truckCapacity(), dock.size());
            t.load = new Pack[n];
            for (int i = 0; i < n; i++) {
                t.load[i] = dock.pollFirst();
            }
            trips++;
            packsCarried += n;
            if (packLeg) {
                measures.truckTrips++;
            }
            trucksAway.set(now(), trucks.size() - home.size());
            if (measures.trace != null) { // the event's name is built only for a trace
                measures.trace(now(), name, "truck-depart:" + n, Trace.NO_PACK);
            }
            t.drive(times.outbound(), () -> unload(t));
            sent = true;
        }
        if (sent) {
            dockStock.set(now(), dock.size());
            if (timeout != null) {
                sim.cancelEvent(timeout);
                timeout = null;
            }
            armTimeout();
        }
    }

    /** One pending event for the oldest pack's deadline, when a maximum wait is set. */
    private void armTimeout() {
        if (timeout == null && !dock.isEmpty() && Double.isFinite(spec.maxWait())) {
            double due = dock.peekFirst().stageEntered + spec.maxWait();
            if (due <= now()) {
                return; // already overdue: leaves with the next truck home or when the road opens
            }
            timeout = sim.scheduleEventAbs(due, () -> {
                timeout = null;
                dispatch();
                armTimeout();
            });
        }
    }

    private void unload(Truck t) {
        double now = now();
        Pack[] load = t.load;
        t.load = null;
        stock.add(now, -load.length);
        if (measures.trace != null) {
            measures.trace(now, name, "truck-arrive:" + load.length, Trace.NO_PACK);
        }
        for (Pack p : load) {
            pass(p);
        }
        t.drive(times.back(), () -> back(t));
    }

    private void back(Truck t) {
        home.addLast(t);
        trucksAway.set(now(), trucks.size() - home.size());
        dispatch();
    }

    /** A closure of this road starts. */
    void closureStarts() {
        if (closures++ == 0) {
            setClosed(true);
        }
    }

    /** A closure of this road ends; the road opens when no other is on. */
    void closureEnds() {
        if (--closures == 0) {
            setClosed(false);
        }
    }

    /** A closure starts or ends: trucks on the road stop or go on; an overdue load may leave at once. */
    private void setClosed(boolean value) {
        closed = value;
        measures.trace(now(), name, value ? "closed" : "open", Trace.NO_PACK);
        closedTime.set(now(), value ? 1 : 0);
        for (Truck t : trucks) {
            if (value) {
                t.hold();
            } else {
                t.go();
            }
        }
        if (!value) {
            dispatch();
        }
    }

    @Override
    void restartStatistics(double now) {
        super.restartStatistics(now);
        dockStock.restart(now);
        trucksAway.restart(now);
        closedTime.restart(now);
        trips = 0;
        packsCarried = 0;
    }

    @Override
    void details(double now, double perYear, Details.Sink out) {
        super.details(now, perYear, out);
        out.put("dock_packs", dockStock.mean(now));
        out.put("trips_per_yr", trips * perYear);
        out.put("loaded_km_per_yr", trips * spec.distanceKm() * perYear);
        out.put("empty_km_per_yr", trips * spec.distanceKm() * perYear);
        out.put("mean_load_packs", trips > 0 ? (double) packsCarried / trips : 0);
        out.put("trucks_away_share", TimeAverage.share(trucksAway.mean(now) / trucks.size()));
        out.put("closed_share", TimeAverage.share(closedTime.mean(now)));
    }

    /**
     * This road as an activity record, per year. Every loaded run comes back empty: a dedicated shuttle (the
     * accounting may charge only part of the return to the load).
     *
     * @param unitMassKg mass of one unit carried; 0 for a pack (priced at the pack_mass_kg factor)
     */
    Activity.Leg leg(double perYear, Activity.Load kind, Activity.Site from, Activity.Site to, double unitMassKg) {
        double t = trips * perYear;
        double km = t * spec.distanceKm();
        return new Activity.Leg(name, kind, from, to, spec.distanceKm(), unitMassKg, entered * perYear, t, km, km,
                packsCarried * spec.distanceKm() * perYear);
    }

    /** Loaded trips since the warm-up, for cost and carbon. */
    long trips() {
        return trips;
    }

    long packsCarried() {
        return packsCarried;
    }

    double distanceKm() {
        return spec.distanceKm();
    }
}
