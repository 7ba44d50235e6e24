package org.fifsim.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.function.LongFunction;
import org.fifsim.selection.Constraint;
import org.fifsim.selection.Goal;
import org.fifsim.selection.Responses;
import org.fifsim.selection.Settings;
import org.junit.jupiter.api.Test;

/**
 * The three closed-form problems of issue 25, each optimised from a random start with many seeds (the fake
 * simulation's and the search's): the clean-up's selection must be a correct answer in at least 95% of the runs.
 * {@code -Dfifsim.optimize.seeds=400} runs a larger sample.
 */
class OptimizerKnownAnswersTest {
    private static final int SEEDS = Integer.getInteger("fifsim.optimize.seeds", 50);
    private static final Settings CLEANUP = new Settings(10, 10, 0.95, 500_000, 0);

    @Test
    void theFakesAgreeWithTheClosedForms() throws Exception {
        assertEquals(119.5259, Newsvendor.expected(80), 1e-4);
        assertEquals(119.5253, Newsvendor.expected(81), 1e-4);
        assertEquals(0.00093, BaseStock.stockOut(85), 1e-5);
        assertEquals(0.00136, BaseStock.stockOut(84), 1e-5);
        assertEquals(0.174, Fleet.erlangC(14, 10), 1e-3);
        assertEquals(0.285, Fleet.erlangC(13, 10), 1e-3);
        // the simulated queue, started empty with a warm-up, is close to its steady state
        Fleet fleet = new Fleet(1, 2000);
        double[][][] got = fleet.draw(List.of(new Responses.Ask("c=14", 0, 200)));
        double mean = 0;
        for (double[] row : got[0]) {
            mean += row[1] / 200;
        }
        assertEquals(0.174, mean, 0.01);
        double[][][] profit = new Newsvendor(1, 10).draw(List.of(new Responses.Ask("q=80", 0, 4000)));
        double p = 0;
        for (double[] row : profit[0]) {
            p += row[0] / 4000;
        }
        assertEquals(119.53, p, 2.0);
    }

    @Test
    void newsvendorOrdersWithinOneOfTheBestProfit() throws Exception {
        DecisionSpace space = new DecisionSpace(List.of(new Variable("q", 0, 200, 1, "")));
        Rate rate = rate("newsvendor", space, new Goal("profit", true, 1.0), List.of(), 6000,
                seed -> new Newsvendor(seed, 10), q -> q >= 71 && q <= 90);
        assertTrue(rate.correct() >= 0.95, rate.toString());
    }

    @Test
    void theCheapestBaseStockWithStockOutsAtMostOnePerThousandIs85() throws Exception {
        DecisionSpace space = new DecisionSpace(List.of(new Variable("S", 40, 120, 1, "")));
        // 85 is only 0.00007 below the bound and the feasibility check may call a design within eps of it either way:
        // with eps 0.0001 it called 85 infeasible in 2 of 50 seeds; with 0.00005 both 85 and 84 (0.00036 above) lie
        // outside the tolerance, so the check's guarantee covers the answer
        Constraint stockOut = new Constraint("stock_out", true, 0.001, 0.00005);
        Rate rate = rate("base stock", space, new Goal("S", false, 0.5), List.of(stockOut), 4000,
                seed -> new BaseStock(seed, 10_000), s -> s == 85 - 40);
        assertTrue(rate.correct() >= 0.95, rate.toString());
    }

    @Test
    void theSmallestFleetWhoseCustomersWaitAtMostOneTimeInFiveIs14() throws Exception {
        DecisionSpace space = new DecisionSpace(List.of(new Variable("c", 5, 40, 1, "")));
        Constraint wait = new Constraint("waited", true, 0.2, 0.02);
        Rate rate = rate("fleet", space, new Goal("trucks", false, 0.5), List.of(wait), 4000,
                seed -> new Fleet(seed, 2000), c -> c == 14 - 5);
        assertTrue(rate.correct() >= 0.95, rate.toString());
    }

    @Test
    void twoItemsEachWithStockOutsAtMostElevenInAThousandAreStockedAtTheirOwnSmallestLevels() throws Exception {
        DecisionSpace space = new DecisionSpace(List.of(new Variable("S1", 10, 60, 1, ""),
                new Variable("S2", 20, 90, 1, "")));
        double bound = 0.011;
        int[] answer = new int[2];
        for (int i = 0; i < 2; i++) {
            int s = 0;
            while (TwoItems.stockOut(TwoItems.MEANS[i], s) > bound) {
                s++;
            }
            answer[i] = s - (int) space.variables().get(i).from();
        }
        assertEquals(List.of(31, 55), List.of(answer[0] + 10, answer[1] + 20), "the theory: 0.0081 and 0.0097");
        List<Constraint> each = List.of(new Constraint("stock_out_1", true, bound, 0.0005),
                new Constraint("stock_out_2", true, bound, 0.0005));
        int right = 0;
        long spent = 0;
        int seeds = SEEDS;
        for (long seed = 1; seed <= seeds; seed++) {
            Random random = new Random(seed);
            int[] start = {random.nextInt(51), random.nextInt(71)};
            SearchSettings settings = new SearchSettings(10, 8000, seed, CLEANUP, 10);
            OptimizeOutcome o = new Optimizer(space, new Goal("stock", false, 0.5), each, settings).run(start,
                    new TwoItems(seed, 2000), g -> { });
            right += java.util.Arrays.equals(answer, o.bestLevels()) ? 1 : 0;
            spent += o.searchReplications() + o.cleanup().total();
        }
        System.out.printf(Locale.ROOT, "two items: %.1f%% correct over %d seeds; mean replications %d%n",
                100.0 * right / seeds, seeds, spent / seeds);
        assertTrue(right >= 0.95 * seeds, right + " of " + seeds);
    }

    /** The share of seeds whose selection is correct, and what they spent on average. */
    record Rate(String problem, double correct, double search, double cleanup, double converged, int runs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %.1f%% correct over %d seeds; mean replications: search %.0f, "
                    + "clean-up %.0f; %.0f%% of searches converged before the budget", problem, 100 * correct, runs,
                    search, cleanup, 100 * converged);
        }
    }

    private static Rate rate(String problem, DecisionSpace space, Goal goal, List<Constraint> constraints, int budget,
            LongFunction<Responses> fake, IntPredicate correct) throws Exception {
        int right = 0;
        double search = 0;
        double cleanup = 0;
        int converged = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            int levels = space.variables().get(0).levels();
            int[] start = {new Random(seed).nextInt(levels)};
            SearchSettings settings = new SearchSettings(10, budget, seed, CLEANUP, 10);
            OptimizeOutcome o = new Optimizer(space, goal, constraints, settings).run(start, fake.apply(seed), g -> { });
            if (o.best() != null && correct.test(o.bestLevels()[0])) {
                right++;
            }
            search += o.searchReplications();
            cleanup += o.cleanup().total();
            converged += o.converged() ? 1 : 0;
            assertTrue(o.searchReplications() <= budget);
        }
        Rate r = new Rate(problem, right / (double) SEEDS, search / SEEDS, cleanup / SEEDS,
                converged / (double) SEEDS, SEEDS);
        System.out.println(r);
        return r;
    }
}
