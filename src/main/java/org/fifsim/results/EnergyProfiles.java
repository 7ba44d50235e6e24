package org.fifsim.results;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pack line's electricity as short profiles for the charts: per flow, the energy of each calendar month, and the
 * mean of each clock hour per season. A profile not recorded is null (a replication cut short to the KPIs has none).
 *
 * @param monthly kWh per month (12 values) by {@link Flow} ordinal
 * @param day mean kWh in each clock hour (24 values) at {@code season.ordinal() * Flow count + flow.ordinal()}
 */
public record EnergyProfiles(List<double[]> monthly, List<double[]> day) implements Serializable {

    /** Where the line's electricity comes from and goes. */
    public enum Flow {
        LOAD, PV, GRID, SURPLUS
    }

    /** The seasons of the average day, in calendar order. */
    public enum Season {
        WINTER, SPRING, SUMMER, AUTUMN
    }

    private static final int FLOWS = Flow.values().length;
    private static final int SEASONS = Season.values().length;
    private static final EnergyProfiles NONE = new Builder().build();

    public EnergyProfiles {
        if (monthly.size() != FLOWS || day.size() != FLOWS * SEASONS) {
            throw new IllegalArgumentException("energy profiles need " + FLOWS + " monthly and " + FLOWS * SEASONS
                    + " daily slots, got " + monthly.size() + " and " + day.size());
        }
        monthly = Collections.unmodifiableList(new ArrayList<>(monthly));
        day = Collections.unmodifiableList(new ArrayList<>(day));
    }

    /** No profile at all. */
    public static EnergyProfiles none() {
        return NONE;
    }

    /** The monthly energy of {@code f}, or null. */
    public double[] monthly(Flow f) {
        double[] v = monthly.get(f.ordinal());
        return v == null ? null : v.clone();
    }

    /** The average day of {@code f} in {@code s}, or null. */
    public double[] day(Season s, Flow f) {
        double[] v = day.get(s.ordinal() * FLOWS + f.ordinal());
        return v == null ? null : v.clone();
    }

    /**
     * The profiles by the names they have always been saved under ({@code energy.monthly.pv_kwh},
     * {@code energy.day.winter.pv_kwh}), per flow the monthly one then each season's day: the shard files' form.
     */
    public Map<String, double[]> byName() {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Flow f : Flow.values()) {
            put(out, monthlyName(f), monthly.get(f.ordinal()));
            for (Season s : Season.values()) {
                put(out, dayName(s, f), day.get(s.ordinal() * FLOWS + f.ordinal()));
            }
        }
        return out;
    }

    /**
     * The profiles saved by name ({@link #byName()}).
     *
     * @throws IllegalArgumentException for a name that is none of them
     */
    public static EnergyProfiles ofNames(Map<String, double[]> byName) {
        Builder b = new Builder();
        Map<String, Runnable> setters = new LinkedHashMap<>();
        for (Flow f : Flow.values()) {
            setters.put(monthlyName(f), () -> b.monthly(f, byName.get(monthlyName(f))));
            for (Season s : Season.values()) {
                setters.put(dayName(s, f), () -> b.day(s, f, byName.get(dayName(s, f))));
            }
        }
        for (String name : byName.keySet()) {
            Runnable set = setters.get(name);
            if (set == null) {
                throw new IllegalArgumentException("no energy profile " + name);
            }
            set.run();
        }
        return b.build();
    }

    private static void put(Map<String, double[]> out, String name, double[] v) {
        if (v != null) {
            out.put(name, v);
        }
    }

    private static String monthlyName(Flow f) {
        return "energy.monthly." + f.name().toLowerCase() + "_kwh";
    }

    private static String dayName(Season s, Flow f) {
        return "energy.day." + s.name().toLowerCase() + "." + f.name().toLowerCase() + "_kwh";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnergyProfiles p && same(monthly, p.monthly) && same(day, p.day);
    }

    private static boolean same(List<double[]> a, List<double[]> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (double[] v : monthly) {
            h = 31 * h + Arrays.hashCode(v);
        }
        for (double[] v : day) {
            h = 31 * h + Arrays.hashCode(v);
        }
        return h;
    }

    @Override
    public String toString() {
        return "EnergyProfiles" + byName().keySet();
    }

    /** Collects profiles; one not given stays null. */
    public static final class Builder {
        private final double[][] monthly = new double[FLOWS][];
        private final double[][] day = new double[FLOWS * SEASONS][];

        public Builder monthly(Flow f, double[] kwh) {
            monthly[f.ordinal()] = kwh == null ? null : kwh.clone();
            return this;
        }

        public Builder day(Season s, Flow f, double[] kwh) {
            day[s.ordinal() * FLOWS + f.ordinal()] = kwh == null ? null : kwh.clone();
            return this;
        }

        public EnergyProfiles build() {
            return new EnergyProfiles(Arrays.asList(monthly.clone()), Arrays.asList(day.clone()));
        }
    }
}
