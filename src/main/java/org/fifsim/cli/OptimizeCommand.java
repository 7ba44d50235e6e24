package org.fifsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fifsim.experiment.ExperimentOutcome;
import org.fifsim.experiment.ExperimentSpec;
import org.fifsim.experiment.Runner;
import org.fifsim.experiment.Watch;
import org.fifsim.optimize.Generation;
import org.fifsim.optimize.OptimizeOutcome;
import org.fifsim.optimize.ScenarioResponses;
import org.fifsim.optimize.Study;
import org.fifsim.report.Publish;
import org.fifsim.report.selection.OptimizeWriter;
import org.fifsim.report.selection.StudyFolder;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.ScenarioReader;
import org.fifsim.store.ResultsFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

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
        Study study = Inputs.study(studyFile, err);
        if (study == null) {
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
        List<Path> inputs = ReadPaths.of(List.of(study.scenario()), studyFile);
        ResultsFolder.check(target, inputs);
        StudyFolder folder;
        try {
            folder = StudyFolder.of(target, Files.readAllBytes(studyFile), study);
        } catch (StudyFolder.Refused e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return Main.BAD_INPUT;
        }
        List<String> cmd = Main.commandLine(spec);
        ExperimentSpec.Optimize asked = new ExperimentSpec.Optimize(study, base, new ExperimentSpec.Output(target,
                inputs, workers, cmd, work.quiet()));
        ExperimentOutcome.StudyOutcome studied;
        Interruption.target(target);
        Interruption.saved("the search so far is saved in " + folder.history() + "; the same command resumes it");
        try (Runner runner = engine.runner(asked, watch(err))) {
            studied = runner.run(asked, folder).orElseThrow();
        } catch (ScenarioResponses.InvalidDesign | ScenarioResponses.MissingKpi e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return Main.BAD_INPUT;
        }
        Interruption.check();
        Interruption.saved(null);
        Publish.optimize(studied, folder, engine.where(workers));
        study = studied.study();
        OptimizeOutcome outcome = studied.outcome();
        double seconds = studied.seconds();
        print(spec.commandLine().getOut(), study, outcome, target, seconds);
        return Main.OK;
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

    /** The generations and clean-up rounds on stderr, and the runner's notes, unless quiet. */
    private Watch watch(PrintWriter err) {
        Watch lines = Progress.watch(work.quiet(), err);
        return new Watch.Silent() {
            @Override
            public void say(String line) {
                lines.say(line);
            }

            @Override
            public void generation(Generation g) {
                progress(err, g);
            }

            @Override
            public void round(org.fifsim.selection.Round r) {
                cleanupProgress(err, r);
            }
        };
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
