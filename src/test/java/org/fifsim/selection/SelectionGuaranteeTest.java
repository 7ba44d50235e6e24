package org.fifsim.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The procedure against its guarantee, on synthetic normal responses (no simulation). The thresholds are the
 * guarantees themselves, so a procedure that spends too little (a wrong η, a variance of the wrong thing, screening
 * at unequal r) fails them.
 */
class SelectionGuaranteeTest {
    private static final int MACRO = 2000;

    /** Slippage: best = δ, the other nine 0, σ = 1, correlation 0.5, n0 = 10, α = 0.05: PCS ≥ 0.95. */
    @Test
    void slippageSelectsTheBestWithTheProbabilityPromised() throws Exception {
        for (int batch : new int[] {1, 5}) {
            double delta = 0.5;
            SelectionProcedure p = new SelectionProcedure(new Goal("y", true, delta), List.of(),
                    new Settings(10, batch, 0.95, Integer.MAX_VALUE, 0));
            int correct = 0;
            long observations = 0;
            long bonferroni = 0;
            for (int m = 0; m < MACRO; m++) {
                NormalResponses fake = new NormalResponses(NormalResponses.slippage(10, delta), 1, 0.5, m);
                Outcome o = p.run(List.copyOf(fake.index()), fake, r -> { });
                correct += "d0".equals(o.selected()) ? 1 : 0;
                observations += o.total();
                bonferroni += o.equalAllocation();
            }
            double pcs = correct / (double) MACRO;
            System.out.printf(Locale.ROOT, "slippage k=10 n0=10 batch=%d: PCS %.4f over %d, %.1f observations on "
                    + "average (Bonferroni equal allocation: %.1f)%n", batch, pcs, MACRO, observations / (double) MACRO,
                    bonferroni / (double) MACRO);
            assertTrue(pcs >= 0.95, "PCS " + pcs);
            // the point of a sequential procedure under CRN: far fewer replications than the naive plan
            assertTrue(observations < bonferroni / 2, observations + " vs " + bonferroni);
        }
    }

    /** All means equal: the continuation region closes, so it stops, within KN's bound on r. */
    @Test
    void equalMeansTerminate() throws Exception {
        for (int m = 0; m < 200; m++) {
            NormalResponses fake = new NormalResponses(NormalResponses.slippage(5, 0), 1, 0.3, m);
            Outcome o = new SelectionProcedure(new Goal("y", false, 0.5), List.of(), new Settings(10, 5, 0.95,
                    Integer.MAX_VALUE, 0)).run(List.copyOf(fake.index()), fake, r -> { });
            assertEquals(Outcome.Status.SELECTED, o.status());
            assertNotNull(o.selected());
            // r ≤ ⌊h²S²/δ²⌋ + 1 rounded up to a batch; S² of a difference here is about 2(1 − ρ)σ² = 1.4
            for (DesignOutcome d : o.designs()) {
                assertTrue(d.replications() <= o.h2Selection() * 4 / 0.25 + 6, d.toString());
            }
        }
    }

    /**
     * One design, one constraint, mean at q − ε (feasible) or q + ε (infeasible): called right with probability at
     * least 1 − β, β = α_F/(k·s) = 0.05 here.
     */
    @Test
    void boundaryDesignsAreClassifiedWithTheProbabilityPromised() throws Exception {
        double q = 1;
        double eps = 0.2;
        Constraint c = new Constraint("starved", true, q, eps);
        SelectionProcedure p = new SelectionProcedure(new Goal("y", true, 1), List.of(c),
                new Settings(10, 5, 0.90, Integer.MAX_VALUE, 0));
        for (double sign : new double[] {-1, 1}) {
            int right = 0;
            for (int m = 0; m < MACRO; m++) {
                NormalResponses fake = new NormalResponses(Map.of("a", new double[] {0, q + sign * eps}), 1, 0, m);
                Outcome o = p.run(List.of("a"), fake, r -> { });
                Feasibility want = sign < 0 ? Feasibility.FEASIBLE : Feasibility.INFEASIBLE;
                right += o.design("a").feasibility() == want ? 1 : 0;
            }
            double rate = right / (double) MACRO;
            System.out.printf(Locale.ROOT, "feasibility at q%+.1f eps: right %.4f (promised >= 0.95)%n", sign, rate);
            assertTrue(rate >= 0.95, "right " + rate);
        }
    }
}
