package org.fifsim.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.fifsim.selection.Constraint;
import org.fifsim.selection.Goal;
import org.fifsim.selection.Outcome;
import org.fifsim.selection.Responses;
import org.fifsim.selection.Settings;
import org.junit.jupiter.api.Test;

/** How the search asks, spends, stops, resumes and hands over to the clean-up. */
class OptimizerTest {
    private static final Settings CLEANUP = new Settings(10, 10, 0.95, 500_000, 0);
    private static final DecisionSpace STOCK = new DecisionSpace(List.of(new Variable("S", 40, 120, 1, "")));
    private static final Goal CHEAPEST = new Goal("S", false, 0.5);
    private static final List<Constraint> STOCK_OUT = List.of(new Constraint("stock_out", true, 0.001, 0.00005));

    /** Records every call and every (design, replication) it answered; throws InterruptedException on call {@code stop}. */
    private static final class Recording implements Responses {
        final Responses source;
        final List<List<Ask>> calls = new ArrayList<>();
        final Map<String, Integer> answered = new HashMap<>();
        int stop = Integer.MAX_VALUE;

        Recording(Responses source) {
            this.source = source;
        }

        @Override
        public double[][][] draw(List<Ask> asks) throws InterruptedException {
            if (calls.size() + 1 == stop) {
                throw new InterruptedException("stopped by the test");
            }
            calls.add(List.copyOf(asks));
            for (Ask a : asks) {
                for (int r = a.from(); r < a.from() + a.count(); r++) {
                    answered.merge(a.design() + "#" + r, 1, Integer::sum);
                }
            }
            try {
                return source.draw(asks);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A bowl on a 2-d grid: cost (x − 7)² + (y − 13)²/4 + noise shared by all designs of a replication, plus a little of its own. */
    private static final class Bowl implements Responses {
        private final long seed;

        Bowl(long seed) {
            this.seed = seed;
        }

        @Override
        public double[][][] draw(List<Ask> asks) {
            double[][][] out = new double[asks.size()][][];
            for (int a = 0; a < asks.size(); a++) {
                Ask ask = asks.get(a);
                double x = Designs.value(ask.design(), 0);
                double y = Designs.value(ask.design(), 1);
                out[a] = new double[ask.count()][];
                for (int j = 0; j < ask.count(); j++) {
                    SplittableRandom common = new SplittableRandom(seed * 1_000_003L + ask.from() + j);
                    SplittableRandom own = new SplittableRandom(common.nextLong() ^ ask.design().hashCode());
                    double cost = (x - 7) * (x - 7) + (y - 13) * (y - 13) / 4 + 20 * common.nextGaussian()
                            + 2 * own.nextGaussian();
                    out[a][j] = new double[] {cost};
                }
            }
            return out;
        }
    }

    private static OptimizeOutcome stock(long seed, int budget, Responses responses) throws Exception {
        return stock(seed, budget, responses, STOCK_OUT);
    }

    private static OptimizeOutcome stock(long seed, int budget, Responses responses, List<Constraint> constraints)
            throws Exception {
        SearchSettings s = new SearchSettings(10, budget, seed, CLEANUP, 10);
        return new Optimizer(STOCK, CHEAPEST, constraints, s).run(new int[] {10}, responses, g -> { });
    }

    @Test
    void theSearchAsksEachDesignForItsNextReplicationsAndTheCleanUpOnlyForFreshOnes() throws Exception {
        Recording r = new Recording(new BaseStock(3, 10_000));
        OptimizeOutcome o = stock(3, 4000, r);
        int first = o.firstCleanupReplication();
        Map<String, Integer> next = new HashMap<>();
        long search = 0;
        int searchCalls = 0;
        for (List<Responses.Ask> call : r.calls) {
            boolean cleanup = call.get(0).from() >= first;
            searchCalls += cleanup ? 0 : 1;
            Set<String> designs = new HashSet<>();
            for (Responses.Ask a : call) {
                assertTrue(designs.add(a.design()), "one ask per design per call: " + call);
                assertEquals(cleanup, a.from() >= first, "a call belongs to the search or to the clean-up: " + call);
                if (!cleanup) {
                    assertEquals(next.getOrDefault(a.design(), 0), a.from(), "replications 0, 1, … in order");
                    next.put(a.design(), a.from() + a.count());
                    search += a.count();
                    assertTrue(a.from() + a.count() <= first);
                }
            }
        }
        assertEquals(o.searchReplications(), search);
        assertEquals(next.values().stream().mapToInt(i -> i).max().orElseThrow(), first);
        assertEquals(o.generations().get(o.generations().size() - 1).replications(), search);
        assertTrue(searchCalls <= o.generations().size(), "every request is a reported generation");
        assertTrue(r.answered.values().stream().allMatch(n -> n == 1), "no replication of a design asked twice");
        assertEquals(first, o.cleanup().settings().first());
        assertEquals(Outcome.Status.SELECTED, o.cleanup().status());
        assertEquals("S=85", o.best());
        assertEquals(45, o.bestLevels()[0]);
        assertEquals(0.95, o.pcs(), 1e-12);
        assertTrue(o.converged(), "4000 replications are plenty here");
    }

    @Test
    void theBudgetIsNeverOverspentAndTheCleanUpStillChoosesAmongWhatWasSeen() throws Exception {
        Recording r = new Recording(new BaseStock(5, 10_000));
        OptimizeOutcome o = stock(5, 100, r);
        assertTrue(o.searchReplications() <= 100, "spent " + o.searchReplications());
        assertFalse(o.converged());
        assertTrue(o.searchReplications() > 60, "and most of it was used: " + o.searchReplications());
        assertNotNull(o.cleanup());
        Set<String> seen = new HashSet<>();
        o.visited().forEach(v -> seen.add(v.design()));
        assertTrue(seen.containsAll(o.cleanup().designs().stream().map(d -> d.name()).toList()));
    }

    @Test
    void theSameSeedAndResponsesGiveTheSameStudyAndEveryGenerationIsReported() throws Exception {
        List<Generation> told = new ArrayList<>();
        SearchSettings s = new SearchSettings(10, 3000, 9, CLEANUP, 10);
        DecisionSpace space = new DecisionSpace(List.of(new Variable("q", 0, 200, 1, "")));
        Goal profit = new Goal("profit", true, 1.0);
        OptimizeOutcome a = new Optimizer(space, profit, List.of(), s).run(new int[] {20}, new Newsvendor(9, 10),
                told::add);
        OptimizeOutcome b = new Optimizer(space, profit, List.of(), s).run(new int[] {20}, new Newsvendor(9, 10),
                g -> { });
        assertEquals(a, b);
        assertEquals(a.generations(), told);
        for (int g = 0; g < told.size(); g++) {
            assertEquals(g, told.get(g).number());
            assertTrue(g == 0 || told.get(g).replications() >= told.get(g - 1).replications());
        }
    }

    @Test
    void aStoppedStudyResumedOverItsSavedEvaluationsEndsExactlyAsAnUninterruptedOne() throws Exception {
        List<Constraint> loose = List.of(new Constraint("stock_out", true, 0.001, 0.0002)); // a short clean-up
        Recording whole = new Recording(new BaseStock(7, 10_000));
        CachedResponses uninterrupted = new CachedResponses(whole, List.of(), e -> { });
        OptimizeOutcome expected = stock(7, 4000, uninterrupted, loose);
        int calls = whole.calls.size();
        assertTrue(calls > 6, "enough requests to stop in the middle: " + calls);
        for (int stop : new int[] {1, 2, calls / 2, calls - 1, calls}) {
            Recording source = new Recording(new BaseStock(7, 10_000));
            source.stop = stop;
            List<Evaluation> saved = new ArrayList<>();
            assertThrows(InterruptedException.class, () -> stock(7, 4000, new CachedResponses(source, List.of(),
                    saved::addAll), loose));
            source.stop = Integer.MAX_VALUE;
            CachedResponses resumed = new CachedResponses(source, saved, saved::addAll);
            OptimizeOutcome o = stock(7, 4000, resumed, loose);
            assertEquals(expected, o, "stopped at request " + stop);
            assertEquals(expected.generations(), o.generations());
            assertTrue(source.answered.values().stream().allMatch(n -> n == 1),
                    "stopped at request " + stop + ": a replication was run twice");
            assertEquals(uninterrupted.drawn(), saved.size(), "the two runs together ran what one run runs");
        }
    }

    @Test
    void aTwoVariableBowlIsFoundFromACorner() throws Exception {
        DecisionSpace space = new DecisionSpace(List.of(new Variable("x", 0, 20, 1, ""),
                new Variable("y", 0, 30, 1, "")));
        int right = 0;
        for (long seed = 1; seed <= 10; seed++) {
            SearchSettings s = new SearchSettings(10, 20_000, seed, CLEANUP, 10);
            OptimizeOutcome o = new Optimizer(space, new Goal("cost", false, 1.0), List.of(), s)
                    .run(new int[] {20, 0}, new Bowl(seed), g -> { });
            int[] best = o.bestLevels();
            // within δ = 1 of the minimum: |x − 7| ≤ 1 and |y − 13| ≤ 2
            if (Math.abs(best[0] - 7) + Math.abs(best[1] - 13) / 2.0 <= 1) {
                right++;
            }
        }
        assertTrue(right >= 9, right + " of 10");
    }

    @Test
    void aLoneSurvivorOfTheScreenIsStillCheckedOnFreshReplications() throws Exception {
        // Erlang C without noise: 13 trucks clearly infeasible, 14 clearly feasible and cheaper than 15 and up
        Responses exact = asks -> {
            double[][][] out = new double[asks.size()][][];
            for (int a = 0; a < asks.size(); a++) {
                int c = (int) Designs.value(asks.get(a).design(), 0);
                out[a] = new double[asks.get(a).count()][];
                java.util.Arrays.setAll(out[a], j -> new double[] {c, Fleet.erlangC(c, 10)});
            }
            return out;
        };
        DecisionSpace trucks = new DecisionSpace(List.of(new Variable("c", 5, 40, 1, "")));
        List<Constraint> wait = List.of(new Constraint("waited", true, 0.2, 0.02));
        SearchSettings s = new SearchSettings(10, 4000, 2, CLEANUP, 10);
        Recording r = new Recording(exact);
        OptimizeOutcome o = new Optimizer(trucks, CHEAPEST, wait, s).run(new int[] {30}, r, g -> { });
        assertEquals(List.of("c=14"), o.visited().stream().filter(Visited::survived).map(Visited::design).toList());
        assertEquals(1, o.cleanup().designs().size());
        assertEquals("c=14", o.best());
        assertEquals(Outcome.Status.SELECTED, o.cleanup().status());
        List<Responses.Ask> last = r.calls.get(r.calls.size() - 1);
        assertEquals(List.of(new Responses.Ask("c=14", o.firstCleanupReplication(), CLEANUP.n0())), last,
                "one fresh first stage decides its feasibility");
    }

    @Test
    void whenNoDesignCanMeetTheConstraintNoneIsSelected() throws Exception {
        List<Constraint> impossible = List.of(new Constraint("stock_out", true, 0.00001, 0.000005));
        DecisionSpace low = new DecisionSpace(List.of(new Variable("S", 40, 80, 1, "")));
        SearchSettings s = new SearchSettings(10, 2000, 1, CLEANUP, 10);
        OptimizeOutcome o = new Optimizer(low, CHEAPEST, impossible, s).run(new int[] {0}, new BaseStock(1, 10_000),
                g -> { });
        assertNull(o.best());
        assertNull(o.bestLevels());
        assertEquals(Outcome.Status.NONE_FEASIBLE, o.cleanup().status());
        assertTrue(o.generations().stream().allMatch(g -> g.best() == null));
        // every design is clearly infeasible, so the one nearest to feasibility, which the search walked to, is checked
        assertEquals(List.of("S=80"), o.cleanup().designs().stream().map(d -> d.name()).toList());
        assertTrue(o.visited().stream().noneMatch(Visited::survived));
    }
}
