package org.fifsim.model;

import java.util.List;
import org.fifsim.model.random.Sampler;
import org.fifsim.model.random.Streams;
import org.fifsim.results.Activity;
import org.fifsim.results.Details;
import org.fifsim.scenario.CellSupplySpec;
import org.fifsim.scenario.Disruption;

/**
 * The pack line's cells: a cell plant (unlimited output) ships packs' worth of cells ("kits") by truck to a cell store
 * at the pack line, against the store's target (base stock: kits on the road and in the store kept at a level); the
 * first station takes one ready kit per pack, oldest first, and waits when there is none.
 */
final class CellSupply {
    private final Scheduler sim;
    private final CellSupplySpec spec;
    private final RoadStage road;
    private final StoreStage store;
    private final int level;
    private long nextId;
    private boolean starved;
    /** 1 while the pack line wants to start a pack and no kit is ready. */
    private final TimeAverage starvedTime = new TimeAverage();
    private long taken;

    CellSupply(Scheduler sim, CellSupplySpec spec, Streams streams, Measures measures, double vehicleTakt,
            double vehicleShare, double packShare) {
        this.sim = sim;
        this.spec = spec;
        this.level = spec.level(vehicleTakt, vehicleShare, packShare);
        String key = "cells/" + spec.road().name();
        this.road = new RoadStage(sim, measures, spec.road(), new RoadTimes(spec.road(), streams, key), false);
        String storeKey = "cells/" + spec.store().name();
        this.store = new StoreStage(spec.store().name(), sim,
                Sampler.of(spec.store().dwell(), streams.stream(storeKey + "/dwell")),
                Sampler.of(spec.store().handling(), streams.stream(storeKey + "/handling")), spec.store().capacity());
        road.next = store; // the store's kits go nowhere: the pack line takes them
        store.holdFor(() -> false); // kits leave only when the pack line takes one
        store.onLeave(this::ship);
    }

    /** The pack line is told when a kit becomes ready while it may be waiting for one. */
    void onKitReady(Runnable r) {
        store.onHeldReady(() -> {
            if (starved) { // only a pack line that found no kit is waiting for one
                starved = false;
                starvedTime.set(sim.getSimulatorTime(), 0);
                r.run();
            }
        });
    }

    /**
     * The store starts at the whole level, ready: the plant ships a kit for every kit taken, so the store comes down
     * to its target as the road fills, in one lead time.
     */
    void start(List<Disruption> disruptions, Streams streams) {
        for (int i = 0; i < level; i++) {
            store.stockInitially(new Pack(--nextId, 0));
        }
        ship();
        new RoadClosures(sim, List.of(road), "cell-disruption/").start(disruptions, streams);
    }

    /** Ships kits to the dock while kits on the road and in the store are below the level. */
    private void ship() {
        while (road.count() + store.count() < level) {
            Pack kit = new Pack(--nextId, sim.getSimulatorTime());
            road.receive(kit);
        }
    }

    /** Takes one kit for the next pack; false (and the pack line waits) when none is ready. */
    boolean take() {
        if (store.takeReady() != null) {
            taken++;
            return true;
        }
        if (!starved) {
            starved = true;
            starvedTime.set(sim.getSimulatorTime(), 1);
        }
        return false;
    }

    void restartStatistics(double now) {
        road.restartStatistics(now);
        store.restartStatistics(now);
        starvedTime.restart(now);
        taken = 0;
    }

    /**
     * The cell leg's activity: one road leg from the cell plant to the pack plant carrying packs' worth of cells (with
     * their mass), and the cell store at the pack line, a hub on the pack plant's site.
     */
    void activity(double now, double perYear, List<Activity.Leg> legs, List<Activity.Hub> hubs) {
        legs.add(road.leg(perYear, Activity.Load.CELLS, Activity.Site.CELL_PLANT, Activity.Site.PACK_PLANT,
                spec.cellMassKg()));
        hubs.add(store.hub(Activity.HubKind.STORE, Activity.Site.PACK_PLANT, now, perYear));
    }

    void details(double now, double perYear, Details.Sink out) {
        road.details("cells.", now, perYear, out);
        store.details("cells.", now, perYear, out);
        out.put("cells.kits_taken_per_yr", taken * perYear);
    }

    /** Share of time since the warm-up the pack line waited for cells. */
    double waitingShare(double now) {
        return TimeAverage.share(starvedTime.mean(now));
    }

    /** Truck trips of the cell leg since the warm-up. */
    long trips() {
        return road.trips();
    }

    double km() {
        return road.trips() * 2.0 * road.distanceKm();
    }
}
