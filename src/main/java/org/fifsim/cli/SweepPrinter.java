package org.fifsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fifsim.experiment.sweep.Crossing;
import org.fifsim.experiment.sweep.Grid;
import org.fifsim.experiment.sweep.SweepOutcome;
import org.fifsim.results.Kpis;
import org.fifsim.stats.Estimate;

/** What a sweep prints on stdout: per KPI asked, a row per point with each scenario's mean and interval; crossings. */
final class SweepPrinter {
    private SweepPrinter() {
    }

    static void print(PrintWriter out, SweepOutcome o, Path target) {
        Grid g = o.grid();
        out.printf(Locale.ROOT, "sweep %s: %d points x %d replications, seed %d (common random numbers) -> %s%n",
                String.join(" vs ", o.scenarios()), g.points().size(), o.replications(), o.seed(), target);
        List<String> point = new ArrayList<>();
        int width = 5;
        for (int p = 0; p < g.points().size(); p++) {
            String text = String.join(" ", g.overrides(p).entrySet().stream()
                    .map(e -> (g.varies().size() == 1 ? "" : e.getKey() + "=") + e.getValue()).toList());
            point.add(text);
            width = Math.max(width, text.length());
        }
        String keys = g.varies().size() == 1 ? g.varies().get(0).key() : "point";
        width = Math.max(width, keys.length());
        for (String kpi : o.kpis()) {
            String unit = Kpis.unitOf(kpi);
            out.printf(Locale.ROOT, "%s%s%n", kpi, unit.isEmpty() ? "" : " (" + unit + ")");
            StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", keys));
            o.scenarios().forEach(s -> head.append(String.format(Locale.ROOT, "  %-36s", s + " [95% CI]")));
            if (!o.differences().isEmpty()) {
                head.append("  difference [95% CI]");
            }
            out.println(head.toString().stripTrailing());
            for (int p = 0; p < g.points().size(); p++) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", point.get(p)));
                for (int s = 0; s < o.scenarios().size(); s++) {
                    row.append(String.format(Locale.ROOT, "  %-36s", cell(o.estimates().get(s).get(p), kpi)));
                }
                if (!o.differences().isEmpty()) {
                    Estimate d = o.differences().get(p).get(kpi);
                    row.append("  ").append(cell(o.differences().get(p), kpi))
                            .append(d != null && d.includesZero() ? "  (includes 0)" : "");
                }
                out.println(row.toString().stripTrailing());
            }
        }
        for (SweepOutcome.LineCrossing c : o.crossings()) {
            out.println(crossingLine(o, c));
        }
        out.flush();
    }

    static String crossingLine(SweepOutcome o, SweepOutcome.LineCrossing c) {
        String along = o.grid().varies().get(0).key();
        String diff = o.scenarios().get(1) + " - " + o.scenarios().get(0);
        String where = c.line().fixed().isEmpty() ? "" : " at " + c.line().fixed();
        Crossing x = c.crossing();
        String xk = o.xKpi() != null && Double.isFinite(c.xKpiValue())
                ? String.format(Locale.ROOT, " (%s of %s %s)", o.xKpi(), o.scenarios().get(0),
                        Console.num(c.xKpiValue()))
                : "";
        return switch (x.kind()) {
            case NONE -> String.format(Locale.ROOT, "crossing %s%s: none: %s keeps its sign, interval excludes 0 "
                    + "at every %s", c.kpi(), where, diff, along);
            case AT_FIRST_POINT -> String.format(Locale.ROOT, "crossing %s%s: at the first point, %s=%s%s: the "
                    + "interval of %s includes 0 there", c.kpi(), where, along, c.at(), xk, diff);
            case INTERVAL -> String.format(Locale.ROOT, "crossing %s%s: %s=%s%s, where the interval of %s reaches 0 "
                    + "(interpolated between %s and %s)", c.kpi(), where, along, c.at(), xk, diff,
                    value(o, c, x.index() - 1), value(o, c, x.index()));
            case SIGN -> String.format(Locale.ROOT, "crossing %s%s: %s=%s%s, where the mean of %s changes sign "
                    + "(interpolated between %s and %s)", c.kpi(), where, along, c.at(), xk, diff,
                    value(o, c, x.index() - 1), value(o, c, x.index()));
        };
    }

    private static String value(SweepOutcome o, SweepOutcome.LineCrossing c, int i) {
        return o.grid().level(c.line().points().get(i), 0).text();
    }

    private static String cell(Map<String, Estimate> row, String kpi) {
        Estimate e = row.get(kpi);
        if (e == null) {
            return "n/a";
        }
        return Console.num(e.mean()) + " [" + Console.num(e.ci95Low()) + ", " + Console.num(e.ci95High()) + "]";
    }
}
