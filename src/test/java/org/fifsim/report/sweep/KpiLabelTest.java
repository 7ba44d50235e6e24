package org.fifsim.report.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Chart titles and axes name KPIs in words, not snake_case. */
class KpiLabelTest {
    @Test
    void namesInWords() {
        assertEquals("Vehicles built", KpiLabel.of("vehicles_built"));
        assertEquals("Cost per pack", KpiLabel.of("cost_per_pack_cny"));
        assertEquals("CO2 total", KpiLabel.of("co2_total_t"));
        assertEquals("Lead time 95th percentile", KpiLabel.of("lead_time_p95_h"));
        assertEquals("PV share", KpiLabel.of("pv_share"));
        assertEquals("Energy", KpiLabel.of("energy_kwh"));
    }
}
