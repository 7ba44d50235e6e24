package org.fifsim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a design must deliver (a scenario's {@code service:} section): a bound on each named KPI. Two designs are
 * compared on cost only when both deliver it; a design that saves money by not building vehicles misses it.
 *
 * @param bounds by KPI name, in file order; empty when the scenario states no requirement
 */
public record ServiceSpec(Map<String, Bound> bounds) {
    /** No stated requirement. */
    public static final ServiceSpec NONE = new ServiceSpec(Map.of());

    public ServiceSpec {
        bounds = Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
    }

    /**
     * One requirement on one KPI.
     *
     * @param kpi    the KPI's name in results
     * @param atMost true for {@code at_most} (the KPI must not exceed {@code value}), false for {@code at_least}
     * @param value  the limit in the KPI's own unit (a fraction for a share: {@code 0.1%} is 0.001)
     */
    public record Bound(String kpi, boolean atMost, double value) {
        /** How it reads in a report: "at most 0.1%". */
        public String describe(boolean percent) {
            String v = percent ? trim(value * 100) + "%" : trim(value);
            return (atMost ? "at most " : "at least ") + v;
        }

        private static String trim(double v) {
            String s = String.format(java.util.Locale.ROOT, "%.6g", v);
            if (s.contains(".") && !s.contains("e")) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            return s;
        }
    }

    public boolean isEmpty() {
        return bounds.isEmpty();
    }
}
