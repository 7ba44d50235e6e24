package org.fifsim.cli;

import java.util.List;
import org.fifsim.results.Kpi;
import org.fifsim.results.Kpis;
import org.fifsim.scenario.io.Suggest;

/**
 * Checks KPI names given on the command line ({@code --kpi}, {@code --x-kpi}) against the KPI registry before anything
 * runs, so a typo does not cost a sweep. A registered KPI that a scenario does not produce (an orders or quality KPI
 * without orders or quality) is skipped with a warning after the run.
 */
final class KpiNames {
    /** What a sweep charts when no {@code --kpi} is given, those of them the results have. */
    static final List<String> SWEEP_DEFAULT = List.of(Kpis.VEHICLES_BUILT, Kpis.VEHICLE_LINE_STARVED,
            Kpis.PIPELINE_PACKS, Kpis.COST_TOTAL_CNY, Kpis.CO2_TOTAL_T, Kpis.COST_PER_PACK_CNY);

    private KpiNames() {
    }

    /** Null when every name is a registered KPI, else a one-line message for the first that is not. */
    static String check(String option, List<String> names) {
        List<String> known = Kpis.all().stream().map(Kpi::name).toList();
        for (String n : names) {
            if (Kpis.get(n) == null) {
                String hint = Suggest.closest(n, known);
                return option + ": no KPI '" + n + "'" + (hint != null ? ", did you mean '" + hint + "'?"
                        : " (KPIs: " + String.join(", ", known) + ")");
            }
        }
        return null;
    }
}
