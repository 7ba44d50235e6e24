package org.fifsim.model;

import java.util.ArrayDeque;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import org.fifsim.model.random.Sampler;

/**
 * The vehicle line: at the start of every takt it takes a pack from the line-side. With an empty line-side it stops
 * and waits (starved) until a pack arrives; off shift it waits for the next shift, which does not count as starved.
 * A stoppage of the line itself freezes the takt in progress (it resumes with its remaining time) and does not count
 * as starved either.
 *
 * <p>With customer orders it builds the frozen sequence: the next order once it is due, with a pack of its variant.
 * A missing pack is a sequence miss: the line waits for it (starved), or builds the vehicle without it, sets it
 * aside and fits the pack when it comes (rework).
 */
final class VehicleLine {
    private enum State { RUNNING, STARVED, OFF, DOWN, NO_ORDER }

    private final Scheduler sim;
    private final Measures measures;
    private double takt;
    private LineSide lineSide;
    private State state = State.OFF;
    private boolean working = true;
    private boolean down;
    /** The end of the takt in progress, kept only when the line can stop (to freeze it). */
    private SimEventInterface<Double> taktEnd;
    private double remaining = -1;
    private boolean keepTaktEnd;

    private OrderBook orders;
    /** Rework rule: vehicles built without their pack, by variant, oldest first; null under the wait rule. */
    private ArrayDeque<Order>[] setAside;
    private Sampler reworkTime;
    private int waitingFor = -1;
    private SimEventInterface<Double> dueWake;
    private long[] builtByVariant = new long[1];
    private QualityIncidents quality;

    VehicleLine(Scheduler sim, Measures measures, double takt) {
        this.sim = sim;
        this.measures = measures;
        this.takt = takt;
    }

    void connect(LineSide l) {
        this.lineSide = l;
    }

    /** The line has stoppages of its own: keep the takt-end event so a stoppage can freeze it. */
    void stoppable() {
        keepTaktEnd = true;
    }

    /** Build to customer orders; with a rework time, a sequence miss is built out of sequence and reworked. */
    @SuppressWarnings("unchecked")
    void buildOrders(OrderBook book, int variants, Sampler rework) {
        this.orders = book;
        this.builtByVariant = new long[variants];
        if (rework != null) {
            this.reworkTime = rework;
            this.setAside = new ArrayDeque[variants];
            for (int i = 0; i < variants; i++) {
                setAside[i] = new ArrayDeque<>();
            }
        }
    }

    void quality(QualityIncidents q) {
        this.quality = q;
    }

    private double now() {
        return sim.getSimulatorTime();
    }

    /** Start of a takt: take a pack and build a vehicle, or wait. */
    private void cycle() {
        taktEnd = null;
        if (state == State.NO_ORDER) {
            measures.vehicleNoOrder.set(now(), 0);
        }
        if (!working) {
            state = State.OFF;
            return;
        }
        if (down) {
            state = State.DOWN;
            return;
        }
        if (orders != null) {
            buildOrder();
            return;
        }
        Pack p = lineSide.take();
        if (p == null) {
            starve(0);
            return;
        }
        install(p);
        nextTakt();
    }

    private void starve(int variant) {
        state = State.STARVED;
        waitingFor = variant;
        measures.vehicleStarved.set(now(), 1);
        measures.trace(now(), "vehicle-line", "starved", Trace.NO_PACK);
    }

    private void install(Pack p) {
        if (p.incident != null) {
            quality.installed(p);
        }
        state = State.RUNNING;
        measures.trace(now(), "vehicle-line", "install", p.id);
        measures.installed++;
        measures.totalInstalled++;
    }

    private void nextTakt() {
        SimEventInterface<Double> e = sim.scheduleEventRel(takt, this::cycle);
        if (keepTaktEnd) {
            taktEnd = e;
        }
    }

    /** The next order of the frozen sequence, if it is due and its pack is there (or the miss rule allows). */
    private void buildOrder() {
        Order o = orders.next();
        if (o == null || orders.due(o) > now()) {
            state = State.NO_ORDER;
            measures.vehicleNoOrder.set(now(), 1);
            if (o != null && dueWake == null) {
                dueWake = sim.scheduleEventAbs(orders.due(o), this::dueReached);
            }
            return;
        }
        Pack p = lineSide.take(o.variant);
        if (p == null && !o.missed) {
            o.missed = true;
            measures.sequenceMisses++;
        }
        if (p == null && setAside == null) {
            starve(o.variant);
            return;
        }
        state = State.RUNNING;
        orders.started(o);
        if (p == null) {
            measures.vehiclesReworked++;
            measures.trace(now(), "vehicle-line", "set-aside", Trace.NO_PACK);
            setAside[o.variant].addLast(o);
        } else {
            install(p);
            builtByVariant[o.variant]++;
            orders.delivered(o, now() + takt);
        }
        nextTakt();
    }

    private void dueReached() {
        dueWake = null;
        if (state == State.NO_ORDER) {
            cycle();
        }
    }

    /** An order entered the frozen sequence: a line waiting for orders looks again. */
    void orderFrozen() {
        if (state == State.NO_ORDER && dueWake == null) {
            cycle();
        }
    }

    /** A demand swing: from the next vehicle on, the line runs at this takt. */
    void setTakt(double value) {
        this.takt = value;
        updateDemand();
    }

    private void updateDemand() {
        measures.demandSinceStart.set(now(), working ? 1.0 / takt : 0.0);
    }

    void packArrived(int variant) {
        if (setAside != null && !setAside[variant].isEmpty()) {
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
            return;
        }
        if (state == State.STARVED && (orders == null || waitingFor == variant)) {
            measures.vehicleStarved.set(now(), 0);
            cycle();
        }
    }

    void setWorking(boolean value) {
        working = value;
        measures.vehicleWorking.set(now(), value ? 1 : 0);
        updateDemand();
        updateDownIndicator();
        if (!value && state == State.STARVED) {
            measures.vehicleStarved.set(now(), 0);
            state = State.OFF;
        } else if (!value && state == State.NO_ORDER) {
            measures.vehicleNoOrder.set(now(), 0);
            state = State.OFF;
        } else if (value && state == State.OFF) {
            cycle();
        }
    }

    /** A stoppage of the line starts or ends. */
    void setDown(boolean value) {
        down = value;
        updateDownIndicator();
        measures.trace(now(), "vehicle-line", value ? "down" : "up", Trace.NO_PACK);
        if (value) {
            if (taktEnd != null) {
                sim.cancelEvent(taktEnd);
                remaining = taktEnd.getAbsoluteExecutionTime() - now();
                taktEnd = null;
            } else if (state == State.STARVED) {
                measures.vehicleStarved.set(now(), 0);
                state = State.DOWN;
            } else if (state == State.NO_ORDER) {
                measures.vehicleNoOrder.set(now(), 0);
                state = State.DOWN;
            }
        } else if (remaining >= 0) {
            taktEnd = sim.scheduleEventRel(remaining, this::cycle);
            remaining = -1;
        } else if (state == State.DOWN) {
            cycle();
        }
    }

    private void updateDownIndicator() {
        measures.vehicleDownWorking.set(now(), working && down ? 1 : 0);
    }

    /** Vehicles built (with their pack) per variant since time zero. */
    long[] builtByVariant() {
        return builtByVariant;
    }
}
