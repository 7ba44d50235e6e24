package org.fifsim.analysis;

import java.util.List;
import java.util.Map;
import org.fifsim.stats.Estimate;

/**
 * How a precision-driven run ended, for the report and stdout.
 *
 * @param target relative half-width aimed at, e.g. 0.01
 * @param kpis the KPIs held to it
 * @param replications replications run in the end
 * @param cap the most replications allowed
 * @param batches how many batches were run
 * @param met whether every KPI reached the target
 * @param achieved the estimate reached per KPI held to the target
 */
public record PrecisionNote(double target, List<String> kpis, int replications, int cap, int batches, boolean met,
        Map<String, Estimate> achieved) {

    public PrecisionNote {
        kpis = List.copyOf(kpis);
        achieved = Map.copyOf(achieved);
    }

    /** One sentence: how many replications were needed and whether the target was met. */
    public String sentence() {
        StringBuilder s = new StringBuilder("Precision-driven run: target \u00b1" + Numbers.percent(target)
                + " relative half-width of the 95% interval on " + String.join(", ", kpis) + ". ");
        if (met) {
            s.append(replications).append(" replications were needed (").append(batches)
                    .append(batches == 1 ? " batch" : " batches").append("); the target was met.");
        } else {
            s.append("The target was NOT met within the cap of ").append(cap).append(" replications (")
                    .append(batches).append(batches == 1 ? " batch" : " batches").append("); still above it: ");
            int i = 0;
            for (String k : kpis) {
                double a = achieved.containsKey(k) ? achieved.get(k).relativeHalfWidth() : Double.NaN;
                if (!(a <= target)) {
                    s.append(i++ > 0 ? ", " : "").append(k).append(" \u00b1")
                            .append(Double.isNaN(a) ? "n/a" : Double.isInfinite(a) ? "\u221e" : Numbers.percent(a));
                }
            }
            s.append('.');
        }
        return s.toString();
    }
}
