package org.fifsim.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jfree.chart.JFreeChart;

/**
 * One realistic chart of each kind, built from synthetic numbers shaped like fifsim output.
 * The tests render these; {@link #main} writes them to a folder to look at:
 * {@code java -cp target/classes:target/test-classes:JFREECHART org.fifsim.chart.ChartSamples /tmp/chart-samples}.
 */
final class ChartSamples {

    private ChartSamples() {
    }

    static JFreeChart timeSeriesBand() {
        Random rnd = new Random(7);
        int n = 30 * 24;
        double[] t = new double[n];
        double[] stock = new double[n];
        double[] stockLo = new double[n];
        double[] stockHi = new double[n];
        double[] pipe = new double[n];
        double[] pipeLo = new double[n];
        double[] pipeHi = new double[n];
        double s = 45;
        for (int i = 0; i < n; i++) {
            t[i] = i;
            s = Math.max(0, Math.min(70, s + rnd.nextGaussian() * 4 + (45 - s) * 0.1));
            if (i > 300 && i < 312) {
                s = Math.max(0, s - 6); // a breakdown drains the line-side stock
            }
            stock[i] = s;
            stockLo[i] = Math.max(0, 30 + 5 * Math.sin(i / 20.0));
            stockHi[i] = 62 + 4 * Math.sin(i / 15.0);
            pipe[i] = 27 + s * 0.6 + rnd.nextGaussian() * 2;
            pipeLo[i] = 40 + 3 * Math.sin(i / 25.0);
            pipeHi[i] = 76 + 3 * Math.cos(i / 30.0);
        }
        return TimeSeriesBandChart.create(List.of(
                new TimeSeriesBandChart.Series("Line-side stock (rep. 1)", t, stock, stockLo, stockHi),
                new TimeSeriesBandChart.Series("Pipeline (rep. 1)", t, pipe, pipeLo, pipeHi)),
                "Packs at line-side and in the pipeline", "Packs",
                "Shaded: p5-p95 over 10 replications");
    }

    static double[] leadTimes() {
        Random rnd = new Random(11);
        double[] v = new double[5000];
        for (int i = 0; i < v.length; i++) {
            v[i] = 48 * Math.exp(rnd.nextGaussian() * 0.25 - 0.03);
        }
        return v;
    }

    static JFreeChart histogram() {
        return HistogramChart.create(leadTimes(), 0, "Pack lead time, end-of-line to line-side (remote plant)",
                "Lead time (h)", true);
    }

    static JFreeChart stackedShares() {
        String[] stations = {"Cell stacking", "Module welding", "Pack assembly", "Leak test", "BMS flashing",
                "End-of-line test"};
        double[][] parts = {
                {0.78, 0.08, 0.02, 0.05, 0.07},
                {0.80, 0.05, 0.04, 0.04, 0.07},
                {0.84, 0.01, 0.05, 0.03, 0.07},
                {0.70, 0.00, 0.21, 0.02, 0.07},
                {0.65, 0.00, 0.26, 0.01, 0.07},
                {0.81, 0.00, 0.10, 0.02, 0.07}};
        String[] names = {"Busy", "Blocked", "Starved", "Down", "Off"};
        List<StackedShareChart.Row> rows = new ArrayList<>();
        for (int i = 0; i < stations.length; i++) {
            LinkedHashMap<String, Double> m = new LinkedHashMap<>();
            for (int k = 0; k < names.length; k++) {
                m.put(names[k], parts[i][k]);
            }
            rows.add(new StackedShareChart.Row(stations[i], m));
        }
        return StackedShareChart.create(rows, "Pack line station states", "Share of time (%)", true);
    }

    static JFreeChart cumulative() {
        int n = 14 * 24;
        double[] t = new double[n + 1];
        double[] made = new double[n + 1];
        double[] demand = new double[n + 1];
        double m = 30;
        for (int i = 0; i <= n; i++) {
            t[i] = i;
            demand[i] = 80.0 * i;
            boolean down = (i > 100 && i < 108) || (i > 250 && i < 254);
            m += down ? 0 : 82 + (i % 5 == 0 ? -6 : 0);
            made[i] = Math.min(m, demand[i] + 60);
        }
        return CumulativeChart.create(List.of(
                new CumulativeChart.Series("Packs delivered to line-side", t, made),
                new CumulativeChart.Series("Vehicle demand", t, demand, true)),
                "Cumulative packs supplied vs vehicles demanded", "Cumulative count (packs)", true);
    }

