package org.fifsim.scenario;

/**
 * One station of the pack line. {@code mtbf} and {@code mttr} are null for a station that never fails.
 *
 * @param operatingClock true when the time to failure ages only while the station processes
 */
public record StationSpec(String name, Distribution cycleTime, Distribution mtbf, Distribution mttr,
        boolean operatingClock) {

    public boolean fails() {
        return mtbf != null;
    }
}
