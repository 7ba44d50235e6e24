package org.fifsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.report.Synthetic;
import org.fifsim.results.Details;
import org.fifsim.results.KpiValues;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.junit.jupiter.api.Test;

/** Each built-in check passes on consistent numbers and fails on the inconsistency it is there to catch. */
class ModelChecksTest {
    private static ReplicationResult with(Map<String, Double> kpis) {
        return ReplicationResult.ofKpis(0, KpiValues.of(kpis));
    }

    private static Map<String, Double> little(double pipeline, double lineSide, double good, double lead) {
        Map<String, Double> k = new LinkedHashMap<>();
        k.put(Kpis.PIPELINE_PACKS, pipeline);
        k.put(Kpis.LINE_SIDE_PACKS, lineSide);
        k.put(Kpis.PACKS_GOOD, good);
        k.put(Kpis.LEAD_TIME_H, lead);
        return k;
    }

    @Test
    void littlesLawWithinThreePercentPassesBeyondFails() {
        // 700,800 packs/yr = 80 packs/h; 48 h in transit holds 3,840 packs
        assertEquals(CheckResult.Outcome.PASS, ModelChecks.littlesLaw(List.of(with(little(3840 + 500 + 100, 500,
                700_800, 48))), 8760).outcome());
        CheckResult off = ModelChecks.littlesLaw(List.of(with(little(3840 * 1.05 + 500, 500, 700_800, 48))), 8760);
        assertEquals(CheckResult.Outcome.FAIL, off.outcome());
        assertTrue(off.detail().contains("worst deviation 5%"), off.detail());
        assertEquals(CheckResult.Outcome.NOT_APPLICABLE, ModelChecks.littlesLaw(List.of(with(Map.of())), 8760)
                .outcome());
    }

    @Test
    void packsHeldInQuarantineAreNotInTransit() {
        // 3,840 in transit, 500 on the line-side, 160 held in quarantine: in the pipeline, not in transit
        Map<String, Double> held = little(3840 + 500 + 160, 500, 700_800, 48);
        assertEquals(CheckResult.Outcome.FAIL, ModelChecks.littlesLaw(List.of(with(held)), 8760).outcome(),
                "without quarantine_packs the held packs look like transit: 4% off");
        held.put(Kpis.QUARANTINE_PACKS, 160.0);
        CheckResult c = ModelChecks.littlesLaw(List.of(with(held)), 8760);
        assertEquals(CheckResult.Outcome.PASS, c.outcome(), c.detail());
        held.put(Kpis.PIPELINE_PACKS, 3840 * 0.95 + 500 + 160);
        assertEquals(CheckResult.Outcome.FAIL, ModelChecks.littlesLaw(List.of(with(held)), 8760).outcome(),
                "5% too few in transit still fails with quarantine counted");
    }

    @Test
    void littlesLawCannotJudgeARunHardlyLongerThanTheLeadTime() {
        // 48 h of lead time in a 480 h run: edge effects of ~10% are expected, a 5% miss proves nothing
        CheckResult c = ModelChecks.littlesLaw(List.of(with(little(3840 * 1.05 + 500, 500, 700_800, 48))), 480);
        assertEquals(CheckResult.Outcome.NOT_APPLICABLE, c.outcome());
        assertTrue(c.detail().contains("the lead time is 10% of the measured time"), c.detail());
        assertEquals(CheckResult.Outcome.PASS, ModelChecks.littlesLaw(List.of(with(little(3840 + 500, 500,
                700_800, 48))), 480).outcome(), "a run that meets the law passes however short");
    }

    @Test
    void packBalanceFailsWhenAPackIsLost() {
        var lost = new ReplicationResult.PackBalance(100, 90, 5, 4, 80, 0, 10);
        var r = new ReplicationResult(3, KpiValues.none(), Details.none(), lost, 0, null, null, null, null);
        CheckResult c = ModelChecks.packBalance(List.of(Synthetic.result(0, false, 0), r));
        assertEquals(CheckResult.Outcome.FAIL, c.outcome());
        assertTrue(c.detail().contains("[3]"), c.detail());
    }

    @Test
    void moreVehiclesThanPacksAndStockFails() {
        var s = Synthetic.scenario("24h");
        double years = s.run().measuredSeconds() / (365 * 86400.0);
        double allowance = s.logistics().initialStock() / years;
        var ok = with(Map.of(Kpis.PACKS_GOOD, 1000.0, Kpis.VEHICLES_BUILT, 1000.0 + allowance - 1));
        var bad = with(Map.of(Kpis.PACKS_GOOD, 1000.0, Kpis.VEHICLES_BUILT, 1000.0 + allowance + 1));
        assertEquals(CheckResult.Outcome.PASS, ModelChecks.noVehicleWithoutPack(s, List.of(ok)).outcome());
        assertEquals(CheckResult.Outcome.FAIL, ModelChecks.noVehicleWithoutPack(s, List.of(ok, bad)).outcome());
    }

    @Test
    void aFractionOutsideZeroToOneFails() {
        assertEquals(CheckResult.Outcome.PASS, ModelChecks.fractions(List.of(with(Map.of(Kpis.PV_SHARE, 1.0,
                Kpis.VEHICLE_LINE_STARVED, 0.0)))).outcome());
        CheckResult c = ModelChecks.fractions(List.of(with(Map.of(Kpis.PV_SHARE, 1.02))));
        assertEquals(CheckResult.Outcome.FAIL, c.outcome());
        assertTrue(c.detail().contains("pv_share = 1.02"), c.detail());
    }
}
