package org.fifsim.report.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.analysis.Numbers;
import org.fifsim.report.Block;
import org.fifsim.report.Decision;
import org.fifsim.report.Report;
import org.fifsim.selection.Constraint;
import org.fifsim.selection.DesignOutcome;
import org.fifsim.selection.Feasibility;
import org.fifsim.selection.Outcome;
import org.fifsim.selection.Round;

/**
 * The report of a selection, led by the decision in one sentence, then every design side by side on every headline
 * figure (feasible or not), the multiple comparisons with the best, the feasibility verdicts and the elimination log.
 */
final class SelectionReport {
    private SelectionReport() {
    }

    /**
     * The decision: "remote-fleet-18 is best on total cost among the designs that meet service, with probability
     * ≥ 95% when the best beats the rest by ≥ 1 M CNY/yr; 3 designs were infeasible."
     */
    static String decision(Outcome o) {
        Shown kpi = Shown.of(o.goal().kpi());
        int k = o.designs().size();
        return switch (o.status()) {
            case SELECTED -> o.selected() + " is best on " + kpi.inSentence() + " (" + (o.goal().maximize()
                    ? "highest" : "lowest") + ") among the " + k + " designs" + (o.constraints().isEmpty() ? ""
                    : " that meet service") + ", with probability ≥ " + percent(o.settings().pcs()) + " when the best"
                    + " beats the rest by ≥ " + kpi.amount(o.goal().delta()) + (o.constraints().isEmpty() ? "."
                    : "; " + Numbers.count(o.infeasible(), "design") + (o.infeasible() == 1 ? " was" : " were")
                    + " infeasible.");
            case BUDGET_REACHED -> "No design is selected: the budget of " + o.settings().maxReplications()
                    + " replications ran out with " + String.join(", ", o.contenders()) + " still in contention, so "
                    + "the guarantee was not reached; the intervals below say how close they are.";
            case NONE_FEASIBLE -> "No design meets service: all " + k + " were found infeasible.";
        };
    }

    static String percent(double p) {
        return Shown.trimmed(100 * p) + "%";
    }

    static Report build(Outcome o, Map<String, List<KpiSummary>> kpis, List<Block.Figure> figures, String where,
            double seconds) {
        List<Report.Section> sections = new ArrayList<>();
        List<Block> lead = new ArrayList<>();
        lead.add(new Block.Paragraph(decision(o)));
        lead.add(new Block.Notice(o.status() == Outcome.Status.SELECTED ? Block.Level.NOTE : Block.Level.WARNING,
                "Guarantee: " + o.guarantee() + "."));
        lead.add(sideBySide(o, kpis));
        sections.add(new Report.Section("decision", "Decision", lead));
        List<Block> best = new ArrayList<>();
        best.add(new Block.Paragraph("Each feasible design's mean " + Shown.of(o.goal().kpi()).inSentence()
                + " minus the best of the others, with its interval of multiple comparisons with the best (Hsu): "
                + "all intervals hold together with the selection's probability. An interval that reaches "
                + (o.goal().maximize() ? "above" : "below") + " zero leaves the design a possible best."));
        if (o.designs().stream().anyMatch(d -> d.mcb() != null)) {
            best.add(mcbTable(o));
        } else {
            best.clear();
        }
        figures.forEach(best::add);
        sections.add(new Report.Section("best", best.size() > figures.size() ? "How far each design is from the best"
                : "Designs in contention", best));
        if (!o.constraints().isEmpty()) {
            sections.add(new Report.Section("feasibility", "Service constraints", List.of(
                    new Block.Paragraph("Each design's mean against each bound, checked sequentially (Andradóttir & "
                            + "Kim 2010) until it is clearly below or above; a design within eps of a bound may go "
                            + "either way."), feasibilityTable(o))));
        }
        sections.add(new Report.Section("log", "Elimination, round by round", List.of(logTable(o))));
        sections.add(new Report.Section("settings", "Settings", List.of(settings(o, where, seconds))));
        return new Report("Selection: best of " + o.designs().size() + " designs on " + Shown.of(o.goal().kpi())
                .inSentence(), o.total() + " replications in " + o.rounds().size() + " rounds", sections);
    }

    /** Every design side by side on every headline figure it has: mean and 95% interval, feasible or not. */
    static Block.Table sideBySide(Outcome o, Map<String, List<KpiSummary>> kpis) {
        List<String> header = new ArrayList<>();
        header.add("Figure");
        o.designs().forEach(d -> header.add(d.name() + (d.name().equals(o.selected()) ? " (selected)" : "")));
        List<List<String>> rows = new ArrayList<>();
        List<String> standing = new ArrayList<>();
        standing.add("Standing");
        o.designs().forEach(d -> standing.add(standing(o, d)));
        rows.add(standing);
        List<String> reps = new ArrayList<>();
        reps.add("Replications");
        o.designs().forEach(d -> reps.add(Integer.toString(d.replications())));
        rows.add(reps);
        for (Decision.Figure f : Decision.FIGURES) {
            if (o.designs().stream().anyMatch(d -> !KpiSummary.byName(kpis.get(d.name())).containsKey(f.kpi()))) {
                continue;
            }
            List<String> row = new ArrayList<>();
            row.add(f.name() + " (" + f.unit() + ")");
            for (DesignOutcome d : o.designs()) {
                var e = KpiSummary.byName(kpis.get(d.name())).get(f.kpi()).estimate();
                double half = e.halfWidth() * f.factor();
                int dec = Numbers.decimalsFor(e.mean() * f.factor(), half);
                row.add(Numbers.format(e.mean() * f.factor(), dec) + " "
                        + Numbers.interval(e.ci95Low() * f.factor(), e.ci95High() * f.factor(), dec));
            }
            rows.add(row);
        }
        boolean[] numeric = new boolean[header.size()];
        java.util.Arrays.fill(numeric, 1, numeric.length, true);
        return new Block.Table(header, numeric, rows, List.of());
    }

