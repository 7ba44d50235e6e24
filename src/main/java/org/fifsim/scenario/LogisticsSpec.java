package org.fifsim.scenario;

import java.util.List;

/**
 * Logistics from end-of-line to line-side: an ordered list of stages, the safety stock and the replenishment rules.
 *
 * <p>{@code production} decides when the pack line starts a pack: kanban keeps the pipeline (end-of-line to
 * installation) below {@link #pipelineLimit(double)}, lead-time demand plus safety stock; a reorder point releases a
 * batch when the inventory position falls to it. {@code lineSide} decides when the last store before the line-side
 * sends packs on: kanban passes them as soon as they are ready; a reorder point sends a batch when the line-side
 * position falls to it. {@code initialStock} packs stand on the line-side at time zero (default: the safety stock).
 */
public record LogisticsSpec(String mode, List<StageSpec> stages, int safetyStock, int initialStock,
        Replenishment production, Replenishment lineSide, List<Disruption> disruptions) {

    public LogisticsSpec {
        stages = List.copyOf(stages);
        disruptions = List.copyOf(disruptions);
    }

    /** Mean end-of-line to line-side time when nothing waits, in seconds. */
    public double meanLeadTime(double vehicleTakt) {
        return stages.stream().mapToDouble(s -> s.meanDelay(vehicleTakt)).sum();
    }

    /**
     * The kanban limit: lead-time demand at the vehicle takt, rounded up, plus the safety stock; computed in double
     * and capped at {@link Integer#MAX_VALUE}, so an absurd ratio (takt 1e-6 s, transfer 1 h) saturates instead of
     * wrapping round to a negative limit (the run limits refuse such a scenario before it runs).
     */
    public int pipelineLimit(double vehicleTakt) {
        double limit = Math.ceil(meanLeadTime(vehicleTakt) / vehicleTakt - 1e-9) + (double) safetyStock;
        return limit >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.max(0, limit);
    }
}
