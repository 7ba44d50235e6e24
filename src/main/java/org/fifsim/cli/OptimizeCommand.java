package org.fifsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.fifsim.experiment.SimulationFailure;
import org.fifsim.experiment.engine.EngineUnavailable;
import org.fifsim.experiment.engine.ExperimentService;
import org.fifsim.optimize.CachedResponses;
import org.fifsim.optimize.Evaluation;
import org.fifsim.optimize.Generation;
import org.fifsim.optimize.OptimizeOutcome;
import org.fifsim.optimize.Optimizer;
import org.fifsim.optimize.ScenarioResponses;
import org.fifsim.optimize.Study;
import org.fifsim.optimize.Variable;
import org.fifsim.report.Json;
import org.fifsim.report.ResultsFolder;
import org.fifsim.report.selection.HistoryCsv;
import org.fifsim.report.selection.OptimizeWriter;
import org.fifsim.report.selection.StudyResults;
import org.fifsim.results.KpiValues;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.ScenarioException;
import org.fifsim.scenario.io.ScenarioFiles;
import org.fifsim.scenario.io.ScenarioReader;
import org.fifsim.scenario.io.StudyReader;
import org.fifsim.selection.DesignOutcome;
import org.fifsim.selection.Responses;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fifsim optimize STUDY.yaml}: the best design of a decision space (a study file) on one KPI among those meeting
 * service constraints: a search on common random numbers, then a clean-up with a guarantee over the designs visited.
 * Every evaluation is appended to {@code DIR/history.csv} as it comes back, so a stopped study loses nothing and the
 * same command resumes it.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = "Searches the designs of a study file (decide: keys with grids, minimize: or maximize: a KPI, "
                + "subject_to: service constraints) on common random numbers, then selects the best of the designs "
                + "visited with a guarantee on fresh replications; writes history.csv (as it goes: run the same "
                + "command again to resume), designs.csv, best.json, best.yaml, cleanup/, report.md, report.html "
                + "and charts/convergence.png.")
