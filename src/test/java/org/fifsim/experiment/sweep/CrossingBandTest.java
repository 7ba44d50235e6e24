package org.fifsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.fifsim.TestScenarios;
import org.fifsim.accounting.Accounting;
import org.fifsim.accounting.FactorSet;
import org.fifsim.accounting.Factors;
import org.fifsim.results.Activity;
import org.fifsim.results.KpiValues;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Distribution;
import org.fifsim.stats.Percentiles;
import org.junit.jupiter.api.Test;

/** The factor band of a crossing, on straight difference curves whose crossing under each draw is known. */
class CrossingBandTest {
    /** Points 0, 1, ..., 10 on the axis. */
    private static final double[] X = IntStream.rangeClosed(0, 10).asDoubleStream().toArray();

    /** Draw d's curve: the straight line with slope {@code slope[d]} through zero at {@code zero[d]}. */
    private static double[][] lines(double[] zero, double[] slope) {
        double[][] y = new double[zero.length][X.length];
        for (int d = 0; d < zero.length; d++) {
            for (int i = 0; i < X.length; i++) {
                y[d][i] = slope[d] * (X[i] - zero[d]);
            }
        }
        return y;
    }

    private static double[] slopes(int n) {
        // slopes of both signs and sizes: the crossing must not depend on them
        return IntStream.range(0, n).mapToDouble(d -> (d % 2 == 0 ? 1 : -1) * (0.5 + d % 3)).toArray();
    }

    /** Crossings spread evenly over [1, 9], inside the range: p5 and p95 are R-7's on them, nothing outside. */
    @Test
    void insideTheRangeTheBandIsThePercentilesOfTheDrawsCrossings() {
        int n = 1000;
        double[] zero = IntStream.range(0, n).mapToDouble(d -> 1 + 8.0 * d / (n - 1)).toArray();
        CrossingBand b = CrossingBand.of(X, X, lines(zero, slopes(n)));
        assertEquals(1000, b.draws());
        // h = 999 * 0.05 = 49.95 and 999 * 0.95 = 949.05 on evenly spaced order statistics
        assertEquals(1 + 8 * 49.95 / 999, b.p5(), 1e-9);
        assertEquals(1 + 8 * 949.05 / 999, b.p95(), 1e-9);
        assertEquals(Percentiles.percentile(zero, 5), b.p5(), 1e-9);
        assertEquals(0.0, b.outside());
        assertEquals(0.0, b.undetermined());
        assertFalse(b.openBelow() || b.openAbove());
    }

    /** Crossings over [-2, 12] on a range [0, 10]: 143 of 1,000 beyond each end, so both ends are open. */
    @Test
    void moreThanFivePercentBeyondAnEndLeavesThatEndOpen() {
        int n = 1000;
        double[] zero = IntStream.range(0, n).mapToDouble(d -> -2 + 14.0 * d / (n - 1)).toArray();
        CrossingBand b = CrossingBand.of(X, X, lines(zero, slopes(n)));
        // below 0: d <= 142 (-2 + 14 * 142 / 999 = -0.010); above 10: d >= 857 (10.010)
        assertEquals(0.143, b.below(), 1e-12);
        assertEquals(0.143, b.above(), 1e-12);
        assertTrue(b.openBelow());
        assertTrue(b.openAbove());
        assertEquals(0.0, b.rangeLow());
        assertEquals(10.0, b.rangeHigh());
    }

    /**
     * 40 draws (4%) cross below the range and 960 inside: the band's lower end is still a number, the R-7
     * percentile with the 40 ranked first. 50 draws (5%) below: p5 falls on them and that end is open.
     */
    @Test
    void fewDrawsBeyondAnEndAreCountedAndTheEndStaysANumber() {
        double[] zero = new double[1000];
        for (int d = 0; d < 1000; d++) {
            zero[d] = d < 40 ? -1 - d / 100.0 : 1 + 8.0 * (d - 40) / 959;
        }
        CrossingBand b = CrossingBand.of(X, X, lines(zero, slopes(1000)));
        assertEquals(0.04, b.below(), 1e-12);
        assertEquals(0.0, b.above());
        assertEquals(1 + 8 * (49.95 - 40) / 959, b.p5(), 1e-9);
        assertEquals(1 + 8 * (949.05 - 40) / 959, b.p95(), 1e-9);

        for (int d = 0; d < 50; d++) {
            zero[d] = -1;
        }
        CrossingBand open = CrossingBand.of(X, X, lines(zero, slopes(1000)));
        assertEquals(0.05, open.below(), 1e-12);
        assertTrue(open.openBelow(), "p5 " + open.p5());
        assertFalse(open.openAbove());
    }

    /** On a reversed axis (an x KPI that falls as the key grows) "below the walked range" is above on the axis. */
    @Test
    void sidesAreReadOnTheChartsAxis() {
        double[] axis = IntStream.rangeClosed(0, 10).mapToDouble(i -> 100 - 10.0 * i).toArray();
        double[] zero = new double[100];
        for (int d = 0; d < 100; d++) {
            zero[d] = d < 10 ? -1 : 5;
        }
        CrossingBand b = CrossingBand.of(X, axis, lines(zero, slopes(100)));
        assertEquals(0.10, b.above(), 1e-12);
        assertEquals(0.0, b.below());
        assertTrue(b.openAbove());
        assertEquals(50.0, b.p5(), 1e-9);
    }

