package org.fifsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.scenario.Scenario;

/** What a run prints on stdout: its headline figures with 95% intervals and its service verdict. */
final class Console {
    private Console() {
    }

    static void printSummary(PrintWriter out, Scenario s, List<KpiSummary> kpis, Path target) {
        out.printf(Locale.ROOT, "%s: %d replications, seed %d -> %s%n", s.name(), s.run().replications(),
                s.run().seed(), target);
        // the headline figures in plain names and display units, then the service verdict; every KPI is in the
        // results files
        org.fifsim.report.ConsoleText.headlines(kpis).forEach(out::println);
        printService(out, s, kpis);
        out.flush();
    }

    /** The design's service verdict, when it states one: the line that says whether its figures can be compared. */
    static void printService(PrintWriter out, Scenario s, List<KpiSummary> kpis) {
        var checks = org.fifsim.analysis.ServiceCheck.of(s.service(), KpiSummary.byName(kpis));
        if (!checks.isEmpty()) {
            out.println(org.fifsim.report.Verdicts.serviceLine(s.name(), checks));
        }
    }

    /** An estimate's 95% interval: "[1,230, 1,250]", "[n/a, n/a]" with one replication. */
    static String interval(org.fifsim.stats.Estimate e) {
        return org.fifsim.analysis.Numbers.interval(num(e.ci95Low()), num(e.ci95High()));
    }

    /** Numbers with sensible precision for a table: large ones grouped, fractions with 4 digits. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
