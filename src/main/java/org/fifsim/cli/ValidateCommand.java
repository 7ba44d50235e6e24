package org.fifsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fifsim.scenario.Durations;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.ClaimsReader;
import org.fifsim.scenario.io.StudyReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fifsim validate FILE...}: checks scenario, claims and study files without simulating. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks scenario, claims and study files without simulating; prints one line per problem.")
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files (YAML), claims files (top-level claims:) or study files (top-level decide:)")
    private List<Path> files;

    @CommandLine.Option(names = "--max-events", paramLabel = "N",
            description = "also refuse scenarios estimated to need more model events than N, as run does "
                    + "(default 5e10)")
    private String maxEvents;

    @Override
    public Integer call() {
        String bad = Limits.maxEventsProblem(maxEvents);
        if (bad != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), bad);
        }
        // a claims file (top-level "claims:") is checked as one, so `validate scenarios/**/*.yaml` takes both
        List<Path> claimFiles = files.stream().filter(ClaimsReader::isClaimsFile).toList();
        // a study file (top-level "decide:") is read as optimize reads it, with its scenario under its settings
        List<Path> studyFiles = files.stream().filter(f -> !claimFiles.contains(f))
                .filter(StudyReader::isStudyFile).toList();
        List<Path> scenarioFiles = files.stream().filter(f -> !claimFiles.contains(f) && !studyFiles.contains(f))
                .toList();
        List<Scenario> scenarios = Inputs.read(scenarioFiles, spec.commandLine().getErr());
        List<String> okLines = new java.util.ArrayList<>();
        boolean filesBad = false;
        for (Path f : claimFiles) {
            var claims = Inputs.claims(f, spec.commandLine().getErr());
            if (claims == null) {
                filesBad = true;
            } else {
                okLines.add("ok: " + f + ": " + claims.size() + " claims");
            }
        }
        for (Path f : studyFiles) {
            var study = Inputs.study(f, spec.commandLine().getErr());
            if (study == null) {
                filesBad = true;
            } else {
                okLines.add(String.format("ok: %s: study of %,d designs (%d keys) of %s", f, study.space().size(),
                        study.space().dimension(), study.scenario().getFileName()));
            }
        }
        if (scenarios == null || filesBad) {
            return Main.BAD_INPUT;
        }
        // the rules run applies, on this machine's heap with one thread (more threads can only need more): an
        // interarrival of 1e-6s that run refuses is refused here too (issue 28)
        List<String> tooBig = Limits.problems(scenarios, 1, Limits.maxEvents(maxEvents),
                Runtime.getRuntime().maxMemory());
        if (!tooBig.isEmpty()) {
            tooBig.forEach(spec.commandLine().getErr()::println);
            return Main.BAD_INPUT;
        }
        for (Scenario s : scenarios) {
            spec.commandLine().getOut().printf("ok: %s: %s, %d stations, %s logistics, %s x %d replications%n",
                    s.source(), s.name(), s.packLine().stations().size(), s.logistics().mode(),
                    Durations.format(s.run().horizon()), s.run().replications());
        }
        okLines.forEach(spec.commandLine().getOut()::println);
        return Main.OK;
    }
}
