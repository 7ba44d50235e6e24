package org.fifsim.model;


/**
 * The vehicle line: at the start of every takt it takes a pack from the line-side. With an empty line-side it stops
 * and waits (starved) until a pack arrives; off shift it waits for the next shift, which does not count as starved.
 */
final class VehicleLine {
    private enum State { RUNNING, STARVED, OFF }

    private final Scheduler sim;
    private final Measures measures;
    private double takt;
    private LineSide lineSide;
    private State state = State.OFF;
    private boolean working = true;

    VehicleLine(Scheduler sim, Measures measures, double takt) {
        this.sim = sim;
        this.measures = measures;
        this.takt = takt;
    }

    void connect(LineSide l) {
        this.lineSide = l;
    }

    private double now() {
        return sim.getSimulatorTime();
    }

    /** Start of a takt: take a pack and build a vehicle, or wait. */
    private void cycle() {
        if (!working) {
            state = State.OFF;
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
        sim.scheduleEventRel(takt, this::cycle);
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
        if (!value && state == State.STARVED) {
            measures.vehicleStarved.set(now(), 0);
            state = State.OFF;
        } else if (value && state == State.OFF) {
            cycle();
        }
    }
}
