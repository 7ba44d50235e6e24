package org.fifsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Logistics from end-of-line to line-side: an ordered list of stages, the safety stock and the replenishment rules.
 *
 * <p>Stores with a target cover are stock points; they cut the stages into echelons, each replenished by the stage
 * before it up to a level (base stock, order-up-to per echelon): the demand over the echelon's own lead time plus the
 * stock point's target. The pack line replenishes the first echelon; the last one ends at the line-side, whose target
 * is {@code safetyStock}. Without stock points the whole pipeline is one echelon, the kanban limit of before.
 * Demand over a lead time counts the vehicle line's working share: a line that works 80 of 168 hours needs 80/168 of a
 * calendar lead time's takts.
 *
 * <p>{@code production} decides when the pack line starts a pack: kanban keeps the first echelon below its level; a
 * reorder point releases a batch when its inventory position falls to it. {@code lineSide} decides when the last
 * store before the line-side sends packs on: kanban passes them as the last echelon asks; a reorder point sends a
 * batch when the line-side position falls to it. {@code initialStock} packs stand on the line-side at time zero
 * (default: the safety stock); stock points start at their targets plus what the next echelon has on the way.
 */
public record LogisticsSpec(String mode, List<StageSpec> stages, int safetyStock, int initialStock,
        Replenishment production, Replenishment lineSide, List<Disruption> disruptions) {

    public LogisticsSpec {
        stages = List.copyOf(stages);
        disruptions = List.copyOf(disruptions);
    }

    /**
     * One echelon: stages {@code from} to {@code to} inclusive; {@code to} is a stock point's index, or the number of
     * stages for the last echelon, which ends at the line-side. {@code level} is its order-up-to level in packs and
     * {@code target} the stock it aims to hold at its end.
     */
    public record Echelon(int from, int to, int level, int target, double leadTime) {
    }

    /** Mean end-of-line to line-side time when nothing waits and stock points hold their targets, in seconds. */
    public double meanLeadTime(double vehicleTakt) {
        return meanLeadTime(vehicleTakt, 1.0);
    }

    /** As {@link #meanLeadTime(double)} for a vehicle line working {@code workingShare} of the week. */
    public double meanLeadTime(double vehicleTakt, double workingShare) {
        double t = 0;
        for (StageSpec s : stages) {
            if (s instanceof StageSpec.Store st && st.hasTarget()) {
                // Little: a target of N packs (those in handling included) drained at the average demand rate
                // holds each pack N / rate
                t += st.targetPacks(vehicleTakt) * vehicleTakt / workingShare;
            } else {
                t += s.meanDelay(vehicleTakt);
            }
        }
        return t;
    }

    /** The echelons, first (fed by the pack line) to last (ending at the line-side). */
    public List<Echelon> echelons(double vehicleTakt, double workingShare) {
        List<Echelon> out = new ArrayList<>();
        int from = 0;
        double lead = 0;
        for (int i = 0; i < stages.size(); i++) {
            StageSpec s = stages.get(i);
            if (s instanceof StageSpec.Store st && st.hasTarget()) {
                int target = st.targetPacks(vehicleTakt);
                out.add(new Echelon(from, i, saturated(demand(lead, vehicleTakt, workingShare) + target), target,
                        lead));
                from = i + 1;
                lead = 0;
            } else {
                lead += s.meanDelay(vehicleTakt);
            }
        }
        out.add(new Echelon(from, stages.size(), saturated(demand(lead, vehicleTakt, workingShare) + safetyStock),
                safetyStock, lead));
        return out;
    }

    /** Lead-time demand in packs, rounded up; in double, so an absurd ratio cannot wrap round. */
    private static double demand(double leadTime, double takt, double workingShare) {
        return Math.ceil(leadTime * workingShare / takt - 1e-9);
    }

    /**
     * A level capped at {@link Integer#MAX_VALUE}: an absurd ratio (takt 1e-6 s, transfer 1 h) saturates instead of
     * wrapping round to a negative limit (the run limits refuse such a scenario before it runs).
     */
    private static int saturated(double level) {
        return level >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.max(0, level);
    }

    /** The kanban limit of the pack line: the first echelon's level (without stock points, the whole pipeline's). */
    public int pipelineLimit(double vehicleTakt, double workingShare) {
        return echelons(vehicleTakt, workingShare).get(0).level();
    }

    /**
     * Packs a stock point holds at time zero: its target plus the lead-time demand of the echelon after it, which it
     * sends on at once; the run then starts near its steady state instead of spending days filling the road.
     */
    public static int initialStock(List<Echelon> echelons, int j) {
        Echelon after = echelons.get(j + 1);
        return echelons.get(j).target() + after.level() - after.target();
    }

    /** Packs the stock points hold at time zero together; the line-side's initial stock comes on top. */
    public int initialStoreStock(double vehicleTakt, double workingShare) {
        List<Echelon> e = echelons(vehicleTakt, workingShare);
        int n = 0;
        for (int j = 0; j + 1 < e.size(); j++) {
            n += initialStock(e, j);
        }
        return n;
    }

    /** The road stages, in order. */
    public List<StageSpec.Road> roads() {
        return stages.stream().filter(s -> s instanceof StageSpec.Road).map(s -> (StageSpec.Road) s).toList();
    }
}
