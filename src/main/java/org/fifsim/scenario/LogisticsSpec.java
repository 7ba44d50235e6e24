package org.fifsim.scenario;

import java.util.List;

/**
 * Logistics from end-of-line to line-side. {@code safetyStock} packs are held on top of the lead-time demand; the
 * pack line starts a pack only while the pipeline holds fewer than {@link #pipelineLimit(double)} packs.
 * {@code initialStock} packs stand on the line-side at time zero (default: the safety stock).
 */
public record LogisticsSpec(String mode, List<StageSpec> stages, int safetyStock, int initialStock) {

    public LogisticsSpec {
        stages = List.copyOf(stages);
    }

    /** Mean end-of-line to line-side time when nothing waits, in seconds. */
    public double meanLeadTime() {
        return stages.stream().mapToDouble(StageSpec::meanDelay).sum();
    }

    /** The kanban limit: lead-time demand at the vehicle takt, rounded up, plus the safety stock. */
    public int pipelineLimit(double vehicleTakt) {
        return (int) Math.ceil(meanLeadTime() / vehicleTakt - 1e-9) + safetyStock;
    }
}
