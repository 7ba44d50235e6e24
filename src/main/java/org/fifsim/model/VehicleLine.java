package org.fifsim.model;

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
    private final Scheduler.Timer nextCycle;
    private double remaining = -1;
    private boolean keepTaktEnd;

    /** With customer orders: the frozen sequence to build; null for an endless order book of one product. */
    private SequencedBuild sequence;
    private int waitingFor = -1;
    private QualityIncidents quality;

    VehicleLine(Scheduler sim, Measures measures, double takt) {
        this.sim = sim;
        this.measures = measures;
        this.takt = takt;
        this.nextCycle = sim.new Timer() {
            @Override
            void fire() {
                cycle();
            }
        };
    }

    void connect(LineSide l) {
        this.lineSide = l;
    }

    /** The line has stoppages of its own: keep the takt-end event so a stoppage can freeze it. */
    void stoppable() {
        keepTaktEnd = true;
    }

    /** Build to customer orders; with a rework time, a sequence miss is built out of sequence and reworked. */
    void buildOrders(OrderBook book, int variants, Sampler rework) {
        this.sequence = new SequencedBuild(sim, measures, book, lineSide, variants, rework, this::dueReached);
        if (quality != null) {
            sequence.quality(quality);
        }
    }

    void quality(QualityIncidents q) {
        this.quality = q;
        if (sequence != null) {
            sequence.quality(q);
        }
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
        if (sequence != null) {
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
        SimEventInterface<Double> e = nextCycle.after(takt);
        if (keepTaktEnd) {
            taktEnd = e;
        }
    }

    /** The next order of the frozen sequence, if it is due and its pack is there (or the miss rule allows). */
    private void buildOrder() {
        Order o = sequence.due();
        if (o == null) {
            state = State.NO_ORDER;
            measures.vehicleNoOrder.set(now(), 1);
            return;
        }
        Pack p = sequence.take(o);
        if (p == null && !sequence.reworksMisses()) {
            starve(o.variant);
            return;
        }
        state = State.RUNNING;
        sequence.started(o);
        if (p == null) {
            sequence.setAside(o);
        } else {
            install(p);
            sequence.built(o, takt);
        }
        nextTakt();
    }

    /** The next order fell due. */
    private void dueReached() {
        if (state == State.NO_ORDER) {
            cycle();
        }
    }

    /** An order entered the frozen sequence: a line waiting for orders looks again. */
    void orderFrozen() {
        if (state == State.NO_ORDER && sequence.awake()) {
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
        if (sequence != null && sequence.fitSetAside(variant)) {
            return;
        }
        if (state == State.STARVED && (sequence == null || waitingFor == variant)) {
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
            taktEnd = nextCycle.after(remaining);
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
        return sequence.builtByVariant();
    }
}
