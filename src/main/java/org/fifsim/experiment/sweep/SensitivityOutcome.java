package org.fifsim.experiment.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.stats.Estimate;

/**
 * One-at-a-time sensitivity: the base run and, per key, a run with the key at its low and at its high setting (all
 * else at base), every run on the base's seed, so each setting is paired with the base replication by replication.
 *
 * @param scenario     the scenario name
 * @param replications replications per setting
 * @param seed         the one seed of every run
 * @param delta        the relative change, e.g. 0.1
 * @param settings     the keys with their base, low and high values
 * @param kpis         the KPIs asked for
 * @param base         the base run's estimate of every KPI
 * @param low          per key (in order), the estimate of every KPI at the low setting
 * @param high         likewise at the high setting
 * @param lowDiff      per key, the paired difference (low minus base) of every KPI
 * @param highDiff     per key, the paired difference (high minus base) of every KPI
 */
public record SensitivityOutcome(String scenario, int replications, long seed, double delta,
        List<Perturbation> settings, List<String> kpis, Map<String, Estimate> base, List<Map<String, Estimate>> low,
        List<Map<String, Estimate>> high, List<Map<String, Estimate>> lowDiff, List<Map<String, Estimate>> highDiff) {

    /** The overrides of each run: the base (none), then each key low and high. */
    public static List<Map<String, String>> points(List<Perturbation> settings) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(Map.of());
        for (Perturbation p : settings) {
            Map<String, String> lo = new LinkedHashMap<>();
            lo.put(p.key(), p.low());
            out.add(lo);
            Map<String, String> hi = new LinkedHashMap<>();
            hi.put(p.key(), p.high());
            out.add(hi);
        }
        return out;
    }

    /** Estimates from a run of {@link #points(List)} (scenario 0 of {@code run}). */
    public static SensitivityOutcome of(String scenario, int replications, long seed, double delta,
            List<Perturbation> settings, List<String> kpis, SweepRun run) {
        List<Map<String, Estimate>> low = new ArrayList<>();
        List<Map<String, Estimate>> high = new ArrayList<>();
        List<Map<String, Estimate>> lowDiff = new ArrayList<>();
        List<Map<String, Estimate>> highDiff = new ArrayList<>();
        for (int k = 0; k < settings.size(); k++) {
            low.add(Estimates.of(run.at(0, 1 + 2 * k)));
            high.add(Estimates.of(run.at(0, 2 + 2 * k)));
            lowDiff.add(Estimates.paired(run.at(0, 0), run.at(0, 1 + 2 * k)));
            highDiff.add(Estimates.paired(run.at(0, 0), run.at(0, 2 + 2 * k)));
        }
        return new SensitivityOutcome(scenario, replications, seed, delta, List.copyOf(settings), List.copyOf(kpis),
                Estimates.of(run.at(0, 0)), low, high, lowDiff, highDiff);
    }
}
