package org.fifsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fifsim.experiment.sweep.Grid;
import org.fifsim.experiment.sweep.SweepOutcome;
import org.fifsim.report.sweep.KpiText;
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
            String text = g.label(p);
            point.add(text);
            width = Math.max(width, text.length());
        }
        String keys = g.varies().size() == 1 ? g.varies().get(0).key() : "point";
        width = Math.max(width, keys.length());
        for (String kpi : o.kpis()) {
            // the registry's name and unit, as the report: M CNY/yr, %, a share's difference in points
            out.printf(Locale.ROOT, "%s%n", KpiText.heading(kpi));
            StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", keys));
            o.scenarios().forEach(s -> head.append(String.format(Locale.ROOT, "  %-36s", s + " [95% CI]")));
            if (!o.differences().isEmpty()) {
                head.append("  difference [95% CI]");
            }
            out.println(head.toString().stripTrailing());
            for (int p = 0; p < g.points().size(); p++) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", point.get(p)));
                for (int s = 0; s < o.scenarios().size(); s++) {
                    row.append(String.format(Locale.ROOT, "  %-36s", KpiText.level(kpi,
                            o.estimates().get(s).get(p).get(kpi))));
                }
                if (!o.differences().isEmpty()) {
                    Estimate d = o.differences().get(p).get(kpi);
                    row.append("  ").append(KpiText.change(kpi, d))
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
        return org.fifsim.report.sweep.CrossingText.line(o, c);
    }

}