    /** "selected", "eliminated in round 3", "infeasible", "undecided", "in contention". */
    static String standing(Outcome o, DesignOutcome d) {
        if (d.name().equals(o.selected())) {
            return "selected";
        }
        if (d.feasibility() == Feasibility.INFEASIBLE) {
            return "infeasible";
        }
        if (d.feasibility() == Feasibility.UNDECIDED) {
            return "feasibility undecided";
        }
        return d.eliminatedInRound() >= 0 ? "eliminated in round " + d.eliminatedInRound() : "in contention";
    }

    private static Block.Table mcbTable(Outcome o) {
        Shown kpi = Shown.of(o.goal().kpi());
        List<List<String>> rows = new ArrayList<>();
        List<Integer> muted = new ArrayList<>();
        for (DesignOutcome d : o.designs()) {
            if (d.mcb() == null) {
                continue;
            }
            double lo = d.mcb().low() * kpi.factor();
            double hi = d.mcb().high() * kpi.factor();
            int dec = Numbers.decimalsFor(Math.max(Math.abs(lo), Math.abs(hi)));
            rows.add(List.of(d.name(), Numbers.format(d.mean() * kpi.factor(), dec), Numbers.interval(lo, hi, dec),
                    Integer.toString(d.replications()), standing(o, d)));
            if (!d.name().equals(o.selected()) && (o.goal().maximize() ? hi <= 0 : lo >= 0)) {
                muted.add(rows.size() - 1);
            }
        }
        return new Block.Table(List.of("Design", kpi.name() + " (" + kpi.unit() + ")", "Minus best of others, MCB",
                "Replications", "Standing"), new boolean[] {false, true, true, true, false}, rows, muted);
    }

    private static Block.Table feasibilityTable(Outcome o) {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> muted = new ArrayList<>();
        for (DesignOutcome d : o.designs()) {
            for (int l = 0; l < o.constraints().size(); l++) {
                Constraint c = o.constraints().get(l);
                Shown s = Shown.of(c.kpi());
                rows.add(List.of(d.name(), s.name() + (c.atMost() ? " ≤ " : " ≥ ") + s.amount(c.bound()),
                        s.amount(c.eps()), s.amount(d.constraintMeans().get(l)), Integer.toString(d.replications()),
                        d.constraintVerdicts().get(l).name().toLowerCase(java.util.Locale.ROOT)));
                if (d.constraintVerdicts().get(l) == Feasibility.INFEASIBLE) {
                    muted.add(rows.size() - 1);
                }
            }
        }
        return new Block.Table(List.of("Design", "Constraint", "Tolerance eps", "Mean", "Replications", "Verdict"),
                new boolean[] {false, false, true, true, true, false}, rows, muted);
    }

    private static Block.Table logTable(Outcome o) {
        List<List<String>> rows = new ArrayList<>();
        for (Round r : o.rounds()) {
            rows.add(List.of(Integer.toString(r.number()), r.phase(), Integer.toString(r.replications()),
                    Long.toString(r.total()), Integer.toString(r.contenders().size()), String.join(", ",
                    r.eliminated()), String.join(", ", r.feasible()), String.join(", ", r.infeasible())));
        }
        return new Block.Table(List.of("Round", "Phase", "Replications each", "Total", "In contention", "Eliminated",
                "Found feasible", "Found infeasible"), new boolean[] {true, false, true, true, true, false, false,
                false}, rows, List.of());
    }

    private static Block.Facts settings(Outcome o, String where, double seconds) {
        List<Block.Fact> f = new ArrayList<>();
        f.add(new Block.Fact("Ranked on", o.goal().kpi() + (o.goal().maximize() ? ", maximised" : ", minimised")));
        f.add(new Block.Fact("Indifference zone delta", Shown.of(o.goal().kpi()).amount(o.goal().delta())));
        f.add(new Block.Fact("Probability of correct selection", percent(o.settings().pcs()) + " (feasibility "
                + Numbers.format(o.alphaF()) + " + selection " + Numbers.format(o.alphaS()) + " of error)"));
        o.constraints().forEach(c -> f.add(new Block.Fact("Constraint", c.kpi() + (c.atMost() ? " <= " : " >= ")
                + c.bound() + ", eps " + c.eps())));
        f.add(new Block.Fact("KN eta, h²", Numbers.format(o.etaSelection()) + ", " + Numbers.format(o.h2Selection())));
        if (!o.constraints().isEmpty()) {
            f.add(new Block.Fact("Feasibility eta, h²", Numbers.format(o.etaFeasibility()) + ", "
                    + Numbers.format(o.h2Feasibility())));
        }
        f.add(new Block.Fact("First stage n0, batch", o.settings().n0() + ", " + o.settings().batch()));
        f.add(new Block.Fact("Replication numbers from", Integer.toString(o.settings().first())));
        f.add(new Block.Fact("Budget", o.settings().maxReplications() == Integer.MAX_VALUE ? "none"
                : o.settings().maxReplications() + " replications"));
        f.add(new Block.Fact("Replications used", o.total() + " (a two-stage Bonferroni plan with equal allocation, "
                + "Nelson & Matejcik, would run " + o.equalAllocation() + " for the selection alone)"));
        // no wall time here: the report is rewritten byte for byte when nothing changed (the console prints it)
        f.add(new Block.Fact("Ran on", where));
        return new Block.Facts(f);
    }
}
