package org.fifsim.model;

import java.util.ArrayDeque;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import org.fifsim.model.random.Sampler;

/**
 * What the vehicle line builds when it builds customer orders: the frozen sequence's next order once it is due, with a
 * pack of its variant. A missing pack is a sequence miss; under the rework rule the vehicle is built without it, set
 * aside, and the pack is fitted when it comes (the vehicle line's takt, stoppages and shifts stay in {@link VehicleLine}).
 */
final class SequencedBuild {
    private final Scheduler sim;
    private final Measures measures;
    private final OrderBook orders;
    private final LineSide lineSide;
    /** Rework rule: vehicles built without their pack, by variant, oldest first; null under the wait rule. */
    private final ArrayDeque<Order>[] setAside;
    private final Sampler reworkTime;
    private final long[] builtByVariant;
    /** Wakes the line when the next order falls due. */
    private final Runnable wake;
    private SimEventInterface<Double> dueWake;
    private QualityIncidents quality;

    @SuppressWarnings("unchecked")
    SequencedBuild(Scheduler sim, Measures measures, OrderBook orders, LineSide lineSide, int variants,
            Sampler rework, Runnable wake) {
        this.sim = sim;
        this.measures = measures;
        this.orders = orders;
        this.lineSide = lineSide;
        this.builtByVariant = new long[variants];
        this.wake = wake;
        this.reworkTime = rework;
        if (rework != null) {
            this.setAside = (ArrayDeque<Order>[]) new ArrayDeque<?>[variants];
            for (int i = 0; i < variants; i++) {
                setAside[i] = new ArrayDeque<>();
            }
        } else {
            this.setAside = null;
        }
    }

    void quality(QualityIncidents q) {
        this.quality = q;
    }

    private double now() {
        return sim.getSimulatorTime();
    }

    /** The sequence's next order if it is due now; otherwise null, with a wake-up set for when it falls due. */
    Order due() {
        Order o = orders.next();
        if (o == null || orders.due(o) > now()) {
            if (o != null && dueWake == null) {
                dueWake = sim.scheduleEventAbs(orders.due(o), this::dueReached);
            }
            return null;
        }
        return o;
    }

    private void dueReached() {
        dueWake = null;
        wake.run();
    }

    /** True while no due-date wake-up is pending: an order entering the sequence may then be built at once. */
    boolean awake() {
        return dueWake == null;
    }

    /** Takes the pack of {@code o} from the line-side; a missing one is a sequence miss (counted once per order). */
    Pack take(Order o) {
        Pack p = lineSide.take(o.variant);
        if (p == null && !o.missed) {
            o.missed = true;
            measures.sequenceMisses++;
        }
        return p;
    }

    /** True when a miss is built without its pack and reworked, false when the line waits for it. */
    boolean reworksMisses() {
        return setAside != null;
    }

    /** The vehicle of {@code o} starts: its slot in the sequence is free for the bank's next order. */
    void started(Order o) {
        orders.started(o);
    }

    /** Rework rule: the vehicle of {@code o} was built without its pack and waits for it beside the line. */
    void setAside(Order o) {
        measures.vehiclesReworked++;
        measures.trace(now(), "vehicle-line", "set-aside", Trace.NO_PACK);
        setAside[o.variant].addLast(o);
    }

    /** The vehicle of {@code o} got its pack: delivered at the end of this takt. */
    void built(Order o, double takt) {
        builtByVariant[o.variant]++;
        orders.delivered(o, now() + takt);
    }

    /** A pack reached the line-side: a vehicle set aside for its variant gets it first; true if one did. */
    boolean fitSetAside(int variant) {
        if (setAside == null || setAside[variant].isEmpty()) {
            return false;
        }
        // a vehicle built without its pack gets it first: fitted off the line, delivered after the rework
        Pack p = lineSide.take(variant);
        Order o = setAside[variant].pollFirst();
        measures.trace(now(), "vehicle-line", "rework", p.id);
        if (p.incident != null) {
            quality.installed(p);
        }
        measures.installed++;
        measures.totalInstalled++;
        builtByVariant[variant]++;
        orders.delivered(o, now() + reworkTime.draw());
        return true;
    }

    /** Vehicles built (with their pack) per variant since time zero. */
    long[] builtByVariant() {
        return builtByVariant;
    }
}
