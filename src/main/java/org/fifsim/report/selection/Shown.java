package org.fifsim.report.selection;

import org.fifsim.analysis.Numbers;
import org.fifsim.report.Decision;
import org.fifsim.results.Kpis;

/**
 * A KPI as a planner reads it: the deciding figures' plain name and unit (total cost in M CNY/yr, starvation in %),
 * or the KPI's own name and unit for the others.
 *
 * @param kpi the KPI
 * @param name its plain name, lower case in a sentence
 * @param unit the unit shown
 * @param factor multiplies a value into {@code unit}
 */
record Shown(String kpi, String name, String unit, double factor) {

    static Shown of(String kpi) {
        for (Decision.Figure f : Decision.FIGURES) {
            if (f.kpi().equals(kpi)) {
                return new Shown(kpi, f.name(), f.unit(), f.factor());
            }
        }
        return new Shown(kpi, kpi, Kpis.unitOf(kpi), 1);
    }

    /** The name in a sentence: "total cost". */
    String inSentence() {
        return name.equals(kpi) ? kpi : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** A number with its own precision, without trailing zeros: 0.05, not 0.05000. */
    static String trimmed(double x) {
        String n = Numbers.format(x);
        return n.contains(".") ? n.replaceAll("0+$", "").replaceAll("\\.$", "") : n;
    }

    /** A value in the shown unit, with its own precision and the unit: "1 M CNY/yr". */
    String amount(double v) {
        return trimmed(v * factor) + suffix();
    }

    /** A value in the shown unit at the given decimals, with the unit: "20.89 M CNY/yr". */
    String amount(double v, int decimals) {
        return Numbers.format(v * factor, decimals) + suffix();
    }

    /** The unit as it follows a number: "%" right after it, anything else after a space. */
    private String suffix() {
        return unit.isEmpty() || unit.equals("%") ? unit : " " + unit;
    }
}
