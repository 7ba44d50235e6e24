package org.fifsim.model;

import java.util.List;
import org.fifsim.model.random.Sampler;
import org.fifsim.model.random.Streams;
import org.fifsim.scenario.Disruption;

/** Road closures from each disruption source, on their own streams; the road is closed while any closure is on. */
final class RoadClosures {
    private final Scheduler sim;
    private final List<RoadStage> roads;
    private int active;

    RoadClosures(Scheduler sim, List<RoadStage> roads) {
        this.sim = sim;
        this.roads = roads;
    }

    void start(List<Disruption> disruptions, Streams streams) {
        for (Disruption d : disruptions) {
            String key = "disruption/" + d.name();
            Sampler every = Sampler.of(d.every(), streams.stream(key + "/every"));
            Sampler duration = Sampler.of(d.duration(), streams.stream(key + "/duration"));
            sim.scheduleEventRel(every.draw(), () -> close(every, duration));
        }
    }

    private void close(Sampler every, Sampler duration) {
        if (active++ == 0) {
            roads.forEach(r -> r.setClosed(true));
        }
        sim.scheduleEventRel(duration.draw(), () -> open(every, duration));
    }

    private void open(Sampler every, Sampler duration) {
        if (--active == 0) {
            roads.forEach(r -> r.setClosed(false));
        }
        sim.scheduleEventRel(every.draw(), () -> close(every, duration));
    }
}
