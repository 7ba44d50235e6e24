package org.fifsim.scenario;

/** A period in which the vehicle line runs at another takt (a sales push, a model change-over). Times in seconds. */
public record DemandSwing(double start, double duration, double takt) {
}
