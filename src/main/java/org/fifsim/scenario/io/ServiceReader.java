package org.fifsim.scenario.io;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fifsim.results.Kpi;
import org.fifsim.results.Kpis;
import org.fifsim.scenario.ServiceSpec;

/**
 * The {@code service:} section: {@code {KPI: {at_most: V}}} or {@code {KPI: {at_least: V}}}, V a number in the KPI's
 * unit or, for a share, a percentage ({@code 0.1%}). Only KPIs fifsim reports can be required, so a typo is an error
 * with a hint rather than a requirement that is never checked.
 */
final class ServiceReader {
    private ServiceReader() {
    }

    static ServiceSpec service(Fields top) {
        if (!top.has("service")) {
            top.raw("service");
            return ServiceSpec.NONE;
        }
        YNode node = top.raw("service");
        if (!(node instanceof YNode.Map_ map)) {
            top.problem(node, "service", "must be a map of KPI: {at_most: V} or {at_least: V}");
            return ServiceSpec.NONE;
        }
        Map<String, ServiceSpec.Bound> bounds = new LinkedHashMap<>();
        for (YNode.Entry e : map.view().values()) {
            String key = "service." + e.key();
            Kpi kpi = Kpis.get(e.key());
            if (kpi == null) {
                String hint = Suggest.closest(e.key(), Kpis.all().stream().map(Kpi::name).toList());
                top.problems().add(new Problem(e.keyAt(), key, "is not a KPI fifsim reports"
                        + (hint == null ? "" : ", did you mean '" + hint + "'?"), null));
                continue;
            }
            ServiceSpec.Bound b = bound(e.value(), key, kpi, top);
            if (b != null) {
                bounds.put(kpi.name(), b);
            }
        }
        return new ServiceSpec(bounds);
    }

    private static ServiceSpec.Bound bound(YNode node, String key, Kpi kpi, Fields top) {
        if (!(node instanceof YNode.Map_ m) || m.view().size() != 1) {
            top.problems().add(new Problem(node.at(), key, "must be one of {at_most: V} or {at_least: V}",
                    node.shown()));
            return null;
        }
        YNode.Entry only = m.view().values().iterator().next();
        boolean atMost = only.key().equals("at_most");
        if (!atMost && !only.key().equals("at_least")) {
            top.problems().add(new Problem(only.keyAt(), key + "." + only.key(), "unknown key, did you mean '"
                    + Suggest.closest(only.key(), java.util.List.of("at_most", "at_least")) + "'?", null));
            return null;
        }
        String where = key + "." + only.key();
        boolean share = kpi.unit().equals("fraction");
        Double v = only.value() instanceof YNode.Scalar s ? value(s.text(), share) : null;
        if (v == null) {
            top.problems().add(new Problem(only.value().at(), where, share ? "must be a number or a percentage "
                    + "such as 0.1%" : "must be a number in " + kpi.unit(), only.value().shown()));
            return null;
        }
        if (share && (v < 0 || v > 1)) {
            top.problems().add(new Problem(only.value().at(), where, "must be a share in [0%, 100%]",
                    only.value().shown()));
            return null;
        }
        return new ServiceSpec.Bound(kpi.name(), atMost, v);
    }

    /** A number, or for a share a percentage; null when it is neither. */
    private static Double value(String text, boolean share) {
        String t = text.strip();
        if (t.endsWith("%")) {
            Double p = share ? StrictNumber.parse(t.substring(0, t.length() - 1).strip()) : null;
            return p == null ? null : p / 100;
        }
        Double v = StrictNumber.parse(t);
        return v != null && Double.isFinite(v) ? v : null;
    }
}
