package org.fifsim.report.selection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.optimize.Generation;
import org.fifsim.optimize.OptimizeOutcome;
import org.fifsim.optimize.Study;
import org.fifsim.optimize.Variable;
import org.fifsim.optimize.Visited;
import org.fifsim.report.Block;
import org.fifsim.report.MarkdownReport;
import org.fifsim.report.Report;
import org.fifsim.report.ReportFiles;
import org.fifsim.report.figure.OptimizeFigures;
import org.fifsim.scenario.io.ScenarioException;
import org.fifsim.scenario.io.ScenarioYaml;
import org.fifsim.selection.DesignOutcome;
import org.fifsim.selection.Outcome;
import org.fifsim.stats.Estimate;
import org.fifsim.stats.PairedDifference;
import org.fifsim.store.CsvFile;
import org.fifsim.store.Json;
import org.fifsim.store.Manifest;
import org.fifsim.store.ResultsFolder;

/**
 * Writes the results folder of a study, atomically over the folder the search saved its history in: history.csv,
 * designs.csv, best.json, best.yaml, the clean-up's selection in {@code cleanup/}, the convergence chart,
 * report.md/report.html, summary.md, manifest.json, and the study with its identity (study.yaml, study.json) so
 * that the same command can resume or extend it.
 */
public final class OptimizeWriter {
    public static final String BEST_JSON = "best.json";
    public static final String BEST_YAML = "best.yaml";
    public static final String DESIGNS = "designs.csv";
    /** The study file as given, kept with its results. */
    public static final String STUDY_COPY = "study.yaml";
    /** What a resumed run must match: the study's and its scenario files' digests. */
    public static final String IDENTITY = "study.json";
    public static final String CLEANUP = "cleanup";

    private OptimizeWriter() {
    }

    public static void write(Path target, StudyResults r) throws IOException {
        OptimizeOutcome o = r.outcome();
        Study study = r.study();
        int columns = 1 + study.constraints().size();
        Estimate[] best = null;
        Estimate[] typed = null;
        Estimate[] diff = null;
        if (r.asTyped() != null) {
            best = new Estimate[columns];
            typed = new Estimate[columns];
            boolean same = r.asTyped().design().equals(o.best());
            diff = same ? null : new Estimate[columns];
            for (int k = 0; k < columns; k++) {
                double[] b = column(r.asTyped().best(), k);
                double[] t = column(r.asTyped().typed(), k);
                best[k] = Estimate.of(b);
                typed[k] = Estimate.of(t);
                if (!same) {
                    diff[k] = PairedDifference.of(t, b);
                }
            }
        }
        try (ResultsFolder folder = ResultsFolder.open(target)) {
            Path dir = folder.dir();
            if (Files.exists(r.history())) {
                Files.copy(r.history(), dir.resolve(HistoryCsv.FILE));
            }
            Files.write(dir.resolve(STUDY_COPY), r.studyText());
            Json.write(dir.resolve(IDENTITY), r.identity());
            designs(dir.resolve(DESIGNS), r);
            Json.write(dir.resolve(BEST_JSON), bestJson(r, best, typed, diff));
            if (o.best() != null) {
                Files.writeString(dir.resolve(BEST_YAML), bestYaml(target, r), StandardCharsets.UTF_8);
            }
            if (o.cleanup() != null) {
                SelectionWriter.writeInto(dir.resolve(CLEANUP), o.cleanup(), r.cleanupDesigns(), r.cleanupResults(),
                        r.where(), r.seconds());
            }
            int most = o.visited().stream().mapToInt(Visited::replications).max().orElse(0);
            ObjectNode manifest = Manifest.build(List.of(r.base()), most, r.threads(), r.command());
            manifest.putObject("study").put("file", study.file().toString()).put("sha256",
                    r.identity().path("study_sha256").asText());
            Manifest.write(dir, manifest);
            long typedReplications = r.asTyped() == null || r.asTyped().design().equals(o.best()) ? 0
                    : r.asTyped().typed().length;
            Report report = OptimizeReport.build(r, best, typed, diff, figures(dir, r), typedReplications);
            ReportFiles.write(dir, report);
            Files.writeString(dir.resolve("summary.md"), MarkdownReport.fragment(report.sections().get(0).blocks()),
                    StandardCharsets.UTF_8);
            folder.commit();
        }
    }

    /** The study's guarantee in words, as best.json and the report state it. */
    public static String guarantee(Study study, OptimizeOutcome o) {
        return OptimizeReport.guarantee(study, o);
    }

    private static double[] column(double[][] values, int k) {
        double[] out = new double[values.length];
        for (int j = 0; j < values.length; j++) {
            out[j] = values[j][k];
        }
        return out;
    }

    private static List<Block.Figure> figures(Path dir, StudyResults r) throws IOException {
        Shown s = Shown.of(r.study().goal().kpi());
        List<OptimizeFigures.Point> points = new ArrayList<>();
        for (Generation g : r.outcome().generations()) {
            points.add(new OptimizeFigures.Point(g.replications(), g.best() == null ? Double.NaN
                    : g.bestMean() * s.factor(), g.best() == null ? Double.NaN : g.bestHalfWidth() * s.factor()));
        }
        return OptimizeFigures.write(dir, points, s.name() + " (" + s.unit() + ")");
    }

