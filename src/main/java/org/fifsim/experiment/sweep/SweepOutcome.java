package org.fifsim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.stats.Estimate;

/**
 * A sweep's results as estimates, ready to write: per scenario and point the estimate of every KPI; with two scenarios
 * the paired difference (second minus first) per point and, for the KPIs asked, the crossing along the first varied
 * key on every line of the grid.
 *
 * @param grid         the points
 * @param scenarios    scenario names: the base first, then the one it is swept against (if any)
 * @param replications replications per point and scenario
 * @param seed         the one seed of every run
 * @param estimates    {@code estimates.get(s).get(p)}: KPI to estimate
 * @param differences  {@code differences.get(p)}: KPI to paired difference; empty with one scenario
 * @param kpis         the KPIs asked for (charts, crossings), those the results have
 * @param xKpi         a KPI of the base scenario to chart against instead of the first key, or null
 * @param crossings    one per asked KPI and line of the grid; empty with one scenario
 * @param events       model events of all runs
 * @param wallSeconds  wall time of all runs
 */
public record SweepOutcome(Grid grid, List<String> scenarios, int replications, long seed,
        List<List<Map<String, Estimate>>> estimates, List<Map<String, Estimate>> differences, List<String> kpis,
        String xKpi, List<LineCrossing> crossings, long events, double wallSeconds) {

    /**
     * The crossing of one KPI's difference along one line of the grid.
     *
     * @param at        the first key's value at the mean crossing, as text ("" when there is none)
     * @param xKpiValue the x KPI of the base scenario at the mean crossing (NaN without an x KPI)
     * @param xKpiLow   the x KPI at the smaller end of the crossing's interval (NaN: open)
     * @param xKpiHigh  the x KPI at the larger end (NaN: open)
     */
    public record LineCrossing(String kpi, Grid.Line line, Crossing crossing, String at, double xKpiValue,
            double xKpiLow, double xKpiHigh) {

        /** The crossing and its interval on the chart's x axis (the x KPI when there is one, else the first key). */
        public double[] onAxis(boolean byXKpi) {
            if (!byXKpi) {
                double[] i = crossing.interval();
                return new double[] {crossing.x(), i[0], i[1]};
            }
            return new double[] {xKpiValue, xKpiLow, xKpiHigh};
        }
    }

    /** Estimates, differences and crossings from the runs. */
    public static SweepOutcome of(Grid grid, List<String> scenarios, int replications, long seed, SweepRun run,
            List<String> kpis, String xKpi) {
        List<List<Map<String, Estimate>>> est = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            List<Map<String, Estimate>> row = new ArrayList<>();
            for (int p = 0; p < grid.points().size(); p++) {
                row.add(Estimates.of(run.at(s, p)));
            }
            est.add(row);
        }
        List<Map<String, Estimate>> diffs = new ArrayList<>();
        List<LineCrossing> crossings = new ArrayList<>();
        if (scenarios.size() == 2) {
            for (int p = 0; p < grid.points().size(); p++) {
                diffs.add(Estimates.paired(run.at(0, p), run.at(1, p)));
            }
            for (String kpi : kpis) {
                for (Grid.Line line : grid.lines()) {
                    crossings.add(cross(grid, diffs, est.get(0), kpi, line, xKpi));
                }
            }
        }
        return new SweepOutcome(grid, scenarios, replications, seed, est, diffs, kpis, xKpi, crossings, run.events(),
                run.wallSeconds());
    }

    private static LineCrossing cross(Grid grid, List<Map<String, Estimate>> diffs, List<Map<String, Estimate>> base,
            String kpi, Grid.Line line, String xKpi) {
        List<Integer> pts = line.points();
        Vary first = grid.varies().get(0);
        double[] x = pts.stream().mapToDouble(grid::axis).toArray();
        Crossing c = Crossing.find(x, Estimates.column(diffs, kpi, Estimate::mean, pts),
                Estimates.column(diffs, kpi, Estimate::ci95Low, pts),
                Estimates.column(diffs, kpi, Estimate::ci95High, pts));
        String at;
        if (!c.found()) {
            at = "";
        } else if (c.kind() == Crossing.Kind.AT_FIRST_POINT || !first.numeric()) {
            at = grid.level(pts.get(c.index()), 0).text();
        } else {
            at = first.axisText(c.x());
        }
        if (xKpi == null) {
            return new LineCrossing(kpi, line, c, at, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] xk = Estimates.column(base, xKpi, Estimate::mean, pts);
        double a = c.low().interpolate(xk);
        double b = c.high().interpolate(xk);
        boolean swap = Double.isFinite(a) && Double.isFinite(b) && a > b;
        return new LineCrossing(kpi, line, c, at, c.interpolate(xk), swap ? b : a, swap ? a : b);
    }

    /** The events per second of the whole sweep. */
    public double eventsPerSecond() {
        return wallSeconds > 0 ? events / wallSeconds : Double.NaN;
    }

    /** Every KPI the results have, in result order (the columns of sweep.csv). */
    public List<String> allKpis() {
        return new ArrayList<>(estimates.get(0).get(0).keySet());
    }
}
