package org.fifsim.scenario;

/**
 * Quality incidents: station {@code station} starts to drift (make suspect packs) after {@code every}, counted from
 * the detection of the previous drift. The first suspect pack reveals the drift when it reaches the detection
 * {@code point} ({@code toPoint} after its installation for the vehicle end-of-line and the field), plus
 * {@code detectionDelay}; then the station is fixed and every pack it made since the drift began is suspect. Suspect
 * packs in the pipe are quarantined and inspected at the line-side door ({@code inspectors} in parallel, each pack
 * {@code inspectionTime}); a share {@code badShare} is bad: {@code reworkShare} of those are reworked
 * ({@code reworkTime}), the rest scrapped. Suspect packs already in vehicles are recalled.
 */
public record QualitySpec(String station, Distribution every, Detection point, Distribution toPoint,
        Distribution detectionDelay, double badShare, Distribution inspectionTime, int inspectors,
        double reworkShare, Distribution reworkTime, Costs costs) {

    /** Where a drift is found. */
    public enum Detection {
        PACK_EOL, VEHICLE_EOL, FIELD;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Containment prices, CNY: per pack inspected, reworked, scrapped, and per vehicle recalled. They are accounting
     * factors (a distribution gives them a factor band); the model never reads them.
     */
    public record Costs(Distribution inspectionPerPack, Distribution reworkPerPack, Distribution scrapPerPack,
            Distribution recallPerVehicle) {
    }
}
