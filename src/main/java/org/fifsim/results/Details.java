package org.fifsim.results;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjDoubleConsumer;

/**
 * A replication's finer values beyond the KPIs, in the order of their columns in replications.csv: how each station
 * spent its time as {@link StationTime}s, and single named values (per stage, store, variant, order bank) the files
 * and checks only pass on by their column name.
 */
public final class Details implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Details NONE = new Details(List.of());

    /** One part of the details: one or more columns. */
    public sealed interface Part extends Serializable permits Value, StationTime {
        /** Its columns, in order. */
        void columns(ObjDoubleConsumer<String> out);
    }

    /** A single value known by its column's name, which says its unit ({@link Kpis#unitOf}). */
    public record Value(String column, double value) implements Part {
        @Override
        public void columns(ObjDoubleConsumer<String> out) {
            out.accept(column, value);
        }
    }

    /** Where a model component puts its named values. */
    public interface Sink {
        void put(String column, double value);
    }

    private final List<Part> parts;

    private Details(List<Part> parts) {
        this.parts = Collections.unmodifiableList(new ArrayList<>(parts));
    }

    public static Details none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Part> parts() {
        return parts;
    }

    /** How each station spent its time, in line order. */
    public List<StationTime> stations() {
        List<StationTime> out = new ArrayList<>();
        for (Part p : parts) {
            if (p instanceof StationTime t) {
                out.add(t);
            }
        }
        return out;
    }

    /** Every column and its value, in order: replications.csv's detail columns. */
    public Map<String, Double> columns() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Part p : parts) {
            p.columns(out::put);
        }
        return Collections.unmodifiableMap(out);
    }

    /** The value of the column of that name, or null when there is none. */
    public Double column(String name) {
        return columns().get(name);
    }

    /**
     * The details saved as columns ({@link #columns()}): a station's share columns become its {@link StationTime}
     * again (the one place their names are read), every other column a {@link Value}.
     */
    public static Details ofColumns(Map<String, Double> columns) {
        Map<String, double[]> byStation = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>(); // a Value, or the name of a station at its first column
        for (Map.Entry<String, Double> e : columns.entrySet()) {
            String key = e.getKey();
            int at = key.lastIndexOf(StationTime.SHARE);
            StationTime.State state = at < 0 || !key.startsWith(StationTime.COLUMN_PREFIX) ? null
                    : state(key.substring(at + StationTime.SHARE.length()));
            if (state == null || at < StationTime.COLUMN_PREFIX.length()) {
                order.add(new Value(key, e.getValue()));
                continue;
            }
            String station = key.substring(StationTime.COLUMN_PREFIX.length(), at);
            double[] shares = byStation.get(station);
            if (shares == null) {
                shares = new double[StationTime.State.values().length];
                Arrays.fill(shares, Double.NaN);
                byStation.put(station, shares);
                order.add(station);
            }
            shares[state.ordinal()] = e.getValue();
        }
        Builder b = builder();
        for (Object o : order) {
            if (o instanceof Value v) {
                b.put(v.column(), v.value());
            } else {
                double[] s = byStation.get((String) o);
                b.station(new StationTime((String) o, s[0], s[1], s[2], s[3], s[4]));
            }
        }
        return b.build();
    }

    private static StationTime.State state(String word) {
        for (StationTime.State s : StationTime.State.values()) {
            if (s.word().equals(word)) {
                return s;
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Details d && parts.equals(d.parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        return columns().toString();
    }

    /** Collects parts in column order; a value put again under the same column replaces the first in its place. */
    public static final class Builder implements Sink {
        private final List<Part> parts = new ArrayList<>();
        private final Map<String, Integer> valueAt = new HashMap<>();

        private Builder() {
        }

        @Override
        public void put(String column, double value) {
            Integer at = valueAt.putIfAbsent(column, parts.size());
            if (at == null) {
                parts.add(new Value(column, value));
            } else {
                parts.set(at, new Value(column, value));
            }
        }

        public Builder station(StationTime t) {
            parts.add(t);
            return this;
        }

        public Details build() {
            return parts.isEmpty() ? NONE : new Details(parts);
        }
    }
}
