package org.fifsim.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fifsim.results.Kpi;
import org.fifsim.results.Kpis;
import org.fifsim.scenario.io.Suggest;

/**
 * Checks KPI names given on the command line ({@code --kpi}, {@code --x-kpi}) before anything runs, so a typo does not
 * cost a sweep. Names of CONTRACT.md that this build does not compute yet (the cost and carbon KPIs) are accepted and
 * skipped with a warning after the run, so commands written for the full contract keep working.
 */
final class KpiNames {
    /** In CONTRACT.md (and the cost issue's per-pack figures), computed when the accounting is in the build. */
    static final List<String> CONTRACT = List.of("cost_logistics_cny", "cost_inventory_cny", "cost_scrap_cny",
            "cost_energy_cny", "cost_total_cny", "co2_transport_t", "co2_electricity_t", "co2_total_t",
            "cost_per_pack_cny", "co2_per_pack_kg");

    /** What a sweep charts when no {@code --kpi} is given, those of them the results have. */
    static final List<String> SWEEP_DEFAULT = List.of(Kpis.VEHICLES_BUILT, Kpis.VEHICLE_LINE_STARVED,
            Kpis.PIPELINE_PACKS, "cost_total_cny", "co2_total_t", "cost_per_pack_cny");

    private KpiNames() {
    }

    static Set<String> known() {
        Set<String> k = new LinkedHashSet<>();
        Kpis.all().stream().map(Kpi::name).forEach(k::add);
        k.addAll(CONTRACT);
        return k;
    }

    /** Null when every name is a known KPI, else a one-line message for the first that is not. */
    static String check(String option, List<String> names) {
        Set<String> known = known();
        for (String n : names) {
            if (!known.contains(n)) {
                String hint = closest(n, known);
                return option + ": no KPI '" + n + "'" + (hint != null ? ", did you mean '" + hint + "'?"
                        : " (KPIs: " + String.join(", ", Kpis.all().stream().map(Kpi::name).toList()) + ")");
            }
        }
        return null;
    }

    /** The asked names the results have; a warning line on {@code warn} for each that they do not. */
    static List<String> present(List<String> asked, Set<String> inResults, java.io.PrintWriter warn) {
        List<String> out = new ArrayList<>();
        for (String k : asked) {
            if (inResults.contains(k)) {
                out.add(k);
            } else {
                warn.println("warning: KPI " + k + " is not computed by this build; no chart or crossing for it");
            }
        }
        warn.flush();
        return out;
    }

    private static String closest(String word, Set<String> known) {
        return Suggest.closest(word, known);
    }
}
