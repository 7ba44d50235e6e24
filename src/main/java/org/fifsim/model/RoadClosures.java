package org.fifsim.model;

import java.util.List;
import org.fifsim.model.random.Sampler;
import org.fifsim.model.random.Streams;
import org.fifsim.scenario.Disruption;

/**
 * Road closures from each disruption source, on their own streams. Each source closes the roads it names (all roads
 * when it names none); a road is closed while any closure that hits it is on.
 */
final class RoadClosures {
    private final Scheduler sim;
    private final List<RoadStage> roads;
    private final String streamPrefix;

    /** {@code streamPrefix} names the streams: {@code disruption/} for the pack roads, another for the cell road. */
    RoadClosures(Scheduler sim, List<RoadStage> roads, String streamPrefix) {
        this.sim = sim;
        this.roads = roads;
        this.streamPrefix = streamPrefix;
    }

    void start(List<Disruption> disruptions, Streams streams) {
        for (Disruption d : disruptions) {
            String key = streamPrefix + d.name();
            Sampler every = Sampler.of(d.every(), streams.stream(key + "/every"));
            Sampler duration = Sampler.of(d.duration(), streams.stream(key + "/duration"));
            List<RoadStage> hit = roads.stream().filter(r -> d.hits(r.name)).toList();
            sim.scheduleEventRel(every.draw(), () -> close(hit, every, duration));
        }
    }

    private void close(List<RoadStage> hit, Sampler every, Sampler duration) {
        hit.forEach(RoadStage::closureStarts);
        sim.scheduleEventRel(duration.draw(), () -> open(hit, every, duration));
    }

    private void open(List<RoadStage> hit, Sampler every, Sampler duration) {
        hit.forEach(RoadStage::closureEnds);
        sim.scheduleEventRel(every.draw(), () -> close(hit, every, duration));
    }
}
