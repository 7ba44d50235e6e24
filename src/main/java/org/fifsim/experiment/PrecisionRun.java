package org.fifsim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.experiment.engine.EngineUnavailable;
import org.fifsim.experiment.engine.SimulationFailure;
import org.fifsim.results.ReplicationResult;
import org.fifsim.stats.Estimate;
import org.fifsim.stats.Precision;

/**
 * A precision-driven run: replications are added in batches until the 95% interval of every chosen KPI is within
 * {@code target} of its mean, or a cap is reached. Batch k runs the replication numbers that follow batch k-1, and
 * replication i always draws from the same streams, so the results equal a fixed-count run of the final size.
 */
public final class PrecisionRun {
    /** Fewest replications added per batch, so a run never stalls on an estimate that just misses. */
    public static final int MIN_STEP = 2;

    private PrecisionRun() {
    }

    /** A KPI to hold to the target that the model does not produce. */
    public static final class MissingKpi extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        MissingKpi(String kpi) {
            super("the results have no KPI '" + kpi + "'");
        }
    }

    /** Runs replications {@code from}..{@code from+count-1}, in replication order. */
    @FunctionalInterface
    public interface Batch {
        List<ReplicationResult> run(int from, int count)
                throws SimulationFailure, InterruptedException, EngineUnavailable;
    }

    /**
     * How the run ended.
     *
     * @param results every replication, in order
     * @param met whether every KPI reached the target
     * @param batches how many batches were run
     * @param estimates the final estimate of each chosen KPI
     */
    public record Outcome(List<ReplicationResult> results, boolean met, int batches, Map<String, Estimate> estimates) {
    }

    /**
     * @param initial replications in the first batch (at least 2 are run, so there is an interval)
     * @param cap the most replications, at least 2
     * @param target relative half-width, e.g. 0.01
     * @param kpis the KPIs held to the target; each must be in the results
     */
    public static Outcome run(Batch batch, int initial, int cap, double target, List<String> kpis)
            throws SimulationFailure, InterruptedException, EngineUnavailable {
        if (cap < 2) {
            throw new IllegalArgumentException("the cap must allow at least 2 replications, got " + cap);
        }
        if (kpis.isEmpty()) {
            throw new IllegalArgumentException("no KPI to hold to the target");
        }
        int n = Math.min(cap, Math.max(2, initial));
        List<ReplicationResult> results = new ArrayList<>(batch.run(0, n));
        for (String k : kpis) {
            if (!results.get(0).kpis().has(k)) {
                throw new MissingKpi(k);
            }
        }
        int batches = 1;
        while (true) {
            Map<String, Estimate> est = estimates(results, kpis);
            boolean met = est.values().stream().allMatch(e -> Precision.met(e, target));
            if (met || n >= cap) {
                return new Outcome(results, met, batches, est);
            }
            int next = Math.min(cap, Math.max(n + MIN_STEP, needed(est, target)));
            results.addAll(batch.run(n, next - n));
            n = next;
            batches++;
        }
    }

    /** The estimate of each KPI over its finite values (all NaN when there are none). */
    static Map<String, Estimate> estimates(List<ReplicationResult> results, List<String> kpis) {
        Map<String, Estimate> out = new LinkedHashMap<>();
        for (String k : kpis) {
            double[] v = results.stream().mapToDouble(r -> r.kpi(k)).filter(Double::isFinite).toArray();
            out.put(k, v.length == 0 ? new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1)
                    : Estimate.of(v));
        }
        return out;
    }

    /** The classic extrapolation over the KPIs that have an interval; 0 when none has. */
    private static int needed(Map<String, Estimate> est, double target) {
        int needed = 0;
        for (Estimate e : est.values()) {
            if (!Double.isNaN(e.relativeHalfWidth())) {
                needed = Math.max(needed, Precision.replicationsNeeded(e, target));
            }
        }
        return needed;
    }
}
