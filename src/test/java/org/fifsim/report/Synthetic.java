package org.fifsim.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.fifsim.TestScenarios;
import org.fifsim.results.Details;
import org.fifsim.results.Histogram;
import org.fifsim.results.EnergyProfiles;
import org.fifsim.results.EnergyProfiles.Flow;
import org.fifsim.results.EnergyProfiles.Season;
import org.fifsim.results.KpiValues;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.results.TimeSeries;
import org.fifsim.scenario.Scenario;

/**
 * Synthetic replication results, consistent with themselves (Little's law holds, packs balance), so report code can be
 * tested without simulating.
 */
public final class Synthetic {
    /** Samples per series, as a year-long run records them. */
    public static final int POINTS = 400;
    /** Hours between samples. */
    public static final double STEP_H = 2.0;

    private Synthetic() {
    }

    /** A scenario of 800 h whose description needs escaping in HTML and Markdown. */
    public static Scenario scenario(String warmup) {
        return TestScenarios.parse("""
                name: synth
                description: "Synthetic <test> & scenario | with * markup"
                run: {horizon: 800h, warmup: %s, replications: 4, seed: 7}
                vehicle_line: {takt: 45s}
                pack_line: {stations: [{name: stacking, cycle_time: 40s}, {name: sealing, cycle_time: 40s}]}
                logistics: {mode: co-located, transfer: 20min}
                energy: {pv: {annual_kwh: 6.0e6}}
                """.formatted(warmup));
    }

    public static List<ReplicationResult> results(int n, boolean pv, double transientHours) {
        return IntStream.range(0, n).mapToObj(i -> result(i, pv, transientHours)).toList();
    }

    /**
     * One replication: stock series that ramp up over {@code transientHours} from zero then hold with noise; KPIs
     * that obey Little's law; station shares that add up to 1; monthly and daily energy profiles if {@code pv}.
     */
    public static ReplicationResult result(int rep, boolean pv, double transientHours) {
        Random r = new Random(1000 + rep);
        double good = 690_000 + 2_000 * r.nextGaussian();
        double lead = 0.333 + 0.001 * r.nextGaussian();
        double lineSide = 25 + r.nextGaussian();
        double inTransit = good / 8760 * lead;
        Map<String, Double> k = new LinkedHashMap<>();
        k.put(Kpis.PACKS_GOOD, good);
        k.put(Kpis.PACKS_SCRAPPED, 700 + 30 * r.nextGaussian());
        k.put(Kpis.VEHICLES_BUILT, good - 5);
        k.put(Kpis.VEHICLE_LINE_STARVED, 0.02 + 0.001 * r.nextGaussian());
        k.put(Kpis.LEAD_TIME_H, lead);
        k.put(Kpis.PIPELINE_PACKS, lineSide + inTransit);
        k.put(Kpis.LINE_SIDE_PACKS, lineSide);
        k.put(Kpis.TRUCK_TRIPS, 0.0);
        k.put(Kpis.PV_SHARE, pv ? 0.4 + 0.01 * r.nextGaussian() : 0.0);

        double[] t = new double[POINTS];
        double[] pipeline = new double[POINTS];
        double[] side = new double[POINTS];
        double[] cumGood = new double[POINTS];
        double[] cumVehicles = new double[POINTS];
        double[] cumDemand = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            t[i] = i * STEP_H;
            double ramp = transientHours > 0 ? Math.min(1, t[i] / transientHours) : 1;
            pipeline[i] = ramp * (lineSide + inTransit) + r.nextGaussian();
            side[i] = ramp * lineSide + 0.5 * r.nextGaussian();
            cumGood[i] = 79 * t[i];
            cumVehicles[i] = 78 * t[i];
            cumDemand[i] = 80 * t[i];
        }
        Map<String, double[]> s = new LinkedHashMap<>();
        s.put(Kpis.PIPELINE_PACKS, pipeline);
        s.put(Kpis.LINE_SIDE_PACKS, side);
        s.put("cumulative_good_packs", cumGood);
        s.put("cumulative_vehicles", cumVehicles);
        s.put("cumulative_demand", cumDemand);

        Map<String, Double> d = new LinkedHashMap<>();
        for (String station : List.of("stacking", "sealing")) {
            double busy = 0.8 + 0.01 * r.nextDouble();
            d.put("station." + station + ".share_busy", busy);
            d.put("station." + station + ".share_blocked", 0.05);
            d.put("station." + station + ".share_starved", 0.1);
            d.put("station." + station + ".share_down", 1 - busy - 0.15);
            d.put("station." + station + ".share_off", 0.0);
        }

        double[] lower = new double[30];
        double[] upper = new double[30];
        long[] counts = new long[30];
        for (int i = 0; i < 30; i++) {
            lower[i] = 0.25 * Math.pow(1.01, i * 2);
            upper[i] = 0.25 * Math.pow(1.01, i * 2 + 1);
            counts[i] = 1000 + 100L * (15 - Math.abs(15 - i));
        }

        EnergyProfiles.Builder p = new EnergyProfiles.Builder();
        if (pv) {
            double[] load = new double[12];
            double[] pvm = new double[12];
            double[] grid = new double[12];
            for (int m = 0; m < 12; m++) {
                load[m] = 700_000;
                pvm[m] = 300_000 + 300_000 * Math.sin(Math.PI * m / 11);
                grid[m] = load[m] - 0.7 * pvm[m];
            }
            p.monthly(Flow.LOAD, load).monthly(Flow.PV, pvm).monthly(Flow.GRID, grid);
            for (Season season : Season.values()) {
                double[] dayPv = new double[24];
                double[] dayLoad = new double[24];
                for (int h = 0; h < 24; h++) {
                    dayPv[h] = Math.max(0, 2000 * Math.sin(Math.PI * (h - 6) / 12));
                    dayLoad[h] = 980;
                }
                p.day(season, Flow.PV, dayPv).day(season, Flow.LOAD, dayLoad);
            }
        }
        var balance = new ReplicationResult.PackBalance(1000, 990, 5, 5, 980, 30, 40);
        return new ReplicationResult(rep, KpiValues.of(k), Details.ofColumns(d), balance, 12345, new TimeSeries(t, s),
                new Histogram(lower, upper, counts), null, p.build());
    }
}
