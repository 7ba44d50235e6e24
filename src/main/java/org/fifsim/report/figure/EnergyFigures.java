package org.fifsim.report.figure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.fifsim.analysis.Numbers;
import org.fifsim.chart.ChartStyle;
import org.fifsim.chart.DayProfileChart;
import org.fifsim.chart.MonthlyBarChart;
import org.fifsim.report.Block;
import org.fifsim.results.EnergyProfiles.Flow;
import org.fifsim.results.EnergyProfiles.Season;
import org.fifsim.results.EnergyProfiles;
import org.fifsim.results.ReplicationResult;

/**
 * The energy charts: monthly load, PV and grid import; the average day per season (PV against load); and the share
 * of the load met by PV per month. Profiles are averaged over replications; the PV charts are skipped without PV.
 */
final class EnergyFigures {

    private EnergyFigures() {
    }

    static List<Block.Figure> write(FigureWriter w, List<ReplicationResult> results) throws IOException {
        List<Block.Figure> out = new ArrayList<>();
        double[] load = mean(results, p -> p.monthly(Flow.LOAD), 12);
        double[] pv = mean(results, p -> p.monthly(Flow.PV), 12);
        double[] grid = mean(results, p -> p.monthly(Flow.GRID), 12);
        boolean hasPv = pv != null && sum(pv) > 0;
        // without PV the grid supplies the whole load: one bar a month, not two of the same height
        boolean allFromGrid = !hasPv && load != null && grid != null && similar(List.of(load, grid));
        List<MonthlyBarChart.Series> monthly = new ArrayList<>();
        addMwh(monthly, allFromGrid ? "Line load, all from the grid" : "Line load", load);
        addMwh(monthly, "PV generated", pv);
        if (!allFromGrid) {
            addMwh(monthly, "Grid import", grid);
        }
        if (!monthly.isEmpty()) {
            out.add(w.write(MonthlyBarChart.create(monthly, null, "Energy (MWh/month)"), "energy-monthly",
                    "Electricity by month", "Mean over " + Numbers.count(results.size(), "replication")
                            + " of the measured period. " + (allFromGrid
                                    ? "No PV: the grid supplies the whole load, month by month."
                                    : "Look at the grid bars: they are what PV and storage could not cover, highest "
                                            + "in the dull months.")));
        }
        if (!hasPv) {
            return out;
        }
        List<DayProfileChart.Series> day = new ArrayList<>();
        List<double[]> loads = new ArrayList<>();
        for (Season season : Season.values()) {
            double[] l = mean(results, p -> p.day(season, Flow.LOAD), 24);
            if (l != null) {
                loads.add(l);
            }
        }
        // a line that runs around the clock draws the same load in every season: one curve then, not four on top
        boolean oneLoad = loads.size() == Season.values().length && similar(loads);
        for (Season season : Season.values()) {
            int i = season.ordinal();
            double[] p = mean(results, e -> e.day(season, Flow.PV), 24);
            double[] l = mean(results, e -> e.day(season, Flow.LOAD), 24);
            String name = season.name().charAt(0) + season.name().substring(1).toLowerCase();
            if (p != null) {
                day.add(new DayProfileChart.Series(name + " PV", p, i, false));
            }
            if (l != null && !oneLoad) {
                day.add(new DayProfileChart.Series(name + " load", l, i, true));
            }
        }
        if (oneLoad) {
            double[] avg = new double[24];
            for (double[] l : loads) {
                for (int h = 0; h < 24; h++) {
                    avg[h] += l[h] / loads.size();
                }
            }
            day.add(new DayProfileChart.Series("Line load (all seasons)", avg, ChartStyle.PALETTE.size() - 1, true));
        }
        if (!day.isEmpty()) {
            out.add(w.write(DayProfileChart.create(day, null, "Mean power (kW)"), "energy-day", "Average day by season",
                    "Mean power in each clock hour, by season (solid: PV, dashed: line load). Where a solid curve "
                            + "rises above the dashed, PV exceeds the load and the surplus is exported or "
                            + "stored; the hours outside it come from the grid."));
        }
        if (load != null && grid != null) {
            double[] share = new double[12];
            boolean any = false;
            for (int m = 0; m < 12; m++) {
                share[m] = load[m] > 0 ? 100 * Math.max(0, load[m] - grid[m]) / load[m] : 0;
                any |= load[m] > 0;
            }
            if (any) {
                out.add(w.write(MonthlyBarChart.create(List.of(new MonthlyBarChart.Series("PV share of load", share)),
                        null, "Load met by PV (%)"), "pv-share-monthly", "PV share by month",
                        "Share of the line's electricity met by PV (directly or through storage) per month, mean "
                                + "over replications. Look at the seasonal swing: the annual pv_share hides "
                                + "the winter months."));
            }
        }
        return out;
    }

    private static void addMwh(List<MonthlyBarChart.Series> out, String name, double[] kwh) {
        if (kwh == null || sum(kwh) <= 0) {
            return;
        }
        double[] mwh = new double[12];
        for (int m = 0; m < 12; m++) {
            mwh[m] = kwh[m] / 1000;
        }
        out.add(new MonthlyBarChart.Series(name, mwh));
    }

    /** The mean over replications of a profile, or null when none has it with the right length and finite values. */
    static double[] mean(List<ReplicationResult> results, Function<EnergyProfiles, double[]> profile, int length) {
        double[] sum = new double[length];
        int n = 0;
        for (ReplicationResult r : results) {
            double[] v = profile.apply(r.profiles());
            if (v == null || v.length != length || java.util.Arrays.stream(v).anyMatch(x -> !Double.isFinite(x))) {
                continue;
            }
            for (int i = 0; i < length; i++) {
                sum[i] += v[i];
            }
            n++;
        }
        if (n == 0) {
            return null;
        }
        for (int i = 0; i < length; i++) {
            sum[i] /= n;
        }
        return sum;
    }

    /** Whether every profile is within 5% of the first, hour by hour (relative to the first's mean). */
    static boolean similar(List<double[]> profiles) {
        double[] ref = profiles.get(0);
        double scale = Math.max(1e-9, sum(ref) / ref.length);
        for (double[] p : profiles) {
            for (int h = 0; h < ref.length; h++) {
                if (Math.abs(p[h] - ref[h]) > 0.05 * scale) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
