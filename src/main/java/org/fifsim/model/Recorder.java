package org.fifsim.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.fifsim.results.TimeSeries;

/**
 * Samples named quantities at a fixed interval from time zero, at most {@link TimeSeries#MAX_POINTS} times per
 * replication whatever the horizon, so memory stays bounded and the warm-up can be judged afterwards.
 */
final class Recorder {
    private final Scheduler sim;
    private final double interval;
    private final Map<String, DoubleSupplier> probes = new LinkedHashMap<>();
    private final Map<String, double[]> values = new LinkedHashMap<>();
    private final double[] times;
    private int n;

    Recorder(Scheduler sim, double horizon) {
        this.sim = sim;
        int points = TimeSeries.MAX_POINTS;
        this.interval = Math.max(horizon / (points - 1), 60.0);
        this.times = new double[points];
    }

    void probe(String name, DoubleSupplier value) {
        probes.put(name, value);
        values.put(name, new double[times.length]);
    }

    void start() {
        sim.scheduleEventNow(this::sample);
    }

    private void sample() {
        if (n >= times.length) {
            return;
        }
        times[n] = sim.getSimulatorTime() / 3600.0;
        for (Map.Entry<String, DoubleSupplier> e : probes.entrySet()) {
            values.get(e.getKey())[n] = e.getValue().getAsDouble();
        }
        n++;
        sim.scheduleEventRel(interval, this::sample);
    }

    TimeSeries series() {
        Map<String, double[]> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, java.util.Arrays.copyOf(v, n)));
        return new TimeSeries(java.util.Arrays.copyOf(times, n), out);
    }
}
