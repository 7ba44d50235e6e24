package org.fifsim.model;

import org.fifsim.model.random.Sampler;

/**
 * Stoppages of the vehicle line itself (conveyor, robots, a station of the trim line), in clock time like a
 * station's: the time to the next stoppage runs from the end of the last repair, so availability is
 * MTBF/(MTBF+MTTR) of clock time, and the line's cycle is not ideal even with packs always at hand.
 */
final class VehicleStoppages {
    private final Scheduler sim;
    private final Sampler timeToStop;
    private final Sampler repairTime;
    private final VehicleLine line;

    VehicleStoppages(Scheduler sim, Sampler timeToStop, Sampler repairTime, VehicleLine line) {
        this.sim = sim;
        this.timeToStop = timeToStop;
        this.repairTime = repairTime;
        this.line = line;
    }

    void start() {
        sim.scheduleEventRel(timeToStop.draw(), this::stop);
    }

    private void stop() {
        line.setDown(true);
        sim.scheduleEventRel(repairTime.draw(), this::repaired);
    }

    private void repaired() {
        sim.scheduleEventRel(timeToStop.draw(), this::stop);
        line.setDown(false);
    }
}
