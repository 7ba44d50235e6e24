package org.fifsim.report.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Splits KPIs into groups that can share a value axis: same unit, and sizes within a factor of {@link #SPAN} of each
 * other, so a small KPI is not a flat line beside a large one. KPIs whose values are all zero or undefined are left
 * out: a bar of nothing says nothing.
 */
final class KpiGroups {
    static final double SPAN = 20;

    private KpiGroups() {
    }

    /** A group: its unit and its KPI names in their original order. */
    record Group(String unit, List<String> kpis) {
    }

    /**
     * @param kpis KPI names in report order
     * @param unit the unit of a KPI
     * @param size the magnitude of a KPI (e.g. the largest |mean| over scenarios); NaN or 0 leaves it out
     */
    static List<Group> of(List<String> kpis, java.util.function.Function<String, String> unit,
            ToDoubleFunction<String> size) {
        Map<String, List<String>> byUnit = new LinkedHashMap<>();
        for (String k : kpis) {
            double s = size.applyAsDouble(k);
            if (Double.isFinite(s) && s > 0) {
                byUnit.computeIfAbsent(unit.apply(k), u -> new ArrayList<>()).add(k);
            }
        }
        List<Group> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byUnit.entrySet()) {
            List<String> bySize = new ArrayList<>(e.getValue());
            bySize.sort(Comparator.comparingDouble(size).reversed());
            List<String> current = new ArrayList<>();
            double top = 0;
            List<List<String>> clusters = new ArrayList<>();
            for (String k : bySize) {
                double s = size.applyAsDouble(k);
                if (current.isEmpty()) {
                    top = s;
                } else if (s < top / SPAN) {
                    clusters.add(current);
                    current = new ArrayList<>();
                    top = s;
                }
                current.add(k);
            }
            clusters.add(current);
            for (List<String> c : clusters) {
                List<String> ordered = e.getValue().stream().filter(c::contains).toList();
                out.add(new Group(e.getKey(), ordered));
            }
        }
        return out;
    }
}
