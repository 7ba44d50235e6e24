package org.fifsim.report.sweep;

import java.util.Locale;
import org.fifsim.analysis.Numbers;
import org.fifsim.results.Kpi;
import org.fifsim.results.Kpis;
import org.fifsim.stats.Estimate;

/**
 * A KPI's figures as the sweep and sensitivity reports print them, all from the KPI registry: its plain name and the
 * unit a planner reads it in (M CNY/yr, %, t CO2/yr), precision by the interval's width, a share's level never below
 * 0 or above 100% and a share's change in percentage points. The same rules as the comparison's decision table.
 */
public final class KpiText {
    private KpiText() {
    }

    /** "Total cost (M CNY/yr)". */
    public static String heading(String kpi) {
        String unit = unit(kpi);
        return KpiLabel.of(kpi) + (unit.isEmpty() ? "" : " (" + unit + ")");
    }

    /** The unit shown: the registry's display unit, the KPI's own unit for an unregistered one. */
    public static String unit(String kpi) {
        Kpi k = Kpis.get(kpi);
        return k == null ? Kpis.unitOf(kpi) : k.display().unit();
    }

    /** The unit of a change: percentage points for a share. */
    public static String changeUnit(String kpi) {
        String u = unit(kpi);
        return u.equals("%") ? "points" : u;
    }

    public static double scale(String kpi) {
        Kpi k = Kpis.get(kpi);
        return k == null ? 1 : k.display().scale();
    }

    /** A level with its interval: "278 [268, 287]"; a share's interval clipped to [0, 100%]. */
    public static String level(String kpi, Estimate e) {
        if (e == null || !Double.isFinite(e.mean())) {
            return "n/a";
        }
        double f = scale(kpi);
        int d = Numbers.decimalsFor(e.mean() * f, e.halfWidth() * f);
        String s = Numbers.format(e.mean() * f, d);
        if (!Double.isFinite(e.ci95Low())) {
            return s;
        }
        double lo = e.ci95Low();
        double hi = e.ci95High();
        if (share(kpi)) {
            // a share cannot be below 0 or above 1, whatever the t-interval's arithmetic says
            lo = Math.max(0, lo);
            hi = Math.min(1, hi);
        }
        return s + " " + Numbers.interval(lo * f, hi * f, d);
    }

    /** A paired change with its interval, in the sign of its mean: "+11 [2, 20]". */
    public static String change(String kpi, Estimate d) {
        if (d == null || !Double.isFinite(d.mean())) {
            return "n/a";
        }
        double f = scale(kpi);
        int dec = Numbers.decimalsFor(d.mean() * f, d.halfWidth() * f);
        return Numbers.signed(d.mean() * f, dec) + (Double.isFinite(d.ci95Low())
                ? " " + Numbers.interval(d.ci95Low() * f, d.ci95High() * f, dec) : "");
    }

    public static boolean share(String kpi) {
        Kpi k = Kpis.get(kpi);
        return k != null && k.aggregation() == Kpi.Aggregation.SHARE;
    }

    /** A scenario key in words: "vehicle_line.takt" as "vehicle line takt". */
    public static String key(String key) {
        return key.replace('_', ' ').replace('.', ' ').toLowerCase(Locale.ROOT);
    }
}
