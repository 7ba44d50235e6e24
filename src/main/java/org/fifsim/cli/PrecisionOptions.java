package org.fifsim.cli;

import java.util.List;
import org.fifsim.results.Kpi;
import org.fifsim.results.Kpis;
import org.fifsim.scenario.io.StrictNumber;
import org.fifsim.scenario.io.Suggest;
import picocli.CommandLine.Option;

/** {@code --precision}, {@code --kpi} and {@code --max-replications}: run until the intervals are narrow enough. */
final class PrecisionOptions {
    /** Held to the target when no --kpi is given: the headline flows and stocks, none of which is near zero. */
    static final List<String> DEFAULT_KPIS = List.of(Kpis.PACKS_GOOD, Kpis.VEHICLES_BUILT, Kpis.PIPELINE_PACKS,
            Kpis.LEAD_TIME_H);
    static final int DEFAULT_CAP = 200;

    @Option(names = "--precision", paramLabel = "P",
            description = "add replications until the 95%% interval of each chosen KPI is within P of its mean, "
                    + "e.g. 1%% or 0.01 (starts from the scenario's replications)")
    String precision;

    @Option(names = "--kpi", paramLabel = "NAME", arity = "1..*",
            description = "KPIs held to --precision (default: packs_good vehicles_built pipeline_packs lead_time_h;"
                    + " a KPI near 0, such as vehicle_line_starved with ample stock, may never reach a relative "
                    + "target)")
    List<String> kpis;

    @Option(names = "--max-replications", paramLabel = "N",
            description = "most replications --precision may run (default " + DEFAULT_CAP + ")")
    Integer maxReplications;

    boolean active() {
        return precision != null;
    }

    /** Problems with the values, or null. */
    String check() {
        if (precision == null) {
            if (kpis != null || maxReplications != null) {
                return (kpis != null ? "--kpi" : "--max-replications") + " needs --precision";
            }
            return null;
        }
        double t = target();
        if (!(t > 0 && t < 1)) {
            return "--precision must be a share between 0 and 1 (e.g. 1% or 0.01), got '" + precision + "'";
        }
        if (maxReplications != null && (maxReplications < 2 || maxReplications > 10_000)) {
            return "--max-replications must be between 2 and 10000, got " + maxReplications;
        }
        for (String k : chosen()) {
            if (Kpis.get(k) == null) {
                List<String> known = Kpis.all().stream().map(Kpi::name).toList();
                String hint = Suggest.closest(k, known);
                return "--kpi: unknown KPI '" + k + "'" + (hint != null ? "\ndid you mean '" + hint + "'?"
                        : "\nknown KPIs: " + String.join(", ", known));
            }
        }
        return null;
    }

    /** The target as a share (a number as a scenario file writes it, or a percentage); NaN when it does not parse. */
    double target() {
        String p = precision.strip();
        boolean percent = p.endsWith("%");
        Double v = StrictNumber.parse(percent ? p.substring(0, p.length() - 1) : p);
        return v == null ? Double.NaN : percent ? v / 100 : v;
    }

    List<String> chosen() {
        return kpis == null || kpis.isEmpty() ? DEFAULT_KPIS : kpis;
    }

    int cap() {
        return maxReplications != null ? maxReplications : DEFAULT_CAP;
    }
}
