package org.fifsim.scenario;

/** The vehicle line: installs one pack per {@code takt} (seconds) while its calendar says it works. */
public record VehicleLineSpec(double takt, WorkCalendar calendar) {
}
