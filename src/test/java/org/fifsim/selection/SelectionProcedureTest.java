package org.fifsim.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** How the procedure samples, stops and reports, on synthetic responses. */
class SelectionProcedureTest {
    private static final Settings SETTINGS = new Settings(10, 5, 0.95, Integer.MAX_VALUE, 0);

    private static Map<String, double[]> costs(double... means) {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (int i = 0; i < means.length; i++) {
            m.put("design-" + (char) ('a' + i), new double[] {means[i]});
        }
        return m;
    }

    @Test
    void theSameDesignsInAnyOrderGiveTheSameOutcomeBitForBit() throws Exception {
        Map<String, double[]> means = costs(3, 2.4, 2.5, 2.2, 2.9, 2.3);
        SelectionProcedure p = new SelectionProcedure(new Goal("cost", false, 0.1), List.of(
                new Constraint("starved", true, 2.35, 0.05)), SETTINGS);
        Map<String, double[]> withConstraint = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, double[]> e : means.entrySet()) {
            withConstraint.put(e.getKey(), new double[] {e.getValue()[0], 2.2 + 0.06 * i++});
        }
        List<String> names = new ArrayList<>(withConstraint.keySet());
        Outcome first = p.run(names, new NormalResponses(withConstraint, 0.3, 0.5, 7), r -> { });
        Random shuffle = new Random(1);
        for (int t = 0; t < 5; t++) {
            Collections.shuffle(names, shuffle);
            assertEquals(first, p.run(names, new NormalResponses(withConstraint, 0.3, 0.5, 7), r -> { }));
        }
    }

    @Test
    void everyRoundIsOneCallWithTheSameReplicationsForAllContendersFromTheFirstGiven() throws Exception {
        NormalResponses fake = new NormalResponses(costs(1, 1.05, 1.1, 1.5), 0.5, 0.5, 3);
        Settings from100 = new Settings(10, 5, 0.95, Integer.MAX_VALUE, 100);
        Outcome o = new SelectionProcedure(new Goal("cost", false, 0.05), List.of(), from100)
                .run(fake.index(), fake, r -> { });
        assertEquals(o.rounds().size(), fake.calls.size());
        int next = 100;
        for (List<Responses.Ask> call : fake.calls) {
            for (Responses.Ask a : call) {
                assertEquals(next, a.from(), call.toString());
                assertEquals(call.get(0).count(), a.count());
            }
            next = call.get(0).from() + call.get(0).count();
        }
        assertEquals(10, fake.calls.get(0).get(0).count());
        assertTrue(fake.calls.size() > 2, "a close race needs several rounds");
        long asked = fake.calls.stream().flatMap(List::stream).mapToLong(Responses.Ask::count).sum();
        assertEquals(asked, o.total());
    }

    @Test
    void aClearWinnerIsSelectedAndItsMcbIntervalSaysItIsBest() throws Exception {
        NormalResponses fake = new NormalResponses(costs(10, 12, 13), 0.5, 0.5, 1);
        Outcome o = new SelectionProcedure(new Goal("cost", false, 0.5), List.of(), SETTINGS)
                .run(fake.index(), fake, r -> { });
        assertEquals("design-a", o.selected());
        assertEquals(Outcome.Status.SELECTED, o.status());
        Mcb best = o.design("design-a").mcb();
        assertTrue(best.low() < 0 && best.high() == 0, best.toString());
        Mcb runnerUp = o.design("design-b").mcb();
        assertTrue(runnerUp.low() == 0 && runnerUp.high() > 1, runnerUp.toString());
        assertTrue(o.guarantee().contains("at least 95%"), o.guarantee());
    }

    @Test
    void aBudgetTooSmallStopsWithTheContendersAndNoSelection() throws Exception {
        NormalResponses fake = new NormalResponses(costs(1, 1.0, 1.0), 1, 0.1, 2);
        Outcome o = new SelectionProcedure(new Goal("cost", false, 0.01), List.of(),
                new Settings(10, 5, 0.95, 60, 0)).run(fake.index(), fake, r -> { });
        assertNull(o.selected());
        assertEquals(Outcome.Status.BUDGET_REACHED, o.status());
        assertTrue(o.total() <= 60);
        assertTrue(o.contenders().size() > 1);
        assertTrue(o.guarantee().contains("NOT reached"), o.guarantee());
    }

    @Test
    void theSameDesignTwiceStopsAndPicksTheFirstByName() throws Exception {
        Map<String, double[]> twins = new LinkedHashMap<>();
        twins.put("twin-b", new double[] {1});
        twins.put("twin-a", new double[] {1});
        // ρ = 1: the two are the same numbers, as the same scenario under two names is in the simulation
        NormalResponses fake = new NormalResponses(twins, 1, 1, 4);
        Outcome o = new SelectionProcedure(new Goal("cost", false, 0.1), List.of(), SETTINGS)
                .run(fake.index(), fake, r -> { });
        assertEquals("twin-a", o.selected());
        assertEquals(10, o.design("twin-b").replications());
    }

    @Test
    void noFeasibleDesignIsSaidAndNothingIsSelected() throws Exception {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("a", new double[] {1, 5});
        m.put("b", new double[] {2, 6});
        NormalResponses fake = new NormalResponses(m, 0.5, 0.5, 5);
        Outcome o = new SelectionProcedure(new Goal("cost", false, 0.1), List.of(new Constraint("late", true, 1, 0.2)),
                SETTINGS).run(fake.index(), fake, r -> { });
        assertNull(o.selected());
        assertEquals(Outcome.Status.NONE_FEASIBLE, o.status());
        assertEquals(2, o.infeasible());
        assertTrue(o.guarantee().startsWith("no design meets"), o.guarantee());
    }

    @Test
    void theCheapestDesignThatMeetsServiceWinsNotTheCheapest() throws Exception {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("cheap-but-late", new double[] {1, 0.9});
        m.put("fine", new double[] {2, 0.1});
        m.put("dear", new double[] {3, 0.1});
        NormalResponses fake = new NormalResponses(m, 0.2, 0.5, 6);
        Outcome o = new SelectionProcedure(new Goal("cost", false, 0.2), List.of(new Constraint("late", true, 0.5,
                0.1)), SETTINGS).run(fake.index(), fake, r -> { });
        assertEquals("fine", o.selected());
        assertEquals(Feasibility.INFEASIBLE, o.design("cheap-but-late").feasibility());
        assertNull(o.design("cheap-but-late").mcb());
        assertEquals(List.of(Feasibility.INFEASIBLE), o.design("cheap-but-late").constraintVerdicts());
        assertEquals(0.9, o.design("cheap-but-late").constraintMeans().get(0), 0.2);
    }

    @Test
    void aDesignTheFeasibilityCheckSampledLongIsComparedOnTheFirstRNotToppedUpTo() throws Exception {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("clear", new double[] {1, 0});
        m.put("near-bound", new double[] {3, 0.45});
        NormalResponses fake = new NormalResponses(m, 0.3, 0.5, 9);
        Outcome o = new SelectionProcedure(new Goal("cost", false, 0.2), List.of(new Constraint("late", true, 0.5,
                0.1)), SETTINGS).run(fake.index(), fake, r -> { });
        assertEquals("clear", o.selected());
        assertTrue(o.design("near-bound").replications() > 10, o.toString());
        assertEquals(Feasibility.FEASIBLE, o.design("near-bound").feasibility(), "then KN had to compare the two");
        // KN screened at the clear design's count: it was not topped up to the long one's
        assertTrue(o.design("clear").replications() < o.design("near-bound").replications(), o.toString());
    }

    @Test
    void anAtLeastConstraintIsTheMirrorOfAnAtMostOne() throws Exception {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("low-fill", new double[] {1, 0.80});
        m.put("high-fill", new double[] {2, 0.99});
        NormalResponses fake = new NormalResponses(m, 0.05, 0.5, 8);
        Outcome o = new SelectionProcedure(new Goal("cost", false, 0.2), List.of(new Constraint("fill", false, 0.95,
                0.01)), SETTINGS).run(fake.index(), fake, r -> { });
        assertEquals("high-fill", o.selected());
    }

    @Test
    void aBudgetBelowTheFirstStageOrRepeatedNamesAreRefused() {
        SelectionProcedure p = new SelectionProcedure(new Goal("cost", false, 1), List.of(),
                new Settings(10, 5, 0.95, 19, 0));
        NormalResponses fake = new NormalResponses(costs(1, 2), 1, 0, 1);
        assertThrows(IllegalArgumentException.class, () -> p.run(fake.index(), fake, r -> { }));
        assertThrows(IllegalArgumentException.class, () -> SELECTION.run(List.of("design-a", "design-a"), fake,
                r -> { }));
        assertThrows(IllegalArgumentException.class, () -> new Goal("cost", false, 0));
    }

    private static final SelectionProcedure SELECTION = new SelectionProcedure(new Goal("cost", false, 1), List.of(),
            SETTINGS);

    @Test
    void mcbIntervalsFollowHsu() {
        Mcb[] m = Mcb.of(new double[] {5, 3, 4.8}, 0.5, true);
        // the best by 0.2 < δ: it may still be up to 0.3 worse than the best of the others
        assertEquals(-0.3, m[0].low(), 1e-12);
        assertEquals(0.7, m[0].high(), 1e-12);
        assertEquals(new Mcb(-2.5, 0), m[1]);
        assertEquals(-0.7, m[2].low(), 1e-12);
        assertEquals(0.3, m[2].high(), 1e-12);
        Mcb[] cost = Mcb.of(new double[] {-5, -3}, 0.5, false);
        // costs 5 and 3: the first is 2 dearer than the other, within δ
        assertEquals(new Mcb(0, 2.5), cost[0]);
        assertEquals(new Mcb(-2.5, 0), cost[1]);
    }

    @Test
    void knConstantsMatchTheFormula() {
        double eta = Kn.eta(0.05, 10, 10);
        assertEquals(0.5 * (Math.pow(0.1 / 9, -2.0 / 9) - 1), eta, 1e-15);
        assertEquals(2 * eta * 9, Kn.h2(eta, 10), 1e-15);
        assertEquals(0, Kn.w(10, 1, 1, 10), 0);
        assertEquals(0.5 / 10 * (20 - 10), Kn.w(10, 2, 1, 10), 1e-15);
        assertEquals(1.0 / 3, Kn.pairedVariance(new double[] {1, 2, 3}, new double[] {0, 2, 2}, 3), 1e-15);
    }
}
