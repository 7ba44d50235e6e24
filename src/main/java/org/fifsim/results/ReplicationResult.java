package org.fifsim.results;


/**
 * What one replication produced, as plain numbers: the only thing that crosses from simulation to analysis, so
 * statistics and reports can be tested on synthetic values and rebuilt from saved files.
 *
 * @param replication replication number, from 0
 * @param kpis KPI values, in report order
 * @param details finer per-replication values (per station, per stage) for replications.csv and charts
 * @param balance pack counts since time zero, for the built-in checks
 * @param events model events scheduled, for the benchmark
 * @param series sampled stock and cumulative flows over time, for charts and warm-up detection
 * @param leadTimes lead-time histogram in hours, after the warm-up
 * @param activity what the replication did, per year, in physical units: what cost and carbon are priced from
 * @param profiles the line's electricity by month and as an average day per season, for charts
 */
public record ReplicationResult(int replication, KpiValues kpis, Details details,
        PackBalance balance, long events, TimeSeries series, Histogram leadTimes, Activity activity,
        EnergyProfiles profiles) implements java.io.Serializable {

    public ReplicationResult {
        kpis = kpis == null ? KpiValues.none() : kpis;
        details = details == null ? Details.none() : details;
        activity = activity == null ? Activity.none() : activity;
        profiles = profiles == null ? EnergyProfiles.none() : profiles;
    }

    /** A result with only KPIs, for statistics and report tests on synthetic numbers. */
    public static ReplicationResult ofKpis(int replication, KpiValues kpis) {
        return new ReplicationResult(replication, kpis, Details.none(), new PackBalance(0, 0, 0, 0, 0, 0, 0), 0,
                TimeSeries.empty(), Histogram.empty(), Activity.none(), EnergyProfiles.none());
    }

    /** This result with other KPI values (the accounting adds its KPIs to the model's). */
    public ReplicationResult withKpis(KpiValues newKpis) {
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
        return new ReplicationResult(replication, kpis, Details.none(), balance, events, TimeSeries.empty(),
                Histogram.empty(), activity, EnergyProfiles.none());
    }

    /**
     * The value of the KPI of that name.
     *
     * @throws IllegalArgumentException when this replication does not have it
     */
    public double kpi(String name) {
        return kpis.get(name);
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
