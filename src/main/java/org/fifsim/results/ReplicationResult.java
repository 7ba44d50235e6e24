package org.fifsim.results;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one replication produced, as plain numbers: the only thing that crosses from simulation to analysis, so
 * statistics and reports can be tested on synthetic values and rebuilt from saved files.
 *
 * @param replication replication number, from 0
 * @param kpis KPI values by name, in report order
 * @param details finer per-replication values (per station, per stage) for replications.csv and charts
 * @param balance pack counts since time zero, for the built-in checks
 * @param events model events scheduled, for the benchmark
 * @param series sampled stock and cumulative flows over time, for charts and warm-up detection
 * @param leadTimes lead-time histogram in hours, after the warm-up
 * @param activity what the replication did, per year, in physical units: what cost and carbon are priced from
 * @param profiles short arrays for charts (monthly energy, average day per season)
 */
public record ReplicationResult(int replication, Map<String, Double> kpis, Map<String, Double> details,
        PackBalance balance, long events, TimeSeries series, Histogram leadTimes, Activity activity,
        Map<String, double[]> profiles) implements java.io.Serializable {

    public ReplicationResult {
        kpis = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
        activity = activity == null ? Activity.none() : activity;
        profiles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
    }

    /** A result with only KPIs, for statistics and report tests on synthetic numbers. */
    public static ReplicationResult ofKpis(int replication, Map<String, Double> kpis) {
        return new ReplicationResult(replication, kpis, Map.of(), new PackBalance(0, 0, 0, 0, 0, 0, 0), 0,
                TimeSeries.empty(), Histogram.empty(), Activity.none(), Map.of());
    }

    /** This result with other KPI values (the accounting adds its KPIs to the model's). */
    public ReplicationResult withKpis(Map<String, Double> newKpis) {
        return new ReplicationResult(replication, newKpis, details, balance, events, series, leadTimes, activity,
                profiles);
    }

    /** This result with its activity (re-priced results read back from activity.json). */
    public ReplicationResult withActivity(Activity a) {
        return new ReplicationResult(replication, kpis, details, balance, events, series, leadTimes, a, profiles);
    }

    /**
     * The KPIs, event count and activity only, without the series and histograms a sweep does not use (the activity
     * is a few hundred numbers: a sweep re-prices it for the factor band of its crossings).
     */
    public ReplicationResult lean() {
        return new ReplicationResult(replication, kpis, Map.of(), balance, events, TimeSeries.empty(),
                Histogram.empty(), activity, Map.of());
    }

    public double kpi(String name) {
        Double v = kpis.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no KPI " + name);
        }
        return v;
    }

    /**
     * Every pack since time zero: started = good + scrapped + inProcess; installed <= good + initialStock.
     */
    public record PackBalance(long started, long good, long scrapped, long inProcess, long installed,
            long initialStock, long inPipeline) implements java.io.Serializable {

        /** True when no pack was lost or made up. */
        public boolean balances() {
            return started == good + scrapped + inProcess && good + initialStock == installed + inPipeline;
        }
    }
}
