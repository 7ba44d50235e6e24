package org.fifsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fifsim.scenario.Durations;
import org.fifsim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fifsim validate FILE...}: checks scenario files without simulating. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks scenario files without simulating; prints one line per problem.")
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files (YAML)")
    private List<Path> files;

    @CommandLine.Option(names = "--max-events", paramLabel = "N",
            description = "also refuse scenarios estimated to need more model events than N, as run does "
                    + "(default 5e10)")
    private double maxEvents = Limits.DEFAULT_MAX_EVENTS;

    @Override
    public Integer call() {
        List<Scenario> scenarios = Inputs.read(files, spec.commandLine().getErr());
        if (scenarios == null) {
            return Main.BAD_INPUT;
        }
        // the work limit only: memory depends on the machine and the threads a run will use
        List<String> tooBig = Limits.problems(scenarios, 1, maxEvents, Long.MAX_VALUE);
        if (!tooBig.isEmpty()) {
            tooBig.forEach(spec.commandLine().getErr()::println);
            return Main.BAD_INPUT;
        }
        for (Scenario s : scenarios) {
            spec.commandLine().getOut().printf("ok: %s: %s, %d stations, %s logistics, %s x %d replications%n",
                    s.source(), s.name(), s.packLine().stations().size(), s.logistics().mode(),
                    Durations.format(s.run().horizon()), s.run().replications());
        }
        return Main.OK;
    }
}
