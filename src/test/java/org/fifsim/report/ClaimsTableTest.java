package org.fifsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.fifsim.claims.Claim;
import org.fifsim.claims.ClaimCheck;
import org.fifsim.stats.Estimate;
import org.junit.jupiter.api.Test;

/** The claims table says a disagreement in the claim's own terms and names both figures. */
class ClaimsTableTest {
    private static List<String> row(Claim c, Estimate e) {
        return ClaimsTable.of(List.of(ClaimCheck.of(c, e)), "remote", "fif").rows().get(0);
    }

    @Test
    void aLargerSavingThanClaimedSaysSo() {
        Claim co2 = new Claim("co2", "CO2 saved about 1,200 t a year", "seeds", "co2_transport_t",
                Claim.Of.DIFFERENCE, -1200, 120, Double.NaN, Double.NaN, "road only");
        List<String> r = row(co2, new Estimate(-1845, 20, -1859, -1830, 10));
        assertEquals("\u22121,200 \u00b1 120 t/yr", r.get(1));
        assertEquals("disagrees: the simulated reduction is larger (\u22121,845 t/yr against \u22121,200 \u00b1 120 "
                + "t/yr)", r.get(3));
    }

    @Test
    void aLevelBelowItsClaimSaysLowerAndAnAgreementStaysOneWord() {
        Claim pv = new Claim("pv", "PV covers 80%", "seeds", "pv_share", Claim.Of.OTHER, 0.8, 0.02, Double.NaN,
                Double.NaN, "");
        assertEquals("disagrees: the simulated value is lower (74.74 % against 80.00 \u00b1 2.00 %)",
                row(pv, new Estimate(0.7474, 0.01, 0.7396, 0.7551, 10)).get(3));
        assertEquals("agrees", row(pv, new Estimate(0.79, 0.01, 0.785, 0.795, 10)).get(3));
    }
}
