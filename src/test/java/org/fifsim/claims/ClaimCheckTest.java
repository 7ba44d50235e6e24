package org.fifsim.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fifsim.stats.Estimate;
import org.junit.jupiter.api.Test;

/** A claim agrees when the simulated interval meets the claimed range, and says which way it misses otherwise. */
class ClaimCheckTest {
    private static Claim value(double v, double tol) {
        return new Claim("c", "t", "s", "co2_transport_t", Claim.Of.DIFFERENCE, v, tol, Double.NaN, Double.NaN, "");
    }

    private static Claim atMost(double v) {
        return new Claim("c", "t", "s", "cost_logistics_cny", Claim.Of.DIFFERENCE, Double.NaN, 0, Double.NaN, v, "");
    }

    private static Estimate est(double mean, double low, double high) {
        return new Estimate(mean, 1, low, high, 10);
    }

    @Test
    void valueWithTolerance() {
        assertEquals(ClaimCheck.Verdict.AGREES, ClaimCheck.of(value(-1200, 120), est(-1216, -1229, -1202)).verdict());
        // the interval only touches the range: still agrees
        assertEquals(ClaimCheck.Verdict.AGREES, ClaimCheck.of(value(-1200, 120), est(-1330, -1340, -1320)).verdict());
        assertEquals(ClaimCheck.Verdict.SIMULATION_LOWER,
                ClaimCheck.of(value(-1200, 120), est(-10500, -10600, -10400)).verdict());
        assertEquals(ClaimCheck.Verdict.SIMULATION_HIGHER, ClaimCheck.of(value(0.80, 0.02), est(0.9, 0.85, 0.95))
                .verdict());
    }

    @Test
    void oneSidedClaims() {
        assertEquals(ClaimCheck.Verdict.AGREES, ClaimCheck.of(atMost(-30e6), est(-42.6e6, -43.6e6, -41.6e6))
                .verdict());
        assertEquals(ClaimCheck.Verdict.UNCLEAR, ClaimCheck.of(atMost(-30e6), est(-30e6, -31e6, -29e6)).verdict());
        assertEquals(ClaimCheck.Verdict.SIMULATION_HIGHER, ClaimCheck.of(atMost(-30e6), est(-20e6, -21e6, -19e6))
                .verdict());
        Claim atLeast = new Claim("c", "t", "s", "pv_share", Claim.Of.OTHER, Double.NaN, 0, 0.8, Double.NaN, "");
        assertEquals(ClaimCheck.Verdict.SIMULATION_LOWER, ClaimCheck.of(atLeast, est(0.74, 0.73, 0.75)).verdict());
        assertEquals(ClaimCheck.Verdict.NOT_SIMULATED, ClaimCheck.of(atLeast, null).verdict());
    }

    @Test
    void aFigureSetByItsInputsIsSetByAssumptionWhateverItsValue() {
        Claim lead = new Claim("c", "t", "s", "lead_time_h", Claim.Of.BASE, 48, 4.8, Double.NaN, Double.NaN, "",
                java.util.List.of("logistics.stages.fg-warehouse.target_cover", "logistics.stages.inbound.target_cover"));
        ClaimCheck agreeing = ClaimCheck.of(lead, est(50.3, 50.1, 50.5));
        assertEquals(ClaimCheck.Verdict.SET_BY_ASSUMPTION, agreeing.verdict());
        assertEquals("set by assumption: follows from logistics.stages.fg-warehouse.target_cover, "
                + "logistics.stages.inbound.target_cover", agreeing.words());
        assertEquals(ClaimCheck.Verdict.SET_BY_ASSUMPTION, ClaimCheck.of(lead, est(90, 89, 91)).verdict());
        assertEquals(ClaimCheck.Verdict.NOT_SIMULATED, ClaimCheck.of(lead, null).verdict());
        assertEquals(ClaimCheck.Verdict.AGREES, ClaimCheck.of(value(-1200, 120), est(-1216, -1229, -1202)).verdict(),
                "without rests_on a claim is judged as before");
    }

    private static String words(Claim c, double mean) {
        return ClaimCheck.of(c, est(mean, mean - 10, mean + 10)).words();
    }

    @Test
    void aClaimedReductionIsJudgedAsAReduction() {
        // CO2 saved about 1,200 t: the simulated -1,845 t is a larger saving, not a "lower" one
        assertEquals("disagrees: the simulated reduction is larger", words(value(-1200, 120), -1845));
        assertEquals("disagrees: the simulated reduction is smaller", words(value(-1200, 120), -500));
        assertEquals("disagrees: the simulation shows an increase instead", words(value(-1200, 120), 300));
        assertEquals("disagrees: the simulation shows no reduction", words(value(-1200, 120), 0));
        // "saves at least 30 M CNY" (at most -30e6) against a 20 M CNY saving
        assertEquals("disagrees: the simulated reduction is smaller", ClaimCheck.of(atMost(-30e6),
                est(-20e6, -21e6, -19e6)).words());
        assertEquals("agrees", words(value(-1200, 120), -1210));
    }

    @Test
    void aClaimedIncreaseIsJudgedAsAnIncrease() {
        assertEquals("disagrees: the simulated increase is larger", words(value(100, 10), 200));
        assertEquals("disagrees: the simulated increase is smaller", words(value(100, 10), 50));
        assertEquals("disagrees: the simulation shows a reduction instead", words(value(100, 10), -50));
        assertEquals("disagrees: the simulation shows an increase", words(value(0, 5), 40));
        assertEquals("disagrees: the simulation shows a reduction", words(value(0, 5), -40));
    }

    @Test
    void aClaimedLevelIsHigherOrLower() {
        Claim atLeast = new Claim("c", "t", "s", "pv_share", Claim.Of.OTHER, Double.NaN, 0, 0.8, Double.NaN, "");
        assertEquals("disagrees: the simulated value is lower", ClaimCheck.of(atLeast, est(0.74, 0.73, 0.75))
                .words());
        assertEquals("unclear: interval straddles the bound", ClaimCheck.of(atLeast, est(0.8, 0.79, 0.81)).words());
        assertEquals("not in these results", ClaimCheck.of(atLeast, null).words());
    }
}
