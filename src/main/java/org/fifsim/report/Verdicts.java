package org.fifsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.analysis.ServiceCheck;
import org.fifsim.scenario.Feasibility;
import org.fifsim.scenario.Scenario;

/**
 * The lines every report shows beside a design's figures: whether it meets its stated service, and what it cannot
 * deliver on paper. The same lines go into summary.json ({@code service}, {@code warnings}), so a reader of either
 * sees them.
 */
public final class Verdicts {
    private Verdicts() {
    }

    /** The service line (a warning when missed or unclear) and one warning per feasibility finding. */
    public static List<Block> blocks(Scenario s, Map<String, KpiSummary> kpis) {
        List<Block> out = new ArrayList<>();
        List<ServiceCheck> checks = ServiceCheck.of(s.service(), kpis);
        if (!checks.isEmpty()) {
            out.add(new Block.Notice(ServiceCheck.anyMissed(checks) ? Block.Level.WARNING : Block.Level.NOTE,
                    serviceLine(s.name(), checks)));
        }
        for (String w : warnings(s)) {
            out.add(new Block.Notice(Block.Level.WARNING, s.name() + ": " + w));
        }
        return out;
    }

    /**
     * "seres-fif meets service: vehicle_line_starved at most 1%: meets (mean 0.35%, one-sided 95% bound 0.45%)";
     * "... misses service: ..." when any requirement is missed, "... service unclear: ..." when none is missed but
     * one is not shown met.
     */
    public static String serviceLine(String name, List<ServiceCheck> checks) {
        boolean missed = ServiceCheck.anyMissed(checks);
        boolean met = checks.stream().allMatch(c -> c.verdict().equals(ServiceCheck.MEETS));
        return name + (missed ? " misses service: " : met ? " meets service: " : " service unclear (more "
                + "replications would tell): ") + String.join("; ", checks.stream().map(ServiceCheck::sentence)
                .toList()) + ".";
    }

    /** What the design cannot deliver on paper, one line each. */
    public static List<String> warnings(Scenario s) {
        return Feasibility.of(s).stream().map(Feasibility.Finding::line).toList();
    }
}
