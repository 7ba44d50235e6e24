package org.fifsim.model;

/** Receives the model's events for an audit trail ({@code --trace}): time in seconds, component, event, pack id. */
@FunctionalInterface
public interface Trace {
    /** Pack id for events that concern no single pack. */
    long NO_PACK = -1;

    void record(double time, String component, String event, long packId);
}