final class OptimizeCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STUDY", description = "the study file (YAML)")
    private Path studyFile;

    @Option(names = "--budget", paramLabel = "N",
            description = "replications the search may spend (default: the study's search.budget); a larger one on "
                    + "a finished folder extends the search")
    private Integer budget;

    @Option(names = "--cleanup-budget", paramLabel = "N",
            description = "replications the clean-up may spend (default: the study's cleanup.max_replications); a "
                    + "larger one on a finished folder carries a clean-up that ran out on to a selection")
    private Integer cleanupBudget;

    /** --threads and -q/--quiet, named and checked as in every command that runs replications. */
    @Mixin
    private WorkOptions work;


    @Mixin
    private EngineOptions engine;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default results/optimize-<study>); "
            + "a folder holding this study's history resumes it")
    private Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String bad = check();
        if (bad != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), bad);
        }
        Study study;
        try {
            study = StudyReader.read(studyFile);
        } catch (ScenarioException e) {
            e.problems().forEach(p -> err.println(p.format()));
            err.flush();
            return Main.BAD_INPUT;
        }
        if (budget != null) {
            if (budget < study.search().perDesign()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--budget " + budget + " is less than one"
                        + " design's replications (search.replications_per_design " + study.search().perDesign() + ")");
            }
            study = study.withBudget(budget);
        }
        if (cleanupBudget != null) {
            study = study.withCleanupBudget(cleanupBudget);
        }
        Scenario base = ScenarioReader.read(study.scenario(), study.set());
        int workers = work.threads();
        List<String> limits = Limits.problems(List.of(base.withRun(base.run().withReplications(
                study.search().perDesign()))), workers, Limits.maxEvents(null), Runtime.getRuntime().maxMemory());
        if (!limits.isEmpty()) {
            limits.forEach(err::println);
            err.flush();
            return Main.BAD_INPUT;
        }
        Path target = out != null ? out : Path.of("results", "optimize-" + stem(studyFile));
        List<Path> inputs = ReadPaths.of(List.of(study.scenario()), engine, studyFile);
        ResultsFolder.check(target, inputs);
        byte[] studyText = Files.readAllBytes(studyFile);
        ObjectNode identity = identity(studyText, study);
        Path history = target.resolve(HistoryCsv.FILE);
        ScenarioResponses probe = new ScenarioResponses(null, study);
        List<String> keys = study.space().variables().stream().map(Variable::key).toList();
        List<HistoryCsv.Row> known;
        try {
            String other = otherStudy(target, identity);
            if (other != null) {
                err.println("error: " + other);
                err.flush();
                return Main.BAD_INPUT;
            }
            known = HistoryCsv.read(history, keys, probe.columns());
        } catch (HistoryCsv.Foreign e) {
            err.println("error: " + e.getMessage() + "; name a new folder");
            err.flush();
            return Main.BAD_INPUT;
        }
        List<String> cmd = Main.commandLine(spec);
        long t0 = System.nanoTime();
        Map<String, TreeMap<Integer, double[]>> values = new LinkedHashMap<>();
        OptimizeOutcome outcome;
        StudyResults.AsTyped asTyped = null;
        ScenarioResponses source;
        try (ExperimentService service = engine.service(workers, target, cmd, inputs)) {
            // the engine is there: from now on the folder is the study's, its history written as it comes
            ResultsFolder.mark(target);
            Files.write(target.resolve(OptimizeWriter.STUDY_COPY), studyText);
            Json.write(target.resolve(OptimizeWriter.IDENTITY), identity);
            Interruption.target(target);
            Interruption.saved("the search so far is saved in " + history + "; the same command resumes it");
            if (!work.quiet() && !known.isEmpty()) {
                err.println("optimize: resuming from " + history + " (" + known.size() + " evaluations)");
                err.flush();
            }
            HistoryCsv writer = HistoryCsv.append(history, keys, probe.columns());
            source = new ScenarioResponses(service, study);
            List<Evaluation> evaluations = new ArrayList<>();
            for (HistoryCsv.Row row : known) {
                source.remember(row.design(), row.replication(), row.kpis());
                evaluations.add(new Evaluation(row.design(), row.replication(), row.values()));
                values.computeIfAbsent(row.design(), k -> new TreeMap<>()).put(row.replication(), row.values());
            }
            final Study s = study;
            final ScenarioResponses src = source;
            CachedResponses cached = new CachedResponses(source, evaluations, fresh -> save(fresh, s, src, writer,
                    values));
            if (!study.deltaGiven()) {
                study = study.withDelta(defaultDelta(study, cached, err));
            }
            outcome = new Optimizer(study.space(), study.goal(), study.constraints(), study.search())
                    .run(study.start(), cached, g -> progress(err, g), r -> cleanupProgress(err, r));
            asTyped = asTyped(study, outcome, cached, values);
        } catch (ScenarioResponses.InvalidDesign | ScenarioResponses.MissingKpi e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return Main.BAD_INPUT;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Interruption.check();
        Map<String, Scenario> cleanupDesigns = new LinkedHashMap<>();
        Map<String, List<ReplicationResult>> cleanupResults = new LinkedHashMap<>();
        if (outcome.cleanup() != null) {
            for (DesignOutcome d : outcome.cleanup().designs()) {
                cleanupDesigns.put(d.name(), source.scenario(d.name()));
                cleanupResults.put(d.name(), source.results(d.name(), outcome.firstCleanupReplication(),
                        d.replications()));
            }
        }
        Interruption.saved(null);
        OptimizeWriter.write(target, new StudyResults(study, base, outcome, cleanupDesigns, cleanupResults, asTyped,
                history, studyText, identity, workers, cmd, engine.where(workers), seconds));
        print(spec.commandLine().getOut(), study, outcome, target, seconds);
        return Main.OK;
    }

    /**
     * A study without {@code delta}: 1% of the start's mean objective over its first replications (the search's own
     * first asks, so the cache keeps them and nothing is run twice). Said on stderr and in the report's settings.
     */
    private double defaultDelta(Study study, CachedResponses cached, PrintWriter err)
            throws SimulationFailure, InterruptedException, EngineUnavailable {
        int n = study.search().perDesign();
        double[][][] first = cached.draw(List.of(new Responses.Ask(study.space().name(study.start()), 0, n)));
        double sum = 0;
        for (double[] r : first[0]) {
            sum += r[0];
        }
        double delta = Study.DEFAULT_DELTA_SHARE * Math.abs(sum / n);
        if (!(delta > 0) || !Double.isFinite(delta)) {
            delta = 1e-9;
        }
        if (!work.quiet()) {
            err.println("optimize: no delta in the study: " + String.format(Locale.ROOT, "%.4g", delta) + " (1% of the start's mean over "
                    + "its first " + n + " replications)");
            err.flush();
        }
        return delta;
    }

    /** A problem with the options, or null. */
    private String check() {
        String bad = engine.check();
        if (bad == null && engine.sharded()) {
            bad = "optimize cannot run as --shard: each generation depends on the one before (use --engine spark to "
                    + "spread a generation over machines)";
        }
        if (bad == null) {
            bad = work.check();
        }
        if (bad == null && cleanupBudget != null && (cleanupBudget < 1 || cleanupBudget > 100_000_000)) {
            bad = "--cleanup-budget must be between 1 and 100000000, got " + cleanupBudget;
        }
        if (bad == null && budget != null && (budget < 2 || budget > 100_000_000)) {
            bad = "--budget must be between 2 and 100000000, got " + budget;
        }
        return bad;
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        return n.replaceFirst("\\.(ya?ml)$", "");
    }

    /** The study's digest and its scenario files': a folder's history belongs to exactly these. */
    static ObjectNode identity(byte[] studyText, Study study) throws IOException {
        ObjectNode root = Json.object();
        root.put("study_sha256", sha256(studyText));
        ObjectNode files = root.putObject("scenario_files");
        for (Path f : ScenarioFiles.of(study.scenario())) {
            files.put(f.getFileName().toString(), sha256(Files.readAllBytes(f)));
        }
        return root;
    }

    /** Why the folder's history belongs to another study (or another version of the scenario), or null. */
    private static String otherStudy(Path target, ObjectNode identity) throws IOException {
        Path saved = target.resolve(OptimizeWriter.IDENTITY);
        if (!Files.exists(saved)) {
            if (Files.exists(target.resolve(HistoryCsv.FILE))) {
                return target + " holds a history.csv without " + OptimizeWriter.IDENTITY + "; name a new folder";
            }
            return null;
        }
        JsonNode was;
        try {
            was = Json.MAPPER.readTree(saved.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return saved + ": not as fifsim wrote it (not JSON); name a new folder";
        }
        if (!was.path("study_sha256").equals(identity.path("study_sha256"))) {
            return target + " holds the search of another study (its " + OptimizeWriter.STUDY_COPY + " differs from "
                    + "the study given); give that study to resume it, or name a new folder";
        }
        if (!was.path("scenario_files").equals(identity.path("scenario_files"))) {
            return target + " holds a search on other scenario files (they changed since; " + OptimizeWriter.IDENTITY
                    + " lists their digests): its evaluations would not be this study's; name a new folder";
        }
        return null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Appends a round's fresh evaluations to the history, through to the file, before the search goes on. */
    private static void save(List<Evaluation> fresh, Study study, ScenarioResponses source, HistoryCsv writer,
            Map<String, TreeMap<Integer, double[]>> values) {
        List<HistoryCsv.Row> rows = new ArrayList<>();
        for (Evaluation e : fresh) {
            Map<String, String> o = source.overrides(e.design());
            List<String> decision = new ArrayList<>();
            for (Variable v : study.space().variables()) {
                decision.add(e.design().equals(ScenarioResponses.AS_TYPED) ? study.typed().getOrDefault(v.key(), "")
                        : o.getOrDefault(v.key(), ""));
            }
            ReplicationResult r = source.result(e.design(), e.replication());
            rows.add(new HistoryCsv.Row(e.design(), decision, e.replication(), e.values(), r == null ? KpiValues.none()
                    : r.kpis()));
            values.computeIfAbsent(e.design(), k -> new TreeMap<>()).put(e.replication(), e.values());
        }
        try {
            writer.write(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The best and the scenario as typed on the best's clean-up replications, paired: the scenario as typed runs the
     * same fresh replications (saved in the history like any other), unless it is the best itself.
     */
    private static StudyResults.AsTyped asTyped(Study study, OptimizeOutcome o, Responses cached,
            Map<String, TreeMap<Integer, double[]>> values) throws Exception {
        if (o.best() == null || o.cleanup() == null) {
            return null;
        }
        int from = o.firstCleanupReplication();
        int n = o.cleanup().design(o.best()).replications();
        double[][] best = new double[n][];
        TreeMap<Integer, double[]> mine = values.get(o.best());
        for (int j = 0; j < n; j++) {
            best[j] = mine == null ? null : mine.get(from + j);
            if (best[j] == null) {
                throw new IllegalStateException("the clean-up's replication " + (from + j) + " of the best is missing");
            }
        }
        int[] typedLevels = study.typedLevels();
        String design = typedLevels != null ? study.space().name(typedLevels) : ScenarioResponses.AS_TYPED;
        if (design.equals(o.best())) {
            return new StudyResults.AsTyped(design, from, best, best);
        }
        double[][][] got = cached.draw(List.of(new Responses.Ask(design, from, n)));
        return new StudyResults.AsTyped(design, from, best, got[0]);
    }

    private void progress(PrintWriter err, Generation g) {
        if (work.quiet()) {
            return;
        }
        err.printf(Locale.ROOT, "optimize: generation %d: %d replications, %d designs visited; %s%n", g.number(),
                g.replications(), g.visited(), g.best() == null ? "none feasible yet"
                        : "best feasible " + Console.num(g.bestMean()) + " ± " + Console.num(g.bestHalfWidth())
                                + " (" + g.best() + ")");
        err.flush();
    }

    private void cleanupProgress(PrintWriter err, org.fifsim.selection.Round r) {
        if (work.quiet()) {
            return;
        }
        err.printf(Locale.ROOT, "optimize: clean-up round %d (%s): %d replications each, %d in all; %d in contention%n",
                r.number(), r.phase(), r.replications(), r.total(), r.contenders().size());
        err.flush();
    }

    private static void print(PrintWriter out, Study study, OptimizeOutcome o, Path target, double seconds) {
        out.printf(Locale.ROOT, "%s -> %s%n", o.best() == null ? "no design selected" : "best " + o.best(), target);
        out.println("  " + (o.best() != null || o.cleanup() == null ? OptimizeWriter.guarantee(study, o)
                : o.cleanup().guarantee()));
        out.printf(Locale.ROOT, "  %d designs visited, %d replications in the search, %d in the clean-up, %.1f s%n",
                o.visited().size(), o.searchReplications(), o.cleanup() == null ? 0 : o.cleanup().total(), seconds);
        out.flush();
    }
}
