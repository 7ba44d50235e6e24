package org.fifsim.model;

/** A battery pack on its way from release at the first station to installation in a vehicle. */
final class Pack {
    final long id;
    final double released;
    /** Time the pack passed the end-of-line test (after rework), i.e. entered the logistics pipeline. */
    double passed = Double.NaN;
    /** Its variant (an index into the scenario's variants; 0 without variants). */
    int variant;
    /** The drift that made it suspect, or null. */
    Incident incident;
    /** True once it reached the line-side door: its lead time is measured there once (a pack back from quarantine is not counted again). */
    boolean reachedLineSide;
    /** Time the pack entered its current logistics stage. */
    double stageEntered;

    Pack(long id, double released) {
        this.id = id;
        this.released = released;
    }
}
