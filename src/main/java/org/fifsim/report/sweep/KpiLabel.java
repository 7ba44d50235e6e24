package org.fifsim.report.sweep;

import java.util.Locale;
import java.util.Map;

/**
 * A KPI's name in words for a chart title or axis: the KPI registry's label ("Cost per good pack"), or for a name
 * without one, the name in words: the unit suffix goes (the axis states the unit) and a few abbreviations are written
 * as people write them ("co2_total_t" would read "CO2 total").
 */
final class KpiLabel {
    private static final String[] UNIT_SUFFIXES = {"_cny", "_kwh", "_kg", "_t", "_h", "_d"};
    private static final Map<String, String> WORDS = Map.of("co2", "CO2", "pv", "PV", "p50", "median", "p95",
            "95th percentile", "kwh", "kWh", "cny", "CNY");

    private KpiLabel() {
    }

    static String of(String kpi) {
        // the registry's plain name when it has one of its own ("Cost per good pack")
        org.fifsim.results.Kpi registered = org.fifsim.results.Kpis.get(kpi);
        if (registered != null && registered.label() != null && !registered.label().isBlank()
                && !registered.label().equals(kpi)) {
            return registered.label();
        }
        String s = kpi;
        for (String suffix : UNIT_SUFFIXES) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        StringBuilder b = new StringBuilder();
        for (String word : s.split("_")) {
            if (word.isEmpty()) {
                continue;
            }
            b.append(b.length() == 0 ? "" : " ").append(WORDS.getOrDefault(word, word));
        }
        String out = b.toString();
        return out.isEmpty() ? kpi : out.substring(0, 1).toUpperCase(Locale.ROOT) + out.substring(1);
    }
}
