package org.fifsim.scenario;

/**
 * A weekly working pattern: {@code hoursPerDay} hours from {@code startHour} on the first {@code daysPerWeek} days of
 * each week (time 0 is Monday 00:00). A shift may run past midnight.
 */
public record WorkCalendar(double hoursPerDay, int daysPerWeek, double startHour) {

    public static final WorkCalendar ALWAYS = new WorkCalendar(24, 7, 0);

    /** True when the line never stops for the calendar: no shift events are needed. */
    public boolean isAlways() {
        return hoursPerDay >= 24 && daysPerWeek >= 7;
    }

    /** Share of the week that is working time. */
    public double workingShare() {
        return Math.min(1.0, hoursPerDay / 24.0) * daysPerWeek / 7.0;
    }

    /** Whether the line works at time t (seconds). */
    public boolean isWorking(double t) {
        if (isAlways()) {
            return true;
        }
        double shiftLen = hoursPerDay * Durations.HOUR;
        long day = (long) Math.floor(t / Durations.DAY);
        // the shift that started today, or the one that started yesterday and runs past midnight
        for (long d = day; d >= day - 1; d--) {
            if (Math.floorMod(d, 7) < daysPerWeek) {
                double start = d * Durations.DAY + startHour * Durations.HOUR;
                if (t >= start && t < start + shiftLen) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first time strictly after t at which {@link #isWorking} changes value; +Infinity if it never does. */
    public double nextChange(double t) {
        if (isAlways() || daysPerWeek <= 0 || hoursPerDay <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double shiftLen = hoursPerDay * Durations.HOUR;
        long day = (long) Math.floor(t / Durations.DAY);
        double best = Double.POSITIVE_INFINITY;
        for (long d = day - 1; d <= day + 8; d++) {
            if (Math.floorMod(d, 7) < daysPerWeek) {
                double start = d * Durations.DAY + startHour * Durations.HOUR;
                double end = start + shiftLen;
                if (start > t && start < best && !isWorking(start - 1e-6)) {
                    best = start;
                }
                if (end > t && end < best && !isWorking(end)) {
                    best = end;
                }
            }
        }
        return best;
    }
}
