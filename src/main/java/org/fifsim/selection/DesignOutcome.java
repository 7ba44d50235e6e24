package org.fifsim.selection;

import java.util.List;

/**
 * What the procedure learnt of one design.
 *
 * @param name the design's name
 * @param replications how many it ran
 * @param feasibility its verdict on all constraints (FEASIBLE when there are none)
 * @param mean the goal KPI's sample mean over its replications, in the KPI's unit
 * @param constraintMeans each constraint KPI's sample mean, in the order of the constraints
 * @param constraintVerdicts each constraint's verdict, in the same order
 * @param eliminatedInRound the round KN screened it out, or -1
 * @param mcb its multiple-comparisons-with-the-best interval, or null when it is not feasible or alone
 */
public record DesignOutcome(String name, int replications, Feasibility feasibility, double mean,
        List<Double> constraintMeans, List<Feasibility> constraintVerdicts, int eliminatedInRound, Mcb mcb) {
    public DesignOutcome {
        constraintMeans = List.copyOf(constraintMeans);
        constraintVerdicts = List.copyOf(constraintVerdicts);
    }
}
