package org.fifsim.model;

/** One drift of a station: the packs it marked suspect and what became of them. */
final class Incident {
    final double began;
    /** Packs the drifting station finished since the drift began: all suspect. */
    long suspect;
    /** Suspect packs installed in vehicles before the detection: recalled. */
    long installed;
    /** True once the first suspect pack reached the detection point (the detection is then on its way). */
    boolean triggered;
    boolean detected;
    /** Suspect packs scrapped by the ordinary end-of-line test before the detection. */
    long scrappedBeforeDetection;
    /** After detection: suspect packs still in the pipe, not yet inspected (or scrapped at end-of-line). */
    long open;
    long quarantined;

    Incident(double began) {
        this.began = began;
    }
}
