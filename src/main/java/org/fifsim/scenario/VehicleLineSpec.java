package org.fifsim.scenario;

import java.util.List;

/**
 * The vehicle line: installs one pack per {@code takt} (seconds) while its calendar says it works; {@code swings}
 * change the takt for a period. {@code mtbf} and {@code mttr} are null for a line that never stops on its own; with
 * them it stops in clock time like a station (time to the next stoppage from the end of the last repair).
 */
public record VehicleLineSpec(double takt, WorkCalendar calendar, List<DemandSwing> swings, Distribution mtbf,
        Distribution mttr) {

    public VehicleLineSpec {
        swings = List.copyOf(swings);
    }

    /** A line that never stops on its own. */
    public VehicleLineSpec(double takt, WorkCalendar calendar, List<DemandSwing> swings) {
        this(takt, calendar, swings, null, null);
    }

    public boolean stops() {
        return mtbf != null;
    }
}