    static JFreeChart waterfall() {
        return WaterfallChart.create("Remote plant", 86.4, List.of(
                new WaterfallChart.Step("Logistics", -29.8),
                new WaterfallChart.Step("Inventory holding", -34.4),
                new WaterfallChart.Step("Scrap", -0.1),
                new WaterfallChart.Step("Grid electricity", 0.6),
                new WaterfallChart.Step("Line-side handling", 1.2)),
                "Factory-in-a-factory", "Annual cost: remote plant to factory-in-a-factory", "Cost (M CNY/yr)");
    }

    static JFreeChart lineBand() {
        double[] km = {0, 25, 50, 100, 150, 200, 300};
        List<LineBandChart.Curve> curves = new ArrayList<>();
        String[] names = {"24 packs/truck", "36 packs/truck"};
        double[] perKm = {0.21, 0.14};
        for (int c = 0; c < 2; c++) {
            double[] mean = new double[km.length];
            double[] lo = new double[km.length];
            double[] hi = new double[km.length];
            for (int i = 0; i < km.length; i++) {
                mean[i] = -12 + perKm[c] * km[i];
                lo[i] = mean[i] - 2.5 - 0.01 * km[i];
                hi[i] = mean[i] + 2.5 + 0.01 * km[i];
            }
            curves.add(new LineBandChart.Curve(names[c], km, mean, lo, hi));
        }
        return LineBandChart.create(curves, "Cost saving of co-location vs distance to the pack plant",
                "Road distance, pack plant to vehicle plant (km)", "Saving (M CNY/yr)", 57.1, "Break-even 57 km");
    }

    static JFreeChart tornado() {
        return TornadoChart.create(List.of(
                new TornadoChart.Entry("Pack value (36k-60k CNY)", 71.0, 101.8),
                new TornadoChart.Entry("Truck capacity (20-40 packs)", 93.5, 81.2),
                new TornadoChart.Entry("Distance (50-200 km)", 79.9, 95.3),
                new TornadoChart.Entry("Carrying cost (20-30%/yr)", 79.0, 93.8),
                new TornadoChart.Entry("Yield (99.5-99.9%)", 88.3, 85.9),
                new TornadoChart.Entry("Grid price (0.55-0.75 CNY/kWh)", 85.6, 87.2)),
                86.4, "Sensitivity of annual cost (remote plant)", "Total cost (M CNY/yr)");
    }

    static JFreeChart monthly() {
        double[] pv = {320, 350, 430, 480, 560, 600, 680, 690, 560, 450, 350, 300};
        double[] load = new double[12];
        double[] grid = new double[12];
        for (int m = 0; m < 12; m++) {
            load[m] = 625 + (m == 1 ? -60 : 0);
            grid[m] = Math.max(0, load[m] - pv[m] * 0.95);
        }
        return MonthlyBarChart.create(List.of(
                new MonthlyBarChart.Series("PV generation", pv),
                new MonthlyBarChart.Series("Grid import", grid),
                new MonthlyBarChart.Series("Line load", load)),
                "Pack line electricity by month", "Energy (MWh/month)");
    }

    static JFreeChart dayProfile() {
        List<DayProfileChart.Series> series = new ArrayList<>();
        Map<String, Double> peak = new LinkedHashMap<>();
        peak.put("Summer", 3400.0);
        peak.put("Winter", 1500.0);
        int c = 0;
        for (Map.Entry<String, Double> e : peak.entrySet()) {
            double[] pv = new double[24];
            double[] load = new double[24];
            for (int h = 0; h < 24; h++) {
                double sun = Math.sin(Math.PI * (h + 0.5 - 6) / 13.0);
                pv[h] = sun > 0 ? e.getValue() * sun : 0;
                load[h] = 800 + 60 * Math.sin(h / 3.0) + (e.getKey().equals("Summer") ? 60 : 0);
            }
            series.add(new DayProfileChart.Series(e.getKey() + " PV", pv, c, false));
            series.add(new DayProfileChart.Series(e.getKey() + " load", load, c, true));
            c++;
        }
        return DayProfileChart.create(series, "Average day: PV output vs line load", "Mean power (kW)");
    }

    /** Every sample by file name. */
    static Map<String, JFreeChart> all() {
        Map<String, JFreeChart> m = new LinkedHashMap<>();
        m.put("time-series-band", timeSeriesBand());
        m.put("histogram", histogram());
        m.put("stacked-shares", stackedShares());
        m.put("cumulative", cumulative());
        m.put("waterfall", waterfall());
        m.put("line-band", lineBand());
        m.put("tornado", tornado());
        m.put("monthly", monthly());
        m.put("day-profile", dayProfile());
        return m;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/chart-samples");
        for (Map.Entry<String, JFreeChart> e : all().entrySet()) {
            System.out.println(Png.write(e.getValue(), dir.resolve(e.getKey() + ".png")));
        }
    }
}
