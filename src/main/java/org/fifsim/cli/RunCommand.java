package org.fifsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fifsim.experiment.Experiment;
import org.fifsim.experiment.SimulationFailure;
import org.fifsim.report.KpiSummary;
import org.fifsim.report.RunWriter;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fifsim run FILE...}: simulates each scenario and writes its results folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Simulates each scenario; writes summary.json, replications.csv, manifest.json and the report "
                + "to DIR (default results/<name>/).")
final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files (YAML)")
    private List<Path> files;

    @Mixin
    private RunOptions options = new RunOptions();

    @Option(names = "--out", paramLabel = "DIR",
            description = "results folder (default results/<name>); with several files, DIR/<name>")
    private Path out;

    @Override
    public Integer call() throws IOException, InterruptedException, SimulationFailure {
        PrintWriter err = spec.commandLine().getErr();
        String bad = options.check();
        if (bad != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), bad);
        }
        List<Scenario> scenarios = Inputs.read(files, err);
        if (scenarios == null) {
            return Main.BAD_INPUT;
        }
        List<Scenario> applied = scenarios.stream().map(options::apply).toList();
        if (!options.withinLimits(applied, err)) {
            return Main.BAD_INPUT;
        }
        for (Scenario s : applied) {
            Path target = out == null ? Path.of("results", s.name())
                    : scenarios.size() == 1 ? out : out.resolve(s.name());
            Interruption.target(target);
            List<ReplicationResult> results = Experiment.run(s, options.threads(),
                    new Progress(s.name(), s.run().replications(), options.quiet));
            Interruption.check();
            List<KpiSummary> kpis = RunWriter.write(target, s, results, options.threads(), command());
            Interruption.written();
            Console.printSummary(spec.commandLine().getOut(), s, kpis, target);
        }
        return Main.OK;
    }

    private List<String> command() {
        List<String> c = new ArrayList<>();
        c.addAll(spec.commandLine().getParseResult().originalArgs());
        return c;
    }
}
