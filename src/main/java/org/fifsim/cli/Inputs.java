package org.fifsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.accounting.FactorLibrary;
import org.fifsim.accounting.Factors;
import org.fifsim.scenario.Distribution;
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

    /**
     * True when every scenario counts road carbon by the same method (GLEC default intensity per t-km, or
     * vehicle-based from fuel per km); otherwise prints one line naming the first two files that differ and the key,
     * and returns false: a difference between them would be an artefact of the counting rule, not of the designs.
     */
    static boolean sameRoadMethod(List<Scenario> scenarios, List<Path> files, PrintWriter err) {
        boolean first = vehicleBased(scenarios.get(0));
        for (int i = 1; i < scenarios.size(); i++) {
            if (vehicleBased(scenarios.get(i)) != first) {
                err.println("error: " + files.get(0) + " and " + files.get(i) + " count road carbon by different"
                        + " methods (accounting." + Factors.ROAD_VEHICLE_BASED + ": " + (first ? 1 : 0) + " and "
                        + (first ? 0 : 1) + "): their difference would be the method's, not the designs'; set the"
                        + " same value in both");
                err.flush();
                return false;
            }
        }
        return true;
    }

    /** The method a scenario's road carbon is counted by: its override or the library's default, at its mean. */
    private static boolean vehicleBased(Scenario s) {
        Distribution d = s.accounting().getOrDefault(Factors.ROAD_VEHICLE_BASED,
                FactorLibrary.standard().get(Factors.ROAD_VEHICLE_BASED).value());
        return d.mean() >= 0.5;
    }
}
