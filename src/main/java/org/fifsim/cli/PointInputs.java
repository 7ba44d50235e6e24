package org.fifsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fifsim.scenario.RunSpec;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.Position;
import org.fifsim.scenario.io.Problem;
import org.fifsim.scenario.io.ScenarioException;
import org.fifsim.scenario.io.ScenarioReader;

/**
 * Reads every scenario of a sweep (each file at each point, overrides applied) before anything runs, so a value that
 * breaks a rule at any point stops the sweep with the reader's located one-line error, and nothing is written.
 */
final class PointInputs {
    /** Keys a sweep sets itself: every point runs on one seed and the same replications. */
    static final String COMMAND_LINE = "(command line)";

    static final Map<String, String> RESERVED = Map.of(
            "run.seed", "every point of a sweep runs on the same seed (common random numbers); use --seed",
            "run.replications", "every point of a sweep runs the same replications; use --replications");

    /** Enough to see what is wrong; a sweep of thousands of bad points need not print thousands of lines. */
    static final int MAX_PROBLEMS = 20;

    private PointInputs() {
    }

    /** Where each key given on the command line stands: the varied keys in order, then the --set keys. */
    static Map<String, Integer> columns(List<String> keys, Map<String, String> set) {
        Map<String, Integer> column = new LinkedHashMap<>();
        keys.forEach(k -> column.putIfAbsent(k, column.size() + 1));
        if (set != null) {
            set.keySet().forEach(k -> column.putIfAbsent(k, column.size() + 1));
        }
        return column;
    }

    /** A command-line problem placed at its key's column in the user's order. */
    static Problem relocate(Problem p, Map<String, Integer> column) {
        Integer c = column.get(p.key());
        if (c == null || !p.at().file().toString().equals(COMMAND_LINE)) {
            return p;
        }
        return new Problem(new Position(p.at().file(), 1, c), p.key(), p.rule(), p.got());
    }

    /** A reason the key cannot be varied, or null. */
    static String reserved(String key) {
        return RESERVED.get(key.strip());
    }

    /** The overrides of one point: the fixed {@code --set} values, then the point's own. */
    static Map<String, String> merge(Map<String, String> set, Map<String, String> point) {
        Map<String, String> m = new LinkedHashMap<>();
        if (set != null) {
            m.putAll(set);
        }
        m.putAll(point);
        return m;
    }

    /**
     * {@code result.get(f).get(p)}: file f at point p, its run section set to {@code run} (seed and replications of
     * the base). Null after printing each distinct problem once to {@code err}. A problem with a value given on the
     * command line is located at the key's place there: {@code keys} in the order the user gave them, then the
     * {@code --set} keys.
     */
    static List<List<Scenario>> read(List<Path> files, Map<String, String> set, List<Map<String, String>> points,
            List<String> keys, RunSpec run, PrintWriter err) {
        Map<String, Integer> column = columns(keys, set);
        Set<String> problems = new LinkedHashSet<>();
        Set<String> warnings = new LinkedHashSet<>();
        List<List<Scenario>> out = new ArrayList<>();
        for (Path f : files) {
            List<Scenario> row = new ArrayList<>();
            for (Map<String, String> point : points) {
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
                try {
                    List<Problem> said = new ArrayList<>();
                    Scenario s = ScenarioReader.read(f, merge(set, point), said);
                    if (warnings.size() < MAX_PROBLEMS) {
                        // a point's values are on the command line: say which point the warning is about
                        String at = String.join(", ", point.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                                .toList());
                        said.stream().map(w -> w.formatWarning() + (at.isEmpty() ? "" : " (point " + at + ")"))
                                .forEach(warnings::add);
                    }
                    row.add(s.withRun(new RunSpec(s.run().horizon(), s.run().warmup(), run.replications(),
                            run.seed())));
                } catch (ScenarioException e) {
                    e.problems().stream().map(p -> relocate(p, column)).map(Problem::format).forEach(problems::add);
                }
            }
            out.add(row);
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.flush();
            return null;
        }
        if (!warnings.isEmpty()) {
            warnings.forEach(err::println);
            err.flush();
        }
        return out;
    }
}
