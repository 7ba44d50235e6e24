package org.fifsim.report.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.fifsim.experiment.sweep.Perturbation;
import org.fifsim.experiment.sweep.SensitivityOutcome;
import org.fifsim.report.Block;
import org.fifsim.results.Kpis;
import org.fifsim.stats.Estimate;
import org.junit.jupiter.api.Test;

/** Sensitivity reports in registry units, with an answer that prints its changes exactly as the table does. */
class SensitivityReportTest {
    static SensitivityOutcome outcome() {
        Estimate base = new Estimate(278e6, 5e6, 274e6, 282e6, 5);
        Estimate takt = new Estimate(-12.34e6, 1e6, -13.5e6, -11.1e6, 5);
        Estimate taktHi = new Estimate(10.2e6, 1e6, 9.0e6, 11.4e6, 5);
        Estimate noise = new Estimate(0.1e6, 1e6, -1.1e6, 1.3e6, 5);
        Estimate starved = new Estimate(0.003, 0.004, -0.002, 0.008, 5);
        Estimate starvedDiff = new Estimate(0.0021, 0.001, 0.0011, 0.0031, 5);
        return new SensitivityOutcome("seres-fif", 5, 1, 0.1, List.of(new Perturbation("vehicle_line.takt", "45s",
                "40.5s", "49.5s"), new Perturbation("logistics.safety_stock", "120", "108", "132")),
                List.of(Kpis.COST_TOTAL_CNY, Kpis.VEHICLE_LINE_STARVED),
                Map.of(Kpis.COST_TOTAL_CNY, base, Kpis.VEHICLE_LINE_STARVED, starved),
                List.of(Map.of(), Map.of()), List.of(Map.of(), Map.of()),
                List.of(Map.of(Kpis.COST_TOTAL_CNY, takt, Kpis.VEHICLE_LINE_STARVED, starvedDiff),
                        Map.of(Kpis.COST_TOTAL_CNY, noise, Kpis.VEHICLE_LINE_STARVED, noise)),
                List.of(Map.of(Kpis.COST_TOTAL_CNY, taktHi, Kpis.VEHICLE_LINE_STARVED, starvedDiff),
                        Map.of(Kpis.COST_TOTAL_CNY, noise, Kpis.VEHICLE_LINE_STARVED, noise)));
    }

    @Test
    void theAnswerAndTheTablePrintTheSameChangeWithTheSameSign() {
        SensitivityOutcome o = outcome();
        String answer = SensitivityReport.answer(o);
        Block.Table t = SensitivityReport.ranking(o, Kpis.COST_TOTAL_CNY);
        List<String> top = t.rows().get(0);
        assertEquals("vehicle_line.takt", top.get(0));
        assertTrue(answer.startsWith("What matters most: vehicle_line.takt moves seres-fif's total cost most: "
                + top.get(3) + " at 40.5s and " + top.get(5) + " at 49.5s (in M CNY/yr"), answer);
        // in M CNY/yr with the precision of the interval, never raw CNY
        assertEquals("\u221212.3 [\u221213.5, \u221211.1]", top.get(3));
    }

    @Test
    void aSharesLevelIsClippedAtZeroAndItsChangeIsInPoints() {
        assertEquals("0.30 [0.00, 0.80]", KpiText.level(Kpis.VEHICLE_LINE_STARVED,
                new Estimate(0.003, 0.004, -0.002, 0.008, 5)));
        assertEquals("points", KpiText.changeUnit(Kpis.VEHICLE_LINE_STARVED));
        assertEquals("Total cost (M CNY/yr)", KpiText.heading(Kpis.COST_TOTAL_CNY));
        assertEquals("+0.21 [0.11, 0.31]", KpiText.change(Kpis.VEHICLE_LINE_STARVED,
                new Estimate(0.0021, 0.001, 0.0011, 0.0031, 5)));
    }
}
