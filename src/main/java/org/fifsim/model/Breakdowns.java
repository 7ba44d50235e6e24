package org.fifsim.model;

import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import org.fifsim.model.random.Sampler;

/**
 * Failures and repairs of one station. In clock time the time to the next failure runs from the end of the previous
 * repair whatever the station does, so availability is MTBF/(MTBF+MTTR). With the operating clock it ages only while
 * the station processes: a failure event is scheduled only when it falls inside the cycle being processed.
 */
final class Breakdowns {
    private final Scheduler sim;
    private final Sampler timeToFailure;
    private final Sampler repairTime;
    private final boolean operatingClock;
    private final PackLine line;
    private Station station;
    /** Operating clock: processing time left before the next failure. */
    private double ageLeft;
    private SimEventInterface<Double> pendingFailure;

    Breakdowns(Scheduler sim, PackLine line, Sampler timeToFailure, Sampler repairTime,
            boolean operatingClock) {
        this.sim = sim;
        this.line = line;
        this.timeToFailure = timeToFailure;
        this.repairTime = repairTime;
        this.operatingClock = operatingClock;
    }

    void attach(Station s) {
        this.station = s;
        if (operatingClock) {
            ageLeft = timeToFailure.draw();
        } else {
            sim.scheduleEventRel(timeToFailure.draw(), this::fail);
        }
    }

    /** The station starts or resumes a stretch of processing of the given length. */
    void processing(double duration) {
        if (operatingClock && ageLeft < duration) {
            pendingFailure = sim.scheduleEventRel(ageLeft, this::fail);
        }
    }

    /** The station stopped processing after {@code elapsed} seconds (cycle end or pause). */
    void stoppedProcessing(double elapsed) {
        if (!operatingClock) {
            return;
        }
        if (pendingFailure != null) {
            sim.cancelEvent(pendingFailure);
            pendingFailure = null;
        }
        ageLeft = Math.max(0, ageLeft - elapsed);
    }

    private void fail() {
        pendingFailure = null;
        line.stationDown(true);
        station.setDown(true);
        sim.scheduleEventRel(repairTime.draw(), this::repaired);
    }

    private void repaired() {
        line.stationDown(false);
        if (operatingClock) {
            ageLeft = timeToFailure.draw();
        } else {
            sim.scheduleEventRel(timeToFailure.draw(), this::fail);
        }
        station.setDown(false);
    }
}
