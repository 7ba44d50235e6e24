package org.fifsim.report.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fifsim.experiment.sweep.Crossing;
import org.fifsim.experiment.sweep.CrossingBand;
import org.fifsim.experiment.sweep.Grid;
import org.fifsim.experiment.sweep.SweepOutcome;
import org.fifsim.experiment.sweep.Vary;
import org.junit.jupiter.api.Test;

/** The factor band in words: ends beyond the swept range are said, not invented; shares beyond it are counted. */
class CrossingTextTest {
    private static final Grid GRID = Grid.of(List.of(Vary.parse("packs=0,50,100")));
    private static final SweepOutcome O = new SweepOutcome(GRID, List.of("a", "b"), 2, 1, List.of(), List.of(),
            List.of("cost_total_cny"), null, List.of(), 0, 1);

    private static String text(CrossingBand band) {
        double[] x = {0, 50, 100};
        Crossing c = Crossing.find(x, new double[] {-10, 0.5, 10}, new double[] {-11, -0.5, 9},
                new double[] {-9, 1.5, 11});
        return CrossingText.withBand(O, new SweepOutcome.LineCrossing("cost_total_cny", GRID.lines().get(0), c, "",
                Double.NaN, Double.NaN, Double.NaN, band));
    }

    /** With the crossing's decimals, so the band reads at the precision of the crossing it sits beside. */
    @Test
    void aBandInsideTheRangeIsTwoNumbers() {
        String t = text(new CrossingBand(1000, 30, 70, 0, 0, 0, 0, 100));
        assertTrue(t.endsWith("(factor band [30.0, 70.0])"), t);
    }

    @Test
    void anOpenEndSaysWhichSideAndHowManyDraws() {
        String t = text(new CrossingBand(1000, Double.NEGATIVE_INFINITY, 70, 0.12, 0, 0, 0, 100));
        assertTrue(t.endsWith("(factor band [below 0.0, 70.0]; 12% of draws do not cross within the range and are"
                + " nearer 0 at 0.0)"), t);
        t = text(new CrossingBand(1000, 30, 70, 0, 0.03, 0.001, 0, 100));
        assertTrue(t.endsWith("(factor band [30.0, 70.0]; 3% of draws do not cross within the range and are nearer 0"
                + " at 100.0, 0.1% never cross)"), t);
        t = text(new CrossingBand(1000, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0, 1, 0, 0, 100));
        assertTrue(t.endsWith("(factor band: no draw crosses within the swept range, the difference is nearer 0 at"
                + " 100.0)"), t);
    }

    @Test
    void aKpiWithoutABandHasNoBandText() {
        assertEquals(CrossingText.value(O, new SweepOutcome.LineCrossing("vehicles_built", GRID.lines().get(0),
                Crossing.find(new double[] {0, 50, 100}, new double[] {-1, 1, 2}, new double[] {-2, 0, 1},
                        new double[] {0, 2, 3}), "", Double.NaN, Double.NaN, Double.NaN, null)),
                CrossingText.withBand(O, new SweepOutcome.LineCrossing("vehicles_built", GRID.lines().get(0),
                        Crossing.find(new double[] {0, 50, 100}, new double[] {-1, 1, 2}, new double[] {-2, 0, 1},
                                new double[] {0, 2, 3}), "", Double.NaN, Double.NaN, Double.NaN, null)));
    }
}