    /** A curve undefined at a point, or flat, has no crossing anywhere: counted apart, not ranked. */
    @Test
    void curvesWithoutAnyCrossingAreUndetermined() {
        double[][] y = {{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, {-5, -4, -3, -2, -1, Double.NaN, 1, 2, 3, 4, 5},
            {-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5}};
        CrossingBand b = CrossingBand.of(X, X, y);
        assertEquals(2 / 3.0, b.undetermined(), 1e-12);
        assertEquals(5.0, b.p5(), 1e-12);
        assertEquals(5.0, b.p95(), 1e-12);
    }

    /**
     * Through {@link SweepOutcome}: the base design pays a fixed line cost F per year, the other a charge q per
     * pack; both drawn by the factor library's streams. The difference in total cost at V packs is q V - F, so each
     * draw breaks even at V = F / q: the band is the percentiles of F / q, whatever the central values say.
     */
    @Test
    void aSweepBandsThePricedCrossingFromTheSameDrawsInBothDesigns() {
        FactorSet library = FactorSet.of(TestScenarios.parse("name: x\nrun: {horizon: 1d}\nvehicle_line: {takt: 45s}\n"
                + "pack_line:\n  buffer: 2\n  stations: [{name: s1, cycle_time: 40s}]\n"
                + "logistics: {mode: co-located, transfer: 20min}\n"));
        FactorSet fixed = library.with(Map.of(Factors.LINE_FIXED_CNY_PER_YR, new Distribution.Uniform(0.8e6, 1.2e6),
                Factors.LINE_CNY_PER_PACK, new Distribution.Constant(0)));
        FactorSet perPack = library.with(Map.of(Factors.LINE_FIXED_CNY_PER_YR, new Distribution.Constant(0),
                Factors.LINE_CNY_PER_PACK, new Distribution.Uniform(8, 12)));
        Grid grid = Grid.of(List.of(Vary.parse("packs=50000,75000,100000,125000,150000,175000,200000")));
        long seed = 11;
        List<List<List<ReplicationResult>>> results = new ArrayList<>();
        List<List<FactorSet>> factors = new ArrayList<>();
        for (FactorSet set : List.of(fixed, perPack)) {
            List<List<ReplicationResult>> byPoint = new ArrayList<>();
            for (int p = 0; p < grid.points().size(); p++) {
                double packs = grid.axis(p);
                List<ReplicationResult> reps = new ArrayList<>();
                for (int r = 0; r < 2; r++) {
                    // replications around the point's volume, so the mean activity is the point's
                    Activity a = new Activity(packs + (r == 0 ? -500 : 500), 0, 0, 0, 0, List.of(), List.of(),
                            List.of());
                    Map<String, Double> kpis = new LinkedHashMap<>();
                    kpis.put(Kpis.VEHICLE_LINE_STARVED, 0.01 * r);
                    kpis.putAll(Accounting.compute(a, set.central()).asMap());
                    reps.add(ReplicationResult.ofKpis(r, KpiValues.of(kpis)).withActivity(a));
                }
                byPoint.add(reps);
            }
            results.add(byPoint);
            factors.add(java.util.Collections.nCopies(grid.points().size(), set));
        }
        SweepOutcome o = SweepOutcome.of(grid, List.of("fixed", "per-pack"), 2, seed, new SweepRun(results, 0, 1),
                List.of(Kpis.COST_TOTAL_CNY, Kpis.VEHICLE_LINE_STARVED), null, factors);

        List<Factors> f = fixed.draws(seed, FactorSet.DRAWS);
        List<Factors> q = perPack.draws(seed, FactorSet.DRAWS);
        double[] byHand = IntStream.range(0, FactorSet.DRAWS).mapToDouble(d -> f.get(d)
                .get(Factors.LINE_FIXED_CNY_PER_YR) / q.get(d).get(Factors.LINE_CNY_PER_PACK)).toArray();
        CrossingBand b = o.crossings().get(0).band();
        assertEquals(Kpis.COST_TOTAL_CNY, o.crossings().get(0).kpi());
        // F / q lies in [66,667, 150,000], inside the swept 50,000..200,000
        assertEquals(0.0, b.outside());
        assertEquals(Percentiles.percentile(byHand, 5), b.p5(), 1e-6);
        assertEquals(Percentiles.percentile(byHand, 95), b.p95(), 1e-6);
        // the central crossing (1e6 / 10) lies inside its band, which is far wider than the replication interval
        assertEquals(100_000, o.crossings().get(0).crossing().x(), 1e-6);
        assertTrue(b.p5() < 90_000 && b.p95() > 110_000, b.toString());
        assertNull(o.crossings().get(1).band(), "vehicle_line_starved is not priced: no band");
    }
}
