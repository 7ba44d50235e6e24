package org.fifsim.model;

import java.util.ArrayDeque;

/** The store beside the vehicle line: packs wait here, first in first out, until a vehicle takes one. */
final class LineSide {
    private final Scheduler sim;
    private final Measures measures;
    private final ArrayDeque<Pack> packs = new ArrayDeque<>();
    private Pipeline pipeline;
    private VehicleLine vehicleLine;

    LineSide(Scheduler sim, Measures measures) {
        this.sim = sim;
        this.measures = measures;
    }

    void connect(Pipeline p, VehicleLine v) {
        this.pipeline = p;
        this.vehicleLine = v;
    }

    int size() {
        return packs.size();
    }

    /** A pack reaches the line-side: its lead time ends here. */
    void arrive(Pack p) {
        double now = sim.getSimulatorTime();
        if (!Double.isNaN(p.passed)) { // a stock point's initial pack has no lead time
            measures.leadTime(now - p.passed);
        }
        measures.trace(now, "line-side", "arrive", p.id);
        packs.addLast(p);
        measures.lineSide.set(now, packs.size());
        vehicleLine.packArrived();
    }

    /** A pack on hand when the run starts (the safety stock); it has no lead time. */
    void stockInitially(Pack p) {
        packs.addLast(p);
        measures.lineSide.set(sim.getSimulatorTime(), packs.size());
    }

    /** A vehicle takes a pack; null when the store is empty. */
    Pack take() {
        Pack p = packs.pollFirst();
        if (p != null) {
            measures.lineSide.set(sim.getSimulatorTime(), packs.size());
            pipeline.leave();
        }
        return p;
    }
}
