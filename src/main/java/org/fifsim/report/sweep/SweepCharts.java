package org.fifsim.report.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.fifsim.chart.LineBandChart;
import org.fifsim.chart.ChartFiles;
import org.fifsim.experiment.sweep.Grid;
import org.fifsim.experiment.sweep.SweepOutcome;
import org.fifsim.experiment.sweep.Vary;
import org.fifsim.results.Kpis;
import org.fifsim.stats.Estimate;
import org.jfree.chart.JFreeChart;

/**
 * The sweep's charts: each KPI asked against the first varied key (or against a KPI of the base scenario, such as
 * vehicles built), one line per scenario and per combination of the other keys, with its 95% band; with two scenarios
 * also the paired difference, marked where it crosses.
 */
public final class SweepCharts {
    /** More lines than this on one chart cannot be told apart. */
    static final int MAX_CURVES = 12;

    private SweepCharts() {
    }

    /** Writes {@code charts/KPI.png} (and {@code charts/KPI-difference.png}) per KPI asked; returns the files. */
    public static List<Path> write(Path dir, SweepOutcome o) throws IOException {
        List<java.util.concurrent.Callable<List<Path>>> tasks = new ArrayList<>();
        for (String kpi : o.kpis()) {
            tasks.add(() -> {
                List<Path> files = new ArrayList<>();
                JFreeChart c = kpiChart(o, kpi);
                if (c != null) {
                    files.add(ChartFiles.write(c, dir.resolve("charts").resolve(kpi + ".png")));
                }
                if (!o.differences().isEmpty()) {
                    JFreeChart d = differenceChart(o, kpi);
                    if (d != null) {
                        files.add(ChartFiles.write(d, dir.resolve("charts").resolve(kpi + "-difference.png")));
                    }
                }
                return files;
            });
        }
        // drawn in parallel, listed in KPI order
        List<Path> files = new ArrayList<>();
        org.fifsim.report.figure.Render.all(tasks).forEach(files::addAll);
        return files;
    }

    static JFreeChart kpiChart(SweepOutcome o, String kpi) {
        List<LineBandChart.Curve> curves = new ArrayList<>();
        List<Grid.Line> lines = o.grid().lines();
        for (int s = 0; s < o.scenarios().size(); s++) {
            for (Grid.Line line : lines) {
                LineBandChart.Curve c = curve(name(o.scenarios().get(s), line), x(o, s, line),
                        o.estimates().get(s), kpi, line);
                if (c != null && curves.size() < MAX_CURVES) {
                    curves.add(c);
                }
            }
        }
        if (curves.isEmpty()) {
            return null;
        }
        String title = Kpis.get(kpi) != null ? KpiLabel.of(kpi) + ": " + Kpis.get(kpi).meaning() : KpiLabel.of(kpi);
        Marker m = marker(o, kpi);
        return LineBandChart.create(curves, shorten(title), xLabel(o), yLabel(kpi), m.x, m.label, m.low, m.high);
    }

    static JFreeChart differenceChart(SweepOutcome o, String kpi) {
        List<LineBandChart.Curve> curves = new ArrayList<>();
        String name = o.scenarios().get(1) + " - " + o.scenarios().get(0);
        for (Grid.Line line : o.grid().lines()) {
            LineBandChart.Curve c = curve(name(name, line), x(o, 0, line), o.differences(), kpi, line);
            if (c != null && curves.size() < MAX_CURVES) {
                curves.add(c);
            }
        }
        if (curves.isEmpty()) {
            return null;
        }
        Marker m = marker(o, kpi);
        return LineBandChart.create(curves, shorten(KpiLabel.of(kpi) + ", " + name + " (paired, 95% interval)"),
                xLabel(o),
                yLabel(kpi) + " difference", m.x, m.label, m.low, m.high);
    }

    private record Marker(double x, String label, double low, double high) {
    }

    /** The crossing, when the grid has one line (with several, each line has its own and sweep.json lists them). */
    private static Marker marker(SweepOutcome o, String kpi) {
        if (o.grid().lines().size() != 1 || !o.grid().varies().get(0).numeric()) {
            return new Marker(Double.NaN, null, Double.NaN, Double.NaN);
        }
        for (SweepOutcome.LineCrossing c : o.crossings()) {
            if (c.kpi().equals(kpi) && c.crossing().found()) {
                double[] on = c.onAxis(o.xKpi() != null);
                return new Marker(on[0], "break-even " + CrossingText.value(o, c), on[1], on[2]);
            }
        }
        return new Marker(Double.NaN, null, Double.NaN, Double.NaN);
    }

    private static String name(String scenario, Grid.Line line) {
        if (line.fixed().isEmpty()) {
            return scenario;
        }
        StringBuilder b = new StringBuilder(scenario);
        line.fixed().forEach((k, v) -> b.append(", ").append(k.substring(k.lastIndexOf('.') + 1)).append('=')
                .append(v));
        return b.toString();
    }

    /** The x of each point of the line: the first key's value, or scenario s's mean of the x KPI there. */
    private static double[] x(SweepOutcome o, int s, Grid.Line line) {
        if (o.xKpi() == null) {
            return line.points().stream().mapToDouble(o.grid()::axis).toArray();
        }
        List<Map<String, Estimate>> est = o.estimates().get(s);
        return line.points().stream().mapToDouble(p -> {
            Estimate e = est.get(p).get(o.xKpi());
            return e == null ? Double.NaN : e.mean();
        }).toArray();
    }

    /** A curve through the points with a finite x and mean, sorted by x; null when none is left. */
    private static LineBandChart.Curve curve(String name, double[] x, List<Map<String, Estimate>> rows, String kpi,
            Grid.Line line) {
        List<Integer> pts = line.points();
        Integer[] order = IntStream.range(0, pts.size()).boxed()
                .filter(i -> Double.isFinite(x[i]) && rows.get(pts.get(i)).get(kpi) != null
                        && Double.isFinite(rows.get(pts.get(i)).get(kpi).mean()))
                .sorted(Comparator.comparingDouble(i -> x[i])).toArray(Integer[]::new);
        if (order.length == 0) {
            return null;
        }
        double[] xs = new double[order.length];
        double[] mean = new double[order.length];
        double[] low = new double[order.length];
        double[] high = new double[order.length];
        for (int j = 0; j < order.length; j++) {
            Estimate e = rows.get(pts.get(order[j])).get(kpi);
            xs[j] = x[order[j]];
            mean[j] = e.mean();
            low[j] = e.ci95Low();
            high[j] = e.ci95High();
        }
        return new LineBandChart.Curve(name, xs, mean, low, high);
    }

    private static String xLabel(SweepOutcome o) {
        if (o.xKpi() != null) {
            String unit = Kpis.unitOf(o.xKpi());
            return KpiLabel.of(o.xKpi()) + " of " + o.scenarios().get(0) + (unit.isEmpty() ? "" : " (" + unit + ")");
        }
        Vary v = o.grid().varies().get(0);
        return v.axisLabel();
    }

    private static String yLabel(String kpi) {
        String unit = Kpis.unitOf(kpi);
        return unit.isEmpty() ? KpiLabel.of(kpi) : KpiLabel.of(kpi) + " (" + unit + ")";
    }

    private static String shorten(String title) {
        return title.length() > 90 ? title.substring(0, 87) + "..." : title;
    }
}
