package org.fifsim.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.fifsim.results.KpiValues;
import org.fifsim.results.ReplicationResult;
import org.junit.jupiter.api.Test;

/** Shapley shares on synthetic values whose answer is known. */
class ShapleyTest {

    @Test
    void additiveEffectsComeBackExactlyWithNoJointPart() {
        double[] effect = {3.5, -2.25, 0.125};
        double[] v = new double[8];
        for (int t = 0; t < 8; t++) {
            v[t] = 100;
            for (int g = 0; g < 3; g++) {
                v[t] += (t & 1 << g) != 0 ? effect[g] : 0;
            }
        }
        assertArrayEquals(effect, Shapley.shares(v), 1e-12);
        assertArrayEquals(effect, Shapley.alone(v), 1e-12);
    }

    @Test
    void anInteractionOfTwoGroupsIsSplitHalfEach() {
        // nothing alone, 10 together: a pure interaction
        assertArrayEquals(new double[] {5, 5}, Shapley.shares(new double[] {0, 0, 0, 10}), 0);
        // main effects 1 and 2 plus an interaction of 4: each gets its own effect and half the interaction
        assertArrayEquals(new double[] {3, 4}, Shapley.shares(new double[] {0, 1, 2, 7}), 0);
    }

    @Test
    void aGroupThatChangesNothingGetsNothing() {
        // group 1 (bit 2) never changes the value, group 0 adds 2, group 2 adds 3 but only with group 0
        double[] v = new double[8];
        for (int t = 0; t < 8; t++) {
            v[t] = ((t & 1) != 0 ? 2 : 0) + ((t & 1) != 0 && (t & 4) != 0 ? 3 : 0);
        }
        assertArrayEquals(new double[] {3.5, 0, 1.5}, Shapley.shares(v), 1e-12);
    }

    @Test
    void sharesAddUpToTheDifferenceForAnyValues() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int m = 0; m <= Shapley.MAX_GROUPS; m++) {
            double[] v = rnd.doubles(1 << m, -1e8, 1e8).toArray();
            double sum = 0;
            for (double s : Shapley.shares(v)) {
                sum += s;
            }
            assertEquals(v[v.length - 1] - v[0], sum, 1e-6, "m = " + m);
        }
        assertThrows(IllegalArgumentException.class, () -> Shapley.shares(new double[128]));
        assertThrows(IllegalArgumentException.class, () -> Shapley.shares(new double[3]));
    }

    @Test
    void perReplicationSharesGiveIntervalsAndAddUpToTheTotalToTheLastDigit() {
        // two groups, 5 paired replications with noise common to all designs (as common random numbers give)
        int n = 5;
        List<List<ReplicationResult>> results = new ArrayList<>();
        double[] noise = {0.3, -1.2, 0.7, 2.1, -0.4};
        for (int t = 0; t < 4; t++) {
            List<ReplicationResult> reps = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                double x = 1e8 / 3 + noise[r] * 1e5 + ((t & 1) != 0 ? -7.1e6 - r * 1e4 : 0) + ((t & 2) != 0 ? 1.3e6 : 0)
                        + (t == 3 ? 0.4e6 : 0);
                reps.add(ReplicationResult.ofKpis(r, KpiValues.of(Map.of("cost_total_cny", x, "packs_good", 1.0))));
            }
            results.add(reps);
        }
        Attribution a = Attribution.of(List.of("transport", "energy_assets"), results,
                List.of("cost_total_cny", "missing"));
        assertEquals(List.of("cost_total_cny"), List.copyOf(a.kpis().keySet()), "a KPI no design reports is left out");
        Attribution.Parts p = a.kpis().get("cost_total_cny");
        assertEquals(-7.1e6 - 2e4 + 0.2e6, p.shares().get("transport").mean(), 1e-6);
        assertEquals(1.3e6 + 0.2e6, p.shares().get("energy_assets").mean(), 1e-6);
        assertEquals(0.4e6, p.joint(), 1e-6);
        // the group effect varies by replication (r * 1e4), so its interval has width; energy's does not
        assertEquals(true, p.shares().get("transport").halfWidth() > 1e3);
        assertEquals(0, p.shares().get("energy_assets").halfWidth(), 1e-6);
        BigDecimal sum = p.interaction();
        for (var e : p.shares().values()) {
            sum = sum.add(BigDecimal.valueOf(e.mean()));
        }
        assertEquals(0, sum.compareTo(BigDecimal.valueOf(p.total().mean())), "shares + interaction = total, exactly");
    }

    @Test
    void aDesignAgainstItselfExplainsToZero() {
        List<List<ReplicationResult>> same = List.of(List.of(
                ReplicationResult.ofKpis(0, KpiValues.of(Map.of("co2_total_t", 5.0))),
                ReplicationResult.ofKpis(1, KpiValues.of(Map.of("co2_total_t", 6.0)))));
        Attribution.Parts p = Attribution.of(List.of(), same, List.of("co2_total_t")).kpis().get("co2_total_t");
        assertEquals(0, p.total().mean());
        assertEquals(0, p.interaction().signum());
        assertEquals(5.5, p.base());
    }
}
