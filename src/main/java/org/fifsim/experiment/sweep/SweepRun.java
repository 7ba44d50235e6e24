package org.fifsim.experiment.sweep;

import java.util.List;
import org.fifsim.results.ReplicationResult;

/**
 * What a sweep produced: {@code results.get(s).get(p)} are the replications of scenario {@code s} at point
 * {@code p}, ordered by replication; plus the model events and the wall time, for events per second.
 */
public record SweepRun(List<List<List<ReplicationResult>>> results, long events, double wallSeconds) {

    public List<ReplicationResult> at(int scenario, int point) {
        return results.get(scenario).get(point);
    }

    public int tasks() {
        return results.stream().mapToInt(s -> s.stream().mapToInt(List::size).sum()).sum();
    }

    public double eventsPerSecond() {
        return wallSeconds > 0 ? events / wallSeconds : Double.NaN;
    }
}
