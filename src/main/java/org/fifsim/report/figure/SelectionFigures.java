package org.fifsim.report.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fifsim.chart.DifferenceChart;
import org.fifsim.chart.LineBandChart;
import org.fifsim.report.Block;

/**
 * The charts of a selection: each feasible design's difference to the best of the others with its MCB interval, and
 * how many designs were still in contention after each round.
 */
public final class SelectionFigures {
    private SelectionFigures() {
    }

    /**
     * One design's MCB bar, in the shown unit.
     *
     * @param design its name
     * @param difference its mean minus the best of the others
     * @param low the MCB interval's lower end
     * @param high its upper end
     * @param label the difference as text with its unit
     * @param selected true for the chosen design
     * @param clear false when the interval allows it to be the best (it includes zero)
     */
    public record Bar(String design, double difference, double low, double high, String label, boolean selected,
            boolean clear) {
    }

    /**
     * @param bars the feasible designs (none: no MCB chart)
     * @param axis the difference's axis label with its unit
     * @param contenders designs in contention after each round, from round 0
     */
    public static List<Block.Figure> write(Path resultsDir, List<Bar> bars, String axis, int[] contenders)
            throws IOException {
        FigureWriter w = new FigureWriter(resultsDir);
        List<Callable<Block.Figure>> tasks = new ArrayList<>();
        if (bars.size() > 1) {
            tasks.add(() -> w.write(DifferenceChart.create(bars.stream().map(b -> new DifferenceChart.Bar(b.design(),
                    b.difference(), b.low(), b.high(), b.label(), b.selected(), b.selected() || b.clear())).toList(),
                    "Each design minus the best of the others", axis), "mcb", "MCB intervals",
                    "Whiskers are the intervals of multiple comparisons with the best; a grey bar may still be best"));
        }
        double[] x = new double[contenders.length];
        double[] y = new double[contenders.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
            y[i] = contenders[i];
        }
        tasks.add(() -> w.write(LineBandChart.create(List.of(new LineBandChart.Curve("designs in contention", x, y,
                null, null)), "Designs in contention after each round", "Round", "Designs"), "survivors",
                "Survivors per round", "Feasibility checks and KN screening remove designs as replications come in"));
        return Render.all(tasks);
    }
}
