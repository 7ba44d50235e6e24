package org.fifsim.results;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values sampled at fixed times through one replication (from time zero, warm-up included, so a warm-up can be
 * judged). Bounded: at most {@code MAX_POINTS} samples whatever the horizon.
 *
 * @param timeHours sample times in hours
 * @param values series by name (e.g. {@code pipeline_packs}), each as long as {@code timeHours}
 */
public record TimeSeries(double[] timeHours, Map<String, double[]> values) implements java.io.Serializable {
    public static final int MAX_POINTS = 1000;

    public TimeSeries {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static TimeSeries empty() {
        return new TimeSeries(new double[0], Map.of());
    }

    public double[] get(String name) {
        return values.get(name);
    }
}
