package org.fifsim.results;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjDoubleConsumer;

/**
 * One replication's KPI values, indexed by the {@link Kpis} registry: only registered KPIs can be set, a value is read
 * by its {@link Kpi} or by the name a user types. Which KPIs a replication has depends on the scenario (orders,
 * quality, stock): a KPI not set is absent, not zero, and a NaN value is a value.
 *
 * <p>Iteration is in the order the values were first set (the model's, then the accounting's): the column order of
 * every results file. Two values are equal when they hold the same KPIs with the same values, whatever the order,
 * as two maps would be. Serialised as two short arrays, so a shard or a Spark task ships numbers, not names.
 */
public final class KpiValues implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final KpiValues NONE = new KpiValues(new int[0], new double[0]);

    /** registry index of each value, in the order set */
    private final int[] order;
    /** the values, parallel to {@link #order} */
    private final double[] values;
    /** slot in {@link #order} by registry index, -1 where absent; rebuilt after deserialisation */
    private transient int[] slot;

    private KpiValues(int[] order, double[] values) {
        this.order = order;
        this.values = values;
    }

    /** No KPI at all. */
    public static KpiValues none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The values of a map keyed by KPI name, in its order: for values read back from a saved file and for tests.
     *
     * @throws IllegalArgumentException for a name the registry does not hold
     */
    public static KpiValues of(Map<String, Double> byName) {
        Builder b = builder();
        byName.forEach(b::put);
        return b.build();
    }

    private int[] slots() {
        int[] s = slot;
        if (s == null) {
            s = new int[Kpis.all().size()];
            Arrays.fill(s, -1);
            for (int i = 0; i < order.length; i++) {
                s[order[i]] = i;
            }
            slot = s;
        }
        return s;
    }

    private int slotOf(String name) {
        int index = Kpis.indexOf(name);
        return index < 0 ? -1 : slots()[index];
    }

    /** True when the replication has this KPI. */
    public boolean has(String name) {
        return slotOf(name) >= 0;
    }

    public boolean has(Kpi kpi) {
        return has(kpi.name());
    }

    /**
     * The value of the KPI of that name.
     *
     * @throws IllegalArgumentException when the replication does not have it
     */
    public double get(String name) {
        int s = slotOf(name);
        if (s < 0) {
            throw new IllegalArgumentException("no KPI " + name);
        }
        return values[s];
    }

    public double get(Kpi kpi) {
        return get(kpi.name());
    }

    /** The value of the KPI of that name, or {@code absent} when the replication does not have it. */
    public double getOrDefault(String name, double absent) {
        int s = slotOf(name);
        return s < 0 ? absent : values[s];
    }

    /** The value of the KPI of that name, or null when the replication does not have it. */
    public Double find(String name) {
        int s = slotOf(name);
        return s < 0 ? null : values[s];
    }

    public int size() {
        return order.length;
    }

    public boolean isEmpty() {
        return order.length == 0;
    }

    /** The names of the KPIs held, in order. */
    public List<String> names() {
        List<String> out = new ArrayList<>(order.length);
        List<Kpi> all = Kpis.all();
        for (int i : order) {
            out.add(all.get(i).name());
        }
        return Collections.unmodifiableList(out);
    }

    /** Each KPI held and its value, in order. */
    public void forEach(ObjDoubleConsumer<Kpi> action) {
        List<Kpi> all = Kpis.all();
        for (int i = 0; i < order.length; i++) {
            action.accept(all.get(order[i]), values[i]);
        }
    }

    /** A copy as a map by name, in order, for the few places that hand values on by name (JSON nodes, tests). */
    public Map<String, Double> asMap() {
        Map<String, Double> out = new LinkedHashMap<>();
        List<Kpi> all = Kpis.all();
        for (int i = 0; i < order.length; i++) {
            out.put(all.get(order[i]).name(), values[i]);
        }
        return Collections.unmodifiableMap(out);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof KpiValues other) || other.order.length != order.length) {
            return false;
        }
        int[] theirs = other.slots();
        for (int i = 0; i < order.length; i++) {
            int s = theirs[order[i]];
            if (s < 0 || Double.doubleToLongBits(other.values[s]) != Double.doubleToLongBits(values[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        // a sum, as a map's: independent of the order
        int h = 0;
        for (int i = 0; i < order.length; i++) {
            h += order[i] ^ Double.hashCode(values[i]);
        }
        return h;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }

    /** Collects values: setting a KPI again replaces its value and keeps its place, as a map would. */
    public static final class Builder {
        private final int[] slot = new int[Kpis.all().size()];
        private int[] order = new int[16];
        private double[] values = new double[16];
        private int size;

        private Builder() {
            Arrays.fill(slot, -1);
        }

        /**
         * Sets the KPI of that name.
         *
         * @throws IllegalArgumentException for a name the registry does not hold
         */
        public Builder put(String name, double value) {
            int index = Kpis.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException("no KPI " + name + " in the registry");
            }
            int s = slot[index];
            if (s < 0) {
                if (size == order.length) {
                    order = Arrays.copyOf(order, size * 2);
                    values = Arrays.copyOf(values, size * 2);
                }
                s = size++;
                slot[index] = s;
                order[s] = index;
            }
            values[s] = value;
            return this;
        }

        public Builder put(Kpi kpi, double value) {
            return put(kpi.name(), value);
        }

        /** Sets every value of {@code v}, in its order. */
        public Builder putAll(KpiValues v) {
            v.forEach(this::put);
            return this;
        }

        /** The value set for the KPI of that name, or NaN when none is (for a value formed from others). */
        public double get(String name) {
            int index = Kpis.indexOf(name);
            int s = index < 0 ? -1 : slot[index];
            return s < 0 ? Double.NaN : values[s];
        }

        public KpiValues build() {
            return size == 0 ? NONE : new KpiValues(Arrays.copyOf(order, size), Arrays.copyOf(values, size));
        }
    }
}
