package org.fifsim.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import org.fifsim.model.random.Sampler;
import org.fifsim.scenario.StageSpec;

/**
 * Trucks between two sites. Packs queue at the dock; a truck at home leaves when it can fill up, or when the oldest
 * pack has waited the maximum time. It drives loaded, unloads everything at once, and drives back empty. While the
 * road is closed, no truck leaves and trucks on the road stand still.
 */
final class RoadStage extends Stage {
    private final Measures measures;
    private final StageSpec.Road spec;
    private final Sampler transit;
    private final Sampler returnTrip;
    private final ArrayDeque<Pack> dock = new ArrayDeque<>();
    private final List<Truck> trucks = new ArrayList<>();
    private final ArrayDeque<Truck> home = new ArrayDeque<>();
    private SimEventInterface<Double> timeout;
    private boolean closed;

    private final TimeAverage dockStock = new TimeAverage();
    private final TimeAverage trucksAway = new TimeAverage();
    private final TimeAverage closedTime = new TimeAverage();
    private long trips;
    private long packsCarried;

    RoadStage(Scheduler sim, Measures measures, StageSpec.Road spec, Sampler transit,
            Sampler returnTrip) {
        super(spec.name(), sim);
        this.measures = measures;
        this.spec = spec;
        this.transit = transit;
        this.returnTrip = returnTrip;
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
        p.stageEntered = now;
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
            measures.truckTrips++;
            trucksAway.set(now(), trucks.size() - home.size());
            measures.trace(now(), name, "truck-depart:" + n, Trace.NO_PACK);
            t.drive(transit.draw(), () -> unload(t));
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
        measures.trace(now, name, "truck-arrive:" + load.length, Trace.NO_PACK);
        for (Pack p : load) {
            next.accept(p);
        }
        t.drive(returnTrip.draw(), () -> back(t));
    }

    private void back(Truck t) {
        home.addLast(t);
        trucksAway.set(now(), trucks.size() - home.size());
        dispatch();
    }

    /** A closure starts or ends: trucks on the road stop or go on; an overdue load may leave at once. */
    void setClosed(boolean value) {
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
    void details(double now, double perYear, Map<String, Double> out) {
        super.details(now, perYear, out);
        out.put("dock_packs", dockStock.mean(now));
        out.put("trips_per_yr", trips * perYear);
        out.put("loaded_km_per_yr", trips * spec.distanceKm() * perYear);
        out.put("empty_km_per_yr", trips * spec.distanceKm() * perYear);
        out.put("mean_load_packs", trips > 0 ? (double) packsCarried / trips : 0);
        out.put("trucks_away_share", TimeAverage.share(trucksAway.mean(now) / trucks.size()));
        out.put("closed_share", TimeAverage.share(closedTime.mean(now)));
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
