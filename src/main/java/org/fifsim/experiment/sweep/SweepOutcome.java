package org.fifsim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.accounting.Accounting;
import org.fifsim.accounting.FactorBand;
import org.fifsim.accounting.FactorSet;
import org.fifsim.results.ReplicationResult;
import org.fifsim.stats.Estimate;

/**
 * A sweep's results as estimates, ready to write: per scenario and point the estimate of every KPI; with two scenarios
 * the paired difference (second minus first) per point and, for the KPIs asked, the crossing along the first varied
 * key on every line of the grid, with the factor band of the crossing for the KPIs the accounting prices.
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
     * @param band      the crossing under the factor draws, on the chart's axis; null for a KPI the accounting does
     *                  not price (or without the factors)
     */
    public record LineCrossing(String kpi, Grid.Line line, Crossing crossing, String at, double xKpiValue,
            double xKpiLow, double xKpiHigh, CrossingBand band) {

        LineCrossing withBand(CrossingBand b) {
            return new LineCrossing(kpi, line, crossing, at, xKpiValue, xKpiLow, xKpiHigh, b);
        }

        /** The crossing and its interval on the chart's x axis (the x KPI when there is one, else the first key). */
        public double[] onAxis(boolean byXKpi) {
            if (!byXKpi) {
                double[] i = crossing.interval();
                return new double[] {crossing.x(), i[0], i[1]};
            }
            return new double[] {xKpiValue, xKpiLow, xKpiHigh};
        }
    }

    /** Estimates, differences and crossings from the runs, without factor bands. */
    public static SweepOutcome of(Grid grid, List<String> scenarios, int replications, long seed, SweepRun run,
            List<String> kpis, String xKpi) {
        return of(grid, scenarios, replications, seed, run, kpis, xKpi, null);
    }

    /**
     * Estimates, differences and crossings from the runs; with {@code factors} ({@code factors.get(s).get(p)}: the
     * factors scenario s is priced with at point p) also the factor band of every priced KPI's crossing, from
     * {@link FactorSet#DRAWS} draws on {@code seed}: the same draws at every point and in both designs.
     */
    public static SweepOutcome of(Grid grid, List<String> scenarios, int replications, long seed, SweepRun run,
            List<String> kpis, String xKpi, List<List<FactorSet>> factors) {
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
            boolean priced = factors != null && kpis.stream().anyMatch(Accounting::computes);
            List<List<FactorBand.Draws>> draws = priced ? draws(grid, run, seed, factors) : null;
            for (String kpi : kpis) {
                for (Grid.Line line : grid.lines()) {
                    LineCrossing c = cross(grid, diffs, est.get(0), kpi, line, xKpi);
                    if (draws != null && Accounting.computes(kpi)) {
                        c = c.withBand(band(grid, draws, est.get(0), kpi, line, xKpi));
                    }
                    crossings.add(c);
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
            return new LineCrossing(kpi, line, c, at, Double.NaN, Double.NaN, Double.NaN, null);
        }
        double[] xk = Estimates.column(base, xKpi, Estimate::mean, pts);
        double a = c.low().interpolate(xk);
        double b = c.high().interpolate(xk);
        boolean swap = Double.isFinite(a) && Double.isFinite(b) && a > b;
        return new LineCrossing(kpi, line, c, at, c.interpolate(xk), swap ? b : a, swap ? a : b, null);
    }

    /**
     * Each design's accounting KPIs at every point under each factor draw (means over the replications). The cells
     * are priced in parallel; each is a pure function of its activity and the seed, so the result is the same.
     */
    private static List<List<FactorBand.Draws>> draws(Grid grid, SweepRun run, long seed,
            List<List<FactorSet>> factors) {
        int points = grid.points().size();
        List<FactorBand.Draws> cells = java.util.stream.IntStream.range(0, 2 * points).parallel()
                .mapToObj(i -> FactorBand.draws(factors.get(i / points).get(i % points),
                        run.at(i / points, i % points).stream().map(ReplicationResult::activity).toList(), seed,
                        FactorSet.DRAWS))
                .toList();
        return List.of(cells.subList(0, points), cells.subList(points, 2 * points));
    }

    /** The crossing of one KPI's difference along one line under every draw. */
    private static CrossingBand band(Grid grid, List<List<FactorBand.Draws>> draws,
            List<Map<String, Estimate>> base, String kpi, Grid.Line line, String xKpi) {
        List<Integer> pts = line.points();
        double[] x = pts.stream().mapToDouble(grid::axis).toArray();
        double[] axis = xKpi == null ? x : Estimates.column(base, xKpi, Estimate::mean, pts);
        double[][] curves = new double[FactorSet.DRAWS][pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            double[] b = draws.get(0).get(pts.get(i)).means().get(kpi);
            double[] o = draws.get(1).get(pts.get(i)).means().get(kpi);
            for (int d = 0; d < curves.length; d++) {
                curves[d][i] = o[d] - b[d];
            }
        }
        return CrossingBand.of(x, axis, curves);
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
