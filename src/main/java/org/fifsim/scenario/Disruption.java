package org.fifsim.scenario;

import java.util.List;

/**
 * Road closures (landslide, flood, lockdown): the next closure starts {@code every} after the end of the previous one
 * and lasts {@code duration}; while a closure is on, trucks on the roads it names neither leave the dock nor move.
 * {@code roads} names the road stages it hits; empty: every road of its section.
 */
public record Disruption(String name, Distribution every, Distribution duration, List<String> roads) {

    public Disruption {
        roads = List.copyOf(roads);
    }

    /** A closure of every road. */
    public Disruption(String name, Distribution every, Distribution duration) {
        this(name, every, duration, List.of());
    }

    public boolean hits(String road) {
        return roads.isEmpty() || roads.contains(road);
    }
}
