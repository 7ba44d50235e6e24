package org.fifsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.fifsim.report.DecisionContext;
import org.fifsim.claims.Claim;
import org.fifsim.experiment.ExperimentOutcome;
import org.fifsim.experiment.ExperimentSpec;
import org.fifsim.experiment.Runner;
import org.fifsim.experiment.engine.EngineChoice;
import org.fifsim.results.ReplicationResult;
import org.fifsim.store.ResultsFolder;
import org.fifsim.store.ShardFolder;
import org.fifsim.store.SpecJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code fifsim merge DIR...}: joins the finished shards of an array job. It runs the experiment the shards saved
 * (spec.json.gz) with their results standing in for the simulation, and hands the outcome to the writers of its command,
 * so the outputs are those of one run. The command line is not parsed again.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Joins the finished shards of one command (each run with --shard I/N) into the outputs that "
                + "command writes in one run: the same summary.json, replications.csv, reports and charts.",
            "Refuses shards of different commands or inputs, a missing or duplicated shard, and scenario files that "
                + "changed since the shards ran. Run it in the folder where the shards ran."})
final class MergeCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "the shard folders (DIR.shard-I-of-N)")
    private List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: the command's own)")
    private Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<ShardFolder.Meta> metas = new ArrayList<>();
        try {
            for (Path dir : shards) {
                metas.add(ShardFolder.meta(dir));
            }
        } catch (IOException e) {
            return bad(err, e.getMessage());
        }
        String problem = check(metas, Path.of("").toAbsolutePath().toString());
        if (problem != null) {
            return bad(err, problem);
        }
        Map<Integer, List<ReplicationResult>> results = new HashMap<>();
        try {
            for (ShardFolder.Meta m : metas) {
                Map<Integer, List<ReplicationResult>> r = ShardFolder.results(m);
                if (!r.keySet().equals(new java.util.HashSet<>(m.ran()))) {
                    return bad(err, m.dir() + ": results.bin does not hold the chunks shard.json lists");
                }
                results.putAll(r);
            }
        } catch (IOException e) {
            return bad(err, e.getMessage());
        }
        ShardFolder.Meta first = metas.get(0);
        JsonNode saved;
        ExperimentSpec asRun;
        try {
            saved = ShardFolder.spec(first);
            asRun = SpecJson.read(saved);
        } catch (IOException e) {
            return bad(err, e.getMessage().startsWith(first.dir().toString()) ? e.getMessage()
                    : first.dir() + ": spec.json.gz: " + e.getMessage());
        }
        Path changed = SpecJson.changedInput(saved);
        if (changed != null) {
            return bad(err, "the shards were run on other inputs than the files now give (" + changed
                    + " changed since they ran); run the shards again");
        }
        ExperimentSpec.Output was = asRun.output();
        List<Path> inputs = new ArrayList<>(was.inputs());
        inputs.addAll(shards); // no output may replace the shards it reads
        ExperimentSpec merged = asRun.withOutput(new ExperimentSpec.Output(out != null ? out : was.target(), inputs,
                was.threads(), withoutShard(was.command(), out), was.quiet()));
        List<Claim> claims = List.of();
        DecisionContext studies = DecisionContext.NONE;
        if (merged instanceof ExperimentSpec.Compare c) {
            claims = c.claimsFile() == null ? List.of() : Inputs.claims(c.claimsFile(), err);
            if (claims == null) {
                return Main.BAD_INPUT;
            }
            try {
                studies = DecisionContext.read(c.context(), c.scenarios().get(0).name(), c.scenarios().get(1).name());
            } catch (IllegalArgumentException e) {
                return bad(err, e.getMessage());
            }
        }
        Path target = merged.output().target();
        ResultsFolder.check(target, inputs);
        Interruption.target(target);
        EngineChoice.Replay replay = new EngineChoice.Replay(first.plan(), results, first.threads());
        Optional<? extends ExperimentOutcome> outcome;
        try (Runner runner = EngineOptions.replaying(replay, was.threads(), Progress.watch(was.quiet(), err))) {
            outcome = runner.run(merged);
        }
        Outputs.write(outcome.orElseThrow(), claims, studies, was.threads() + " threads", spec.commandLine().getOut(), err);
        return Main.OK;
    }

    /**
     * Why the shards cannot be joined, or null: one command and plan, every slice 0..N-1 exactly once, and this
     * working directory (the command's paths are relative to it).
     */
    static String check(List<ShardFolder.Meta> metas, String cwd) {
        ShardFolder.Meta first = metas.get(0);
        Map<Integer, Path> seen = new TreeMap<>();
        for (ShardFolder.Meta m : metas) {
            if (!m.plan().equals(first.plan()) || m.of() != first.of()
                    || !comparable(m.command()).equals(comparable(first.command()))) {
                return m.dir() + ": a shard of other inputs than " + first.dir() + " (shards must come from one "
                        + "command on the same files)";
            }
            Path twice = seen.put(m.shard(), m.dir());
            if (twice != null) {
                return "shard " + m.shard() + " of " + m.of() + " is given twice: " + twice + " and " + m.dir();
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < first.of(); i++) {
            if (!seen.containsKey(i)) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            return (missing.size() == 1 ? "shard " : "shards ") + missing.toString().replaceAll("[\\[\\]]", "")
                    + " of " + first.of() + " missing (give every DIR.shard-I-of-" + first.of() + " once)";
        }
        if (!first.workingDirectory().equals(cwd)) {
            return "run merge in " + first.workingDirectory() + ", where the shards ran (the command's paths are "
                    + "relative to it)";
        }
        return null;
    }

    /** Options that may differ between the shards of one job: where and how fast each ran, not what. */
    private static final Set<String> PER_SHARD = Set.of("--shard", "--threads", "--engine", "--master");
    private static final Set<String> QUIET = Set.of("-q", "--quiet");

    /** The command line without the per-shard options, to compare shards. */
    static List<String> comparable(List<String> command) {
        return without(command, PER_SHARD, QUIET);
    }

    /** The command line without {@code --shard} (and without {@code --out} when merge is given one). */
    static List<String> withoutShard(List<String> command, Path out) {
        if (out == null) {
            return without(command, Set.of("--shard"), Set.of());
        }
        List<String> args = without(command, Set.of("--shard", "--out"), Set.of());
        args.add("--out");
        args.add(out.toString());
        return args;
    }

    /** {@code command} without the {@code options} (each with its value, "--x V" or "--x=V") and the {@code flags}. */
    private static List<String> without(List<String> command, Set<String> options, Set<String> flags) {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < command.size(); i++) {
            String a = command.get(i);
            int eq = a.indexOf('=');
            if (options.contains(eq < 0 ? a : a.substring(0, eq))) {
                i += eq < 0 ? 1 : 0; // and its value
            } else if (!flags.contains(a)) {
                args.add(a);
            }
        }
        return args;
    }

    private static int bad(PrintWriter err, String problem) {
        err.println("error: " + problem);
        err.flush();
        return Main.BAD_INPUT;
    }
}
