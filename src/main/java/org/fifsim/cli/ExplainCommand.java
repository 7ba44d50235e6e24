package org.fifsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fifsim.experiment.ExperimentOutcome;
import org.fifsim.experiment.ExperimentSpec;
import org.fifsim.experiment.Runner;
import org.fifsim.experiment.Watch;
import org.fifsim.explain.Attribution;
import org.fifsim.explain.Between;
import org.fifsim.explain.Groups;
import org.fifsim.report.Publish;
import org.fifsim.scenario.Scenario;
import org.fifsim.stats.Estimate;
import org.fifsim.store.ResultsFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code fifsim explain A B}: what B minus A is made of. The keys that differ are grouped, every design in between is
 * run on common random numbers in one request to the engine, and each headline difference is split into the groups'
 * Shapley shares.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Splits the difference between two scenarios (B minus A: cost, carbon, lead time, order to "
                + "delivery, vehicles) into the shares of the groups of keys in which they differ (Shapley values "
                + "over all 2^m designs in between, on common random numbers), with intervals; writes explain.json, "
                + "a bridge chart per KPI and report.md/report.html.")
final class ExplainCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "2", paramLabel = "FILE", description = "design A (where the bridge starts), then design B")
    private List<Path> files;

    @Mixin
    private RunOptions options = new RunOptions();

    @Mixin
    private EngineOptions engine;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default results/explain-A-vs-B)")
    private Path out;

    @Option(names = "--group", paramLabel = "NAME=KEY,KEY",
            description = "put the differing keys under these key prefixes (a '*' matches one part, e.g. "
                    + "logistics.stages.*.target_cover) into group NAME, before the built-in groups; repeatable")
    private List<String> groups = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String bad = options.check();
        if (bad == null) {
            bad = engine.check();
        }
        if (bad == null && engine.sharded()) {
            bad = "explain runs all its designs in one request and cannot run as a shard; leave out --shard";
        }
        List<Groups.Rule> own = new ArrayList<>();
        try {
            own = Explanation.rules(groups);
        } catch (IllegalArgumentException e) {
            bad = bad != null ? bad : e.getMessage();
        }
        if (bad != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), bad);
        }
        List<Scenario> read = Inputs.read(files, err);
        if (read == null) {
            return Main.BAD_INPUT;
        }
        Scenario a = options.apply(read.get(0));
        Scenario b = read.get(1);
        Between between = Explanation.between(a, b, own, options, err);
        if (between == null) {
            return Main.BAD_INPUT;
        }
        Path target = out != null ? out : Path.of("results", "explain-" + a.name() + "-vs-" + b.name());
        List<Path> inputs = ReadPaths.of(files);
        ResultsFolder.check(target, inputs);
        Interruption.target(target);
        int n = a.run().replications();
        if (!options.quiet()) {
            err.printf(Locale.ROOT, "explain: %d groups (%s), %d designs x %d replications (%d simulated, the rest "
                    + "re-priced)%n", between.groups().size(), String.join(", ", between.groups()),
                    between.designs().size(), n, between.designs().size() >> Integer.bitCount(between.pricesOnly()));
            err.flush();
        }
        List<String> cmd = Main.commandLine(spec);
        ExperimentSpec.Explain asked = new ExperimentSpec.Explain(a, b, between, new ExperimentSpec.Output(target,
                inputs, options.threads(), cmd, options.quiet()));
        ExperimentOutcome.ExplainOutcome explained;
        try (Runner runner = engine.runner(asked, Watch.NONE)) {
            explained = runner.run(asked).orElseThrow();
        }
        Attribution attribution = explained.explained().attribution();
        Interruption.check();
        Publish.explain(explained);
        print(spec.commandLine().getOut(), a.name(), b.name(), attribution, target);
        return Main.OK;
    }

    private static void print(PrintWriter out, String a, String b, Attribution attribution, Path target) {
        out.printf(Locale.ROOT, "%s minus %s, by group (Shapley shares, common random numbers) -> %s%n", b, a, target);
        for (Map.Entry<String, Attribution.Parts> e : attribution.kpis().entrySet()) {
            Estimate t = e.getValue().total();
            out.printf(Locale.ROOT, "  %-22s %14s  95%% CI [%s, %s]%n", e.getKey(), Console.num(t.mean()),
                    Console.num(t.ci95Low()), Console.num(t.ci95High()));
            for (Map.Entry<String, Estimate> s : e.getValue().shares().entrySet()) {
                Estimate d = s.getValue();
                out.printf(Locale.ROOT, "    %-20s %14s  95%% CI [%s, %s]%n", s.getKey(), Console.num(d.mean()),
                        Console.num(d.ci95Low()), Console.num(d.ci95High()));
            }
        }
        out.flush();
    }
}
