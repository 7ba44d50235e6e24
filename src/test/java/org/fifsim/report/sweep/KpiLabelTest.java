package org.fifsim.report.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Chart titles and axes name KPIs in words, not snake_case. */
class KpiLabelTest {
    @Test
    void theRegistrysLabelFirst() {
        assertEquals("Vehicles built", KpiLabel.of("vehicles_built"));
        assertEquals("Cost per good pack", KpiLabel.of("cost_per_pack_cny"));
        assertEquals("Lead time, 95th percentile", KpiLabel.of("lead_time_p95_h"));
    }

    @Test
    void anUnregisteredNameInWords() {
        assertEquals("CO2 per pack in the yard", KpiLabel.of("co2_per_pack_in_the_yard_kg"));
        assertEquals("PV share of the roof", KpiLabel.of("pv_share_of_the_roof"));
        assertEquals("Lead time 95th percentile at the dock", KpiLabel.of("lead_time_p95_at_the_dock_h"));
    }
}
