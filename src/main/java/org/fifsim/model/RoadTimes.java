package org.fifsim.model;

import org.fifsim.model.random.Sampler;
import org.fifsim.model.random.Streams;
import org.fifsim.scenario.Durations;
import org.fifsim.scenario.StageSpec;

/**
 * How long a truck's legs take. Given times are drawn as they are; otherwise the loaded leg is loading, driving the
 * distance at a speed drawn for the trip, the rests of the driving-hours rule, and unloading, and the empty leg back is
 * driving and rests at a speed drawn for it. Each random input has its own stream.
 */
final class RoadTimes {
    private final StageSpec.Road spec;
    private final Sampler transit;
    private final Sampler returnTrip;
    private final Sampler speed;
    private final Sampler loading;
    private final Sampler unloading;

    RoadTimes(StageSpec.Road spec, Streams streams, String key) {
        this.spec = spec;
        if (spec.timedByDistance()) {
            this.transit = null;
            this.returnTrip = null;
            this.speed = Sampler.of(spec.speedKmh(), streams.stream(key + "/speed"));
            this.loading = Sampler.of(spec.loading(), streams.stream(key + "/loading"));
            this.unloading = Sampler.of(spec.unloading(), streams.stream(key + "/unloading"));
        } else {
            this.transit = Sampler.of(spec.transit(), streams.stream(key + "/transit"));
            this.returnTrip = Sampler.of(spec.returnTrip(), streams.stream(key + "/return"));
            this.speed = null;
            this.loading = null;
            this.unloading = null;
        }
    }

    /** Dock to unloaded at the next stage. */
    double outbound() {
        if (transit != null) {
            return transit.draw();
        }
        return loading.draw() + drive() + unloading.draw();
    }

    /** Empty back to the dock. */
    double back() {
        return returnTrip != null ? returnTrip.draw() : drive();
    }

    private double drive() {
        return spec.withRests(spec.distanceKm() / speed.draw() * Durations.HOUR);
    }
}
