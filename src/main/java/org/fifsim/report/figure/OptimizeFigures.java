package org.fifsim.report.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.chart.LineBandChart;
import org.fifsim.report.Block;

/** The chart of a study: the best design believed feasible, against the replications the search had spent. */
public final class OptimizeFigures {
    private OptimizeFigures() {
    }

    /**
     * One point of the convergence log, in the shown unit.
     *
     * @param replications replications spent so far
     * @param best the best feasible design's mean
     * @param halfWidth its 95% half-width (NaN: no band)
     */
    public record Point(long replications, double best, double halfWidth) {
    }

    /**
     * The convergence chart ({@code charts/convergence.png} and {@code .svg}), or none when no generation had a
     * design believed feasible.
     *
     * @param axis the objective's axis label with its unit
     */
    public static List<Block.Figure> write(Path resultsDir, List<Point> points, String axis) throws IOException {
        List<Point> kept = new ArrayList<>();
        for (Point p : points) {
            if (!Double.isFinite(p.best())) {
                continue;
            }
            if (!kept.isEmpty() && kept.get(kept.size() - 1).replications() >= p.replications()) {
                kept.remove(kept.size() - 1); // the later state at the same spend
            }
            kept.add(p);
        }
        if (kept.isEmpty()) {
            return List.of();
        }
        int n = kept.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            Point p = kept.get(i);
            x[i] = p.replications();
            y[i] = p.best();
            lo[i] = Double.isFinite(p.halfWidth()) ? p.best() - p.halfWidth() : Double.NaN;
            hi[i] = Double.isFinite(p.halfWidth()) ? p.best() + p.halfWidth() : Double.NaN;
        }
        FigureWriter w = new FigureWriter(resultsDir);
        return List.of(w.write(LineBandChart.create(List.of(new LineBandChart.Curve("best feasible so far", x, y, lo,
                hi)), "Best design believed feasible, as the search went on", "Replications spent by the search",
                axis), "convergence", "Convergence", "The search's best feasible mean after each generation, with its "
                + "95% interval on the search's own replications (biased by the choosing; the clean-up's estimate is "
                + "not)"));
    }
}
