package org.fifsim.cli;

import org.fifsim.chart.ChartWarmup;

/**
 * When to warm up the report's charts ({@link ChartWarmup}) while the replications run: only when a report will be
 * written here and the replications leave a core idle. One replication, or {@code --threads 1}, keeps one core busy;
 * on a 2-core machine the other would wait for the report, so the warm-up's second of CPU costs no wall time there.
 * With every core simulating, the warm-up would only take CPU from the replications (the same cold start is paid
 * later by the report anyway), so it stays off; so it does for {@code --no-report}, a shard (no report), Spark (its
 * own executors use the cores) and {@code fifsim bench} (which never comes here).
 */
final class ReportWarmup {
    private ReportWarmup() {
    }

    /**
     * Starts the warm-up if it can use an idle core.
     *
     * @param replications the replications the run starts with (all scenarios of a comparison together)
     */
    static void startIf(boolean report, EngineOptions engine, int threads, int replications) {
        if (report && wouldIdle(threads, replications, Runtime.getRuntime().availableProcessors())
                && "local".equals(engine.engine) && !engine.sharded()) {
            ChartWarmup.start();
        }
    }

    /** Whether the replications keep fewer cores busy than there are. */
    static boolean wouldIdle(int threads, int replications, int cores) {
        return Math.min(threads, replications) < cores;
    }
}
