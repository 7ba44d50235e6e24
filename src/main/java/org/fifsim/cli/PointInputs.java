package org.fifsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fifsim.scenario.Keys;
import org.fifsim.scenario.RunSpec;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.ScenarioKey;
import org.fifsim.scenario.io.Position;
import org.fifsim.scenario.io.Problem;
import org.fifsim.scenario.io.ScenarioException;
import org.fifsim.scenario.io.ScenarioTemplate;

/**
 * Reads every scenario of a sweep (each file at each point, overrides applied) before anything runs, so a value that
 * breaks a rule at any point stops the sweep with the reader's located one-line error, and nothing is written. Each
 * file is read once ({@link ScenarioTemplate}); a point is the template with its overrides.
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

    /** A command-line problem of one of several designs, naming the design and how to vary a key in one only. */
    static Problem named(Problem p, Scenario head, int designs) {
        if (head == null || designs < 2 || !p.at().file().toString().equals(COMMAND_LINE)) {
            return p;
        }
        return new Problem(p.at(), p.key(), p.rule() + " in design " + head.name() + " (to set or vary a key of one "
                + "design only: DESIGN:KEY)", p.got());
    }

    /**
     * A reason the key cannot be varied, or null: the sweep's own run keys, and a key the registry declares as a map or
     * list of keys (a point sets one value). A key the registry does not know is left to the reader, which names the
     * closest one at its place on the command line.
     */
    static String reserved(String key) {
        String why = RESERVED.get(key.strip());
        if (why != null) {
            return why;
        }
        return Keys.find(key.strip()).filter(k -> k.type() == ScenarioKey.Type.SECTION
                || k.type() == ScenarioKey.Type.LIST).map(k -> "it is a " + k.type().shown() + " of keys, not one "
                + "value; vary one of its keys (" + k.key() + ".…)").orElse(null);
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
        return read(files, null, set, points, keys, run, err);
    }

    /** A key that stands for vehicles a year: turned into the vehicle line's takt on its calendar (orders follow). */
    static final String VOLUME = "volume";

    /**
     * The overrides one design gets: unscoped keys and those scoped to it ({@code DESIGN:KEY}), the scope removed;
     * {@code volume} (vehicles a year) becomes {@code vehicle_line.takt} on the design's calendar.
     *
     * @param head the design as read without overrides, or null (no scopes, no volume: as given)
     */
    static Map<String, String> forDesign(Map<String, String> overrides, Scenario head) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            String k = e.getKey();
            int colon = k.indexOf(':');
            if (head == null) {
                out.put(k, e.getValue());
                continue;
            }
            if (colon >= 0 && !k.substring(0, colon).strip().equals(head.name())) {
                continue;
            }
            String key = colon < 0 ? k : k.substring(colon + 1).strip();
            out.put(key.equals(VOLUME) ? "vehicle_line.takt" : key,
                    key.equals(VOLUME) ? taktFor(e.getValue(), head) : e.getValue());
        }
        return out;
    }

    /** The takt that builds {@code volume} vehicles a year on the design's calendar; the text as is if no number. */
    static String taktFor(String volume, Scenario head) {
        try {
            double v = Double.parseDouble(volume.strip().replace("_", ""));
            if (!(v > 0)) {
                return volume;
            }
            double takt = org.fifsim.scenario.Durations.YEAR * head.vehicleLine().calendar().workingShare() / v;
            return String.format(java.util.Locale.ROOT, "%.6fs", takt);
        } catch (NumberFormatException e) {
            return volume;
        }
    }

    /**
     * As {@link #read(List, Map, List, List, RunSpec, PrintWriter)}, each file with its own overrides
     * ({@link #forDesign}); {@code heads} are the files as read without overrides (null: every key as given). With
     * more than one design, a key a design lacks is reported naming that design.
     */
    static List<List<Scenario>> read(List<Path> files, List<Scenario> heads, Map<String, String> set,
            List<Map<String, String>> points, List<String> keys, RunSpec run, PrintWriter err) {
        Map<String, Integer> column = columns(keys, set);
        Set<String> problems = new LinkedHashSet<>();
        Set<String> warnings = new LinkedHashSet<>();
        List<List<Scenario>> out = new ArrayList<>();
        for (int fi = 0; fi < files.size(); fi++) {
            ScenarioTemplate template = ScenarioTemplate.of(files.get(fi)); // the file read once, every point a value
            Scenario head = heads == null ? null : heads.get(fi);
            List<Scenario> row = new ArrayList<>();
            for (Map<String, String> point : points) {
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
                try {
                    List<Problem> said = new ArrayList<>();
                    Scenario s = template.with(forDesign(merge(set, point), head), said);
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
                    e.problems().stream().map(p -> relocate(named(p, head, files.size()), column))
                            .map(Problem::format).forEach(problems::add);
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
