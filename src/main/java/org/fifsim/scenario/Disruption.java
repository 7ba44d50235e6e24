package org.fifsim.scenario;

/**
 * Road closures (landslide, flood, lockdown): the next closure starts {@code every} after the end of the previous one
 * and lasts {@code duration}; while any closure is on, trucks neither leave the dock nor move on the road.
 */
public record Disruption(String name, Distribution every, Distribution duration) {
}