    /** Every design visited: its values, the search's estimates, screening and the clean-up's verdict. */
    private static void designs(Path file, StudyResults r) throws IOException {
        Study study = r.study();
        OptimizeOutcome o = r.outcome();
        try (CsvFile csv = CsvFile.create(file)) {
            List<String> header = new ArrayList<>(List.of("design"));
            study.space().variables().forEach(v -> header.add(v.key()));
            header.addAll(List.of("replications", "mean", "half_width"));
            study.constraints().forEach(c -> header.add(c.kpi() + "_mean"));
            header.addAll(List.of("feasible", "survived", "cleanup_replications", "cleanup_mean", "cleanup_feasibility",
                    "selected"));
            csv.row(header);
            for (Visited v : o.visited()) {
                List<String> row = new ArrayList<>(List.of(CsvFile.text(v.design())));
                int[] levels = v.levels();
                for (int i = 0; i < levels.length; i++) {
                    row.add(CsvFile.text(study.space().variables().get(i).text(levels[i])));
                }
                row.add(Integer.toString(v.replications()));
                row.add(CsvFile.number(v.mean()));
                row.add(CsvFile.number(v.halfWidth()));
                v.constraintMeans().forEach(m -> row.add(CsvFile.number(m)));
                row.add(Boolean.toString(v.feasible()));
                row.add(Boolean.toString(v.survived()));
                DesignOutcome d = o.cleanup() == null ? null : o.cleanup().designs().stream()
                        .filter(x -> x.name().equals(v.design())).findFirst().orElse(null);
                row.add(d == null ? "" : Integer.toString(d.replications()));
                row.add(d == null ? "" : CsvFile.number(d.mean()));
                row.add(d == null ? "" : d.feasibility().name().toLowerCase(java.util.Locale.ROOT));
                row.add(Boolean.toString(v.design().equals(o.best())));
                csv.row(row);
            }
        }
    }

    private static ObjectNode estimate(Estimate e) {
        ObjectNode n = Json.object();
        Json.put(n, "mean", e.mean());
        Json.put(n, "ci95_low", e.ci95Low());
        Json.put(n, "ci95_high", e.ci95High());
        n.put("n", e.n());
        return n;
    }

    private static ObjectNode bestJson(StudyResults r, Estimate[] best, Estimate[] typed, Estimate[] diff) {
        Study study = r.study();
        OptimizeOutcome o = r.outcome();
        Outcome c = o.cleanup();
        ObjectNode root = Json.object();
        root.put("study", study.file().toString());
        root.put("scenario", study.scenario().toString());
        root.put("status", o.best() != null ? "selected" : c == null ? "none_feasible_in_search"
                : c.status().name().toLowerCase(java.util.Locale.ROOT));
        if (o.best() == null) {
            root.putNull("design");
            root.putNull("name");
        } else {
            ObjectNode design = root.putObject("design");
            int[] levels = o.bestLevels();
            for (int i = 0; i < levels.length; i++) {
                Variable v = study.space().variables().get(i);
                double x = v.value(levels[i]);
                if (v.unit().isEmpty() && x == Math.rint(x) && Math.abs(x) < 1e15) {
                    design.put(v.key(), (long) x);
                } else if (v.unit().isEmpty()) {
                    Json.put(design, v.key(), x);
                } else {
                    design.put(v.key(), v.text(levels[i]));
                }
            }
            root.put("name", o.best());
            ObjectNode overrides = root.putObject("overrides");
            study.overrides(levels).forEach(overrides::put);
            root.put("scenario_file", BEST_YAML);
        }
        List<String> kpis = new ArrayList<>();
        kpis.add(study.goal().kpi());
        study.constraints().forEach(k -> kpis.add(k.kpi()));
        root.put("objective", study.goal().kpi());
        root.put("maximize", study.goal().maximize());
        Json.put(root, "delta", study.goal().delta());
        if (best != null) {
            ObjectNode e = root.putObject("estimate");
            for (int k = 0; k < kpis.size(); k++) {
                e.set(kpis.get(k), estimate(best[k]));
            }
        }
        root.put("guarantee", OptimizeReport.guarantee(study, o));
        root.put("designs_visited", o.visited().size());
        root.put("search_replications", o.searchReplications());
        root.put("cleanup_replications", c == null ? 0 : c.total());
        root.put("first_cleanup_replication", o.firstCleanupReplication());
        if (r.asTyped() != null && typed != null) {
            ObjectNode t = root.putObject("as_typed");
            t.put("design", r.asTyped().design());
            t.put("from", r.asTyped().from());
            t.put("replications", r.asTyped().typed().length);
            ObjectNode e = t.putObject("estimate");
            ObjectNode d = t.putObject("best_minus_as_typed");
            for (int k = 0; k < kpis.size(); k++) {
                e.set(kpis.get(k), estimate(typed[k]));
                if (diff != null) {
                    d.set(kpis.get(k), estimate(diff[k]));
                }
            }
        }
        return root;
    }

    /** best.yaml: the chosen design as a scenario extending the study's, by a path relative to the results. */
    static String bestYaml(Path target, StudyResults r) throws IOException {
        Study study = r.study();
        Path from = target.toAbsolutePath().normalize();
        Path to = study.scenario().toAbsolutePath().normalize();
        String rel = from.relativize(to).toString().replace('\\', '/');
        String name = r.base().name() + "-optimized";
        if (name.length() > 64) {
            name = name.substring(0, 64).replaceAll("-+$", "");
        }
        List<String> header = List.of("The design fifsim optimize chose for " + study.file() + ": run it with",
                "  ./fifsim run " + target.resolve(BEST_YAML) + " (paths inside are relative to this file).",
                "It extends the study's scenario and sets the decided keys (a key inside a list is written as the",
                "whole list, since extends replaces lists) and the study's fixed set: values.");
        try {
            return ScenarioYaml.extending(study.scenario(), rel, name, "Chosen by fifsim optimize (" + study.file()
                    + "): " + OptimizeReport.values(study, r.outcome().bestLevels()), header,
                    study.overrides(r.outcome().bestLevels()));
        } catch (ScenarioException e) {
            throw new IOException("best.yaml: " + e.problems().get(0).format(), e);
        }
    }
}
