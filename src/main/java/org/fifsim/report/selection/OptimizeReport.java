package org.fifsim.report.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.fifsim.analysis.Numbers;
import org.fifsim.optimize.OptimizeOutcome;
import org.fifsim.optimize.Study;
import org.fifsim.optimize.Variable;
import org.fifsim.optimize.Visited;
import org.fifsim.report.Block;
import org.fifsim.report.Report;
import org.fifsim.selection.Constraint;
import org.fifsim.selection.DesignOutcome;
import org.fifsim.selection.Outcome;
import org.fifsim.stats.Estimate;

/**
 * The report of a study, led by the answer in plain words (the best design's values, its clean-up estimate, how it
 * compares with the scenario as typed), the guarantee as it holds, the convergence of the search, the designs
 * visited and the settings. The clean-up's own selection report is in {@code cleanup/}.
 */
final class OptimizeReport {
    /** Designs shown in the report's table; designs.csv has them all. */
    static final int SHOWN = 20;

    private OptimizeReport() {
    }

    /** A decided key in words: a stage's field by the stage's name ("road fleet"), else its last part. */
    static String label(String key) {
        String[] parts = key.split("\\.");
        String last = parts[parts.length - 1].replace('_', ' ');
        int stages = java.util.Arrays.asList(parts).indexOf("stages");
        if (stages >= 0 && stages + 2 < parts.length) {
            return parts[stages + 1] + " " + last;
        }
        return last;
    }

