package org.fifsim.model;

import java.util.List;
import org.fifsim.scenario.DemandSwing;

/** Changes the vehicle line's takt for the periods of the scenario's demand swings. */
final class DemandSwings {
    private DemandSwings() {
    }

    static void schedule(Scheduler sim, VehicleLine line, double baseTakt, List<DemandSwing> swings) {
        for (DemandSwing s : swings) {
            sim.scheduleEventAbs(s.start(), () -> line.setTakt(s.takt()));
            sim.scheduleEventAbs(s.start() + s.duration(), () -> line.setTakt(baseTakt));
        }
    }
}
