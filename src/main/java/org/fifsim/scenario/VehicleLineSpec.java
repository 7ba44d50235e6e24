package org.fifsim.scenario;

import java.util.List;

/**
 * The vehicle line: installs one pack per {@code takt} (seconds) while its calendar says it works; {@code swings}
 * change the takt for a period.
 */
public record VehicleLineSpec(double takt, WorkCalendar calendar, List<DemandSwing> swings) {

    public VehicleLineSpec {
        swings = List.copyOf(swings);
    }
}
