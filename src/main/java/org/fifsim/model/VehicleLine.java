package org.fifsim.model;

import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * The vehicle line: at the start of every takt it takes a pack from the line-side. With an empty line-side it stops
 * and waits (starved) until a pack arrives; off shift it waits for the next shift, which does not count as starved.
 * A stoppage of the line itself freezes the takt in progress (it resumes with its remaining time) and does not count
 * as starved either.
 */
final class VehicleLine {
    private enum State { RUNNING, STARVED, OFF, DOWN }

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

    private double now() {
        return sim.getSimulatorTime();
    }

    /** Start of a takt: take a pack and build a vehicle, or wait. */
    private void cycle() {
        taktEnd = null;
        if (!working) {
            state = State.OFF;
            return;
        }
        if (down) {
            state = State.DOWN;
            return;
        }
        Pack p = lineSide.take();
        if (p == null) {
            state = State.STARVED;
            measures.vehicleStarved.set(now(), 1);
            measures.trace(now(), "vehicle-line", "starved", Trace.NO_PACK);
            return;
        }
        state = State.RUNNING;
        measures.trace(now(), "vehicle-line", "install", p.id);
        measures.installed++;
        measures.totalInstalled++;
        SimEventInterface<Double> e = sim.scheduleEventRel(takt, this::cycle);
        if (keepTaktEnd) {
            taktEnd = e;
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

    void packArrived() {
        if (state == State.STARVED) {
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
}
