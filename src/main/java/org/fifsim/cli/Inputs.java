package org.fifsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.Problem;
import org.fifsim.scenario.io.ScenarioException;
import org.fifsim.scenario.io.ScenarioReader;

/** Reads every scenario file given on the command line and reports all problems of all files before anything runs. */
final class Inputs {
    private Inputs() {
    }

    /** The claims of a claims file, or null after printing one line per problem to {@code err}. */
    static List<org.fifsim.claims.Claim> claims(Path file, PrintWriter err) {
        try {
            return org.fifsim.scenario.io.ClaimsReader.read(file);
        } catch (ScenarioException e) {
            e.problems().forEach(p -> err.println(p.format()));
            err.flush();
            return null;
        }
    }

    /** The scenarios, or null after printing one line per problem to {@code err}. */
    static List<Scenario> read(List<Path> files, PrintWriter err) {
        List<Scenario> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        for (Path f : files) {
            try {
                out.add(ScenarioReader.read(f, java.util.Map.of(), warnings));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println(p.format()));
            err.flush();
            return null;
        }
        if (!warnings.isEmpty()) {
            warnings.forEach(w -> err.println(w.formatWarning()));
            err.flush();
        }
        return out;
    }
}