    /** The design's values in words: "fg-warehouse target cover 9h, road fleet 11". */
    static String values(Study study, int[] levels) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            Variable v = study.space().variables().get(i);
            out.add(label(v.key()) + " " + v.text(levels[i]));
        }
        return String.join(", ", out);
    }

    /** "keeps vehicle line starved for packs at most 1%". */
    static String service(List<Constraint> constraints) {
        List<String> out = new ArrayList<>();
        for (Constraint c : constraints) {
            Shown s = Shown.of(c.kpi());
            out.add(s.inSentence() + (c.atMost() ? " at most " : " at least ") + s.amount(c.bound()));
        }
        return out.isEmpty() ? "" : " that keeps " + String.join(" and ", out);
    }

    /** "Cheapest design", "Design with the highest vehicles built". */
    static String what(Study study) {
        Shown s = Shown.of(study.goal().kpi());
        if (!study.goal().maximize() && study.goal().kpi().startsWith("cost_")) {
            return "Cheapest design";
        }
        return "Design with the " + (study.goal().maximize() ? "highest " : "lowest ") + s.inSentence();
    }

    /** The interval at the precision its half-width warrants (two significant digits of it), as every report. */
    static String interval(Shown s, Estimate e) {
        int d = decimals(s, e);
        return Numbers.interval(e.ci95Low() * s.factor(), e.ci95High() * s.factor(), d);
    }

    private static int decimals(Shown s, Estimate e) {
        double half = (e.ci95High() - e.ci95Low()) / 2 * s.factor();
        return Numbers.decimalsFor(e.mean() * s.factor(), half);
    }

    /** A mean at its interval's precision, with the unit. */
    private static String amount(Shown s, Estimate e, double v) {
        return s.amount(v, decimals(s, e));
    }

    /** The answer in one paragraph. */
    static String answer(StudyResults r, Estimate best, Estimate difference) {
        Study study = r.study();
        OptimizeOutcome o = r.outcome();
        Shown s = Shown.of(study.goal().kpi());
        if (o.best() == null) {
            Outcome c = o.cleanup();
            String why = c == null ? "no design visited was found feasible"
                    : c.status() == Outcome.Status.NONE_FEASIBLE ? "no design that went to the clean-up meets service"
                    : "the clean-up's budget of " + c.settings().maxReplications() + " replications ran out with "
                            + c.contenders().size() + " designs still in contention";
            return "No design is selected: " + why + ". Nothing below is a recommendation.";
        }
        StringBuilder b = new StringBuilder();
        b.append(what(study)).append(service(study.constraints())).append(": ")
                .append(values(study, o.bestLevels())).append("; ").append(amount(s, best, best.mean())).append(' ')
                .append(interval(s, best));
        if (difference == null) {
            b.append("; the scenario as typed is this design.");
        } else {
            double d = difference.mean();
            boolean lower = d < 0;
            b.append("; ").append(amount(s, difference, Math.abs(d))).append(lower ? " below" : " above")
                    .append(" the scenario as typed ").append(interval(s, difference)).append('.');
        }
        return b.toString();
    }

    /** The guarantee, exactly as it holds. */
    static String guarantee(Study study, OptimizeOutcome o) {
        Outcome c = o.cleanup();
        long survived = o.visited().stream().filter(Visited::survived).count();
        String pcs = SelectionReport.percent(study.cleanup().pcs());
        Shown s = Shown.of(study.goal().kpi());
        if (o.best() == null || c == null || c.status() != Outcome.Status.SELECTED) {
            return "no guarantee: no design was selected";
        }
        String among = c.designs().size() < survived ? "the best of the " + c.designs().size() + " designs that "
                + "went to the clean-up (the best by the search's estimates of the " + survived + " that survived "
                + "screening, of " + o.visited().size() + " visited)" : "the best of the " + o.visited().size()
                + " designs visited";
        // the design in words, as the answer names it: its override string is in best.json's "name"
        return "the chosen design (" + values(study, o.bestLevels()) + ") is " + among + (study.constraints().isEmpty() ? "" : " among those that meet service")
                + ", with probability ≥ " + pcs + " when the best beats the next by at least "
                + s.amount(study.goal().delta()) + " (screening on the search's data, then selection on fresh "
                + "replications from " + o.firstCleanupReplication() + "; Boesel, Nelson & Kim 2003); not a proof "
                + "of a global optimum: designs the search never visited are not covered";
    }

    static Report build(StudyResults r, Estimate[] best, Estimate[] typed, Estimate[] difference,
            List<Block.Figure> figures, long typedReplications) {
        Study study = r.study();
        OptimizeOutcome o = r.outcome();
        List<Report.Section> sections = new ArrayList<>();
        List<Block> lead = new ArrayList<>();
        lead.add(new Block.Paragraph(answer(r, best == null ? null : best[0], difference == null ? null
                : difference[0])));
        Outcome c = o.cleanup();
        boolean selected = c != null && c.status() == Outcome.Status.SELECTED && o.best() != null;
        lead.add(new Block.Notice(selected ? Block.Level.NOTE : Block.Level.WARNING, "Guarantee: " + guarantee(r.study(), r.outcome())
                + "."));
        if (difference != null) {
            Estimate d = difference[0];
            boolean worse = study.goal().maximize() ? d.ci95High() < 0 : d.ci95Low() > 0;
            boolean notClear = study.goal().maximize() ? d.mean() < 0 : d.mean() > 0;
            if (worse || notClear) {
                lead.add(new Block.Notice(Block.Level.WARNING, "The scenario as typed does " + (worse ? "better"
                        : "no worse, within noise,") + " than the design chosen on " + Shown.of(study.goal().kpi())
                        .inSentence() + ", on the same fresh replications" + (sentToCleanup(r) ? " (within the "
                        + "indifference zone the clean-up allows)" : ": it was not among the designs sent to the "
                        + "clean-up, so the guarantee does not cover it") + ". The search's estimates (" + study.search()
                        .perDesign() + " replications per design at first) were too noisy here; give the search more "
                        + "replications or budget, or a longer horizon."));
            }
        }
        if (best != null) {
            lead.add(againstTyped(r, best, typed, difference));
            lead.add(new Block.Paragraph("The best's figures are from its " + best[0].n() + " fresh clean-up "
                    + "replications (from " + o.firstCleanupReplication() + "), so choosing it biases none of them; "
                    + (difference == null ? "" : "the scenario as typed ran the same replications, so the difference"
                    + " is paired. ") + "best.yaml is the chosen design as a scenario file ready to run."));
        }
        sections.add(new Report.Section("answer", "Answer", lead));

        List<Block> search = new ArrayList<>();
        long survived = o.visited().stream().filter(Visited::survived).count();
        long feasible = o.visited().stream().filter(Visited::feasible).count();
        long cleanup = c == null ? 0 : c.total();
        search.add(new Block.Paragraph("The search visited " + Numbers.count(o.visited().size(), "design") + " of "
                + space(study) + " in " + Numbers.count(Math.max(0, o.generations().size() - 1), "generation")
                + ", " + o.searchReplications() + " replications (" + study.search().perDesign() + " per design when "
                + "first visited); " + feasible + " looked feasible on its data and " + survived + " survived "
                + "screening. The clean-up ran " + cleanup + " fresh replications"
                + (typedReplications > 0 ? ", and the scenario as typed " + typedReplications + " more for the "
                + "comparison" : "") + "."));
        search.addAll(figures);
        sections.add(new Report.Section("search", "Search", search));

        sections.add(new Report.Section("designs", "Designs visited", List.of(new Block.Paragraph("The "
                + Math.min(SHOWN, o.visited().size()) + " best by the search's estimates, those that looked feasible "
                + "first; designs.csv lists all " + o.visited().size() + "."), visitedTable(r))));
        if (c != null) {
            sections.add(new Report.Section("cleanup", "Clean-up", List.of(new Block.Paragraph(
                    SelectionReport.decision(c) + " (The clean-up's selection spends half of the study's error, "
                            + "the screen the other half: hence its " + SelectionReport.percent(c.settings().pcs())
                            + " against the study's " + SelectionReport.percent(study.cleanup().pcs()) + ".) Its own "
                            + "report, with every headline figure of each design, is cleanup/report.md."))));
        }
        sections.add(new Report.Section("settings", "Settings", List.of(settings(r))));
        return new Report("Study: " + what(study).toLowerCase(Locale.ROOT) + service(study.constraints()),
                study.description().isEmpty() ? study.file().toString() : study.description(), sections);
    }

    private static boolean sentToCleanup(StudyResults r) {
        Outcome c = r.outcome().cleanup();
        return c != null && r.asTyped() != null && c.designs().stream()
                .anyMatch(d -> d.name().equals(r.asTyped().design()));
    }

    private static String space(Study study) {
        return Numbers.count(study.space().size(), "possible design");
    }

    private static Block.Table againstTyped(StudyResults r, Estimate[] best, Estimate[] typed, Estimate[] diff) {
        List<String> kpis = new ArrayList<>();
        kpis.add(r.study().goal().kpi());
        r.study().constraints().forEach(c -> kpis.add(c.kpi()));
        List<String> header = new ArrayList<>(List.of("Figure", "Best (clean-up)"));
        if (typed != null) {
            header.add("Scenario as typed");
            header.add("Best minus as typed");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < kpis.size(); k++) {
            Shown s = Shown.of(kpis.get(k));
            List<String> row = new ArrayList<>();
            row.add(s.name().equals(s.kpi()) ? s.kpi() : s.name() + " (" + s.unit() + ")");
            row.add(cell(s, best[k]));
            if (typed != null) {
                row.add(cell(s, typed[k]));
                row.add(diff == null ? "0 (the same design)" : cell(s, diff[k]));
            }
            rows.add(row);
        }
        boolean[] numeric = new boolean[header.size()];
        java.util.Arrays.fill(numeric, 1, numeric.length, true);
        return new Block.Table(header, numeric, rows, List.of());
    }

    private static String cell(Shown s, Estimate e) {
        return Numbers.format(e.mean() * s.factor(), decimals(s, e)) + " " + interval(s, e);
    }

    private static Block.Table visitedTable(StudyResults r) {
        Study study = r.study();
        OptimizeOutcome o = r.outcome();
        Shown s = Shown.of(study.goal().kpi());
        Comparator<Visited> byMean = Comparator.comparingDouble(v -> study.goal().maximize() ? -v.mean() : v.mean());
        List<Visited> shown = o.visited().stream().sorted(Comparator.comparing((Visited v) -> !v.feasible())
                .thenComparing(byMean)).limit(SHOWN).toList();
        List<String> header = new ArrayList<>();
        study.space().variables().forEach(v -> header.add(label(v.key())));
        header.add("Replications");
        header.add(s.name().equals(s.kpi()) ? s.kpi() : s.name() + " (" + s.unit() + ")");
        study.constraints().forEach(c -> header.add(Shown.of(c.kpi()).name() + " (" + Shown.of(c.kpi()).unit() + ")"));
        header.add("Standing");
        List<List<String>> rows = new ArrayList<>();
        for (Visited v : shown) {
            List<String> row = new ArrayList<>();
            int[] levels = v.levels();
            for (int i = 0; i < levels.length; i++) {
                row.add(study.space().variables().get(i).text(levels[i]));
            }
            row.add(Integer.toString(v.replications()));
            row.add(Shown.trimmed(v.mean() * s.factor()) + " ± " + Shown.trimmed(v.halfWidth() * s.factor()));
            for (int k = 0; k < study.constraints().size(); k++) {
                Shown cs = Shown.of(study.constraints().get(k).kpi());
                row.add(Shown.trimmed(v.constraintMeans().get(k) * cs.factor()));
            }
            row.add(standing(o, v));
            rows.add(row);
        }
        boolean[] numeric = new boolean[header.size()];
        java.util.Arrays.fill(numeric, true);
        numeric[header.size() - 1] = false;
        return new Block.Table(header, numeric, rows, List.of());
    }

    static String standing(OptimizeOutcome o, Visited v) {
        if (v.design().equals(o.best())) {
            return "selected";
        }
        DesignOutcome d = o.cleanup() == null ? null : o.cleanup().designs().stream()
                .filter(x -> x.name().equals(v.design())).findFirst().orElse(null);
        if (d != null) {
            return d.eliminatedInRound() >= 0 ? "clean-up: eliminated in round " + d.eliminatedInRound()
                    : "clean-up: " + d.feasibility().name().toLowerCase(Locale.ROOT);
        }
        if (!v.feasible()) {
            return "looked infeasible";
        }
        return v.survived() ? "survived screening" : "screened out";
    }

    private static Block.Facts settings(StudyResults r) {
        Study study = r.study();
        List<Block.Fact> f = new ArrayList<>();
        f.add(new Block.Fact("Study", study.file().toString()));
        f.add(new Block.Fact("Scenario", study.scenario().toString() + (study.set().isEmpty() ? "" : ", with "
                + String.join(", ", study.set().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .toList()))));
        for (Variable v : study.space().variables()) {
            f.add(new Block.Fact("Decided: " + v.key(), v.text(0) + " to " + v.text(v.levels() - 1) + " in "
                    + v.levels() + " steps" + (study.typed().containsKey(v.key()) ? "; as typed "
                    + study.typed().get(v.key()) : "")));
        }
        f.add(new Block.Fact("Start", study.space().name(study.start())));
        f.add(new Block.Fact((study.goal().maximize() ? "Maximised" : "Minimised"), study.goal().kpi()
                + ", indifference zone " + Shown.of(study.goal().kpi()).amount(study.goal().delta())));
        study.constraints().forEach(c -> f.add(new Block.Fact("Constraint", c.kpi() + (c.atMost() ? " <= " : " >= ")
                + c.bound() + ", eps " + c.eps())));
        f.add(new Block.Fact("Search", study.search().perDesign() + " replications per design, budget "
                + study.search().budget() + ", search seed " + study.search().seed()));
        f.add(new Block.Fact("Clean-up", "n0 " + study.cleanup().n0() + ", batch " + study.cleanup().batch() + ", "
                + SelectionReport.percent(study.cleanup().pcs()) + ", at most " + study.search().cleanupDesigns()
                + " designs and " + study.cleanup().maxReplications() + " replications"));
        f.add(new Block.Fact("Simulation seed", Long.toString(r.base().run().seed()) + " (every design: common "
                + "random numbers)"));
        // no wall time here: a resumed or rerun study rewrites its report byte for byte (the console prints it)
        f.add(new Block.Fact("Ran on", r.where()));
        return new Block.Facts(f);
    }
}
