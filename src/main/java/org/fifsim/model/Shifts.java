package org.fifsim.model;

import java.util.function.Consumer;
import org.fifsim.scenario.WorkCalendar;

/** Drives a line's working calendar: tells it whether it works now and at every change, one event per change. */
final class Shifts {
    private final Scheduler sim;
    private final WorkCalendar calendar;
    private final Consumer<Boolean> line;

    Shifts(Scheduler sim, WorkCalendar calendar, Consumer<Boolean> line) {
        this.sim = sim;
        this.calendar = calendar;
        this.line = line;
    }

    void start() {
        double now = sim.getSimulatorTime();
        line.accept(calendar.isWorking(now));
        scheduleNext(now);
    }

    private void scheduleNext(double now) {
        double next = calendar.nextChange(now);
        if (Double.isFinite(next)) {
            sim.scheduleEventAbs(next, this::change);
        }
    }

    private void change() {
        double now = sim.getSimulatorTime();
        line.accept(calendar.isWorking(now));
        scheduleNext(now);
    }
}
