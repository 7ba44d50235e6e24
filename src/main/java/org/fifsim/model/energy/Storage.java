package org.fifsim.model.energy;

/**
 * A battery behind the meter, sized by energy and power, charged from PV surplus only and discharged to the line.
 * The round-trip efficiency is split evenly, sqrt on the way in and sqrt on the way out, so the losses of a full cycle
 * come to (1 − efficiency) of the energy charged whichever way the cycle is cut into hours.
 *
 * @param capacityKwh usable energy, kWh (>= 0)
 * @param powerKw most energy per hour on the AC side, in or out, kW (>= 0)
 * @param roundTripEfficiency energy delivered over energy charged for a full cycle, in (0, 1]
 */
public record Storage(double capacityKwh, double powerKw, double roundTripEfficiency) {

    /** No storage. */
    public static final Storage NONE = new Storage(0, 0, 1);

    public Storage {
        if (!(capacityKwh >= 0) || Double.isInfinite(capacityKwh)) {
            throw new IllegalArgumentException("storage capacity must be finite and >= 0 kWh: " + capacityKwh);
        }
        if (!(powerKw >= 0) || Double.isInfinite(powerKw)) {
            throw new IllegalArgumentException("storage power must be finite and >= 0 kW: " + powerKw);
        }
        if (!(roundTripEfficiency > 0 && roundTripEfficiency <= 1)) {
            throw new IllegalArgumentException("round-trip efficiency must be in (0, 1]: " + roundTripEfficiency);
        }
    }

    /** Storage of {@code capacityKwh} that charges or empties in {@code hours} hours (power = capacity / hours). */
    public static Storage ofHours(double capacityKwh, double hours, double roundTripEfficiency) {
        if (!(hours > 0)) {
            throw new IllegalArgumentException("storage duration must be > 0 h: " + hours);
        }
        return new Storage(capacityKwh, capacityKwh / hours, roundTripEfficiency);
    }

    /** Efficiency of one direction, charging or discharging: sqrt of the round trip. */
    public double oneWayEfficiency() {
        return Math.sqrt(roundTripEfficiency);
    }

    /** True when this storage can hold nothing or move nothing. */
    public boolean isNone() {
        return capacityKwh == 0 || powerKw == 0;
    }
}
