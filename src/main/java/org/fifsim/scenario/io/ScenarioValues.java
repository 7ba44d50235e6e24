package org.fifsim.scenario.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the value written at a dotted key path ({@code vehicle_line.takt}, {@code pack_line.stations[0].cycle_time},
 * {@code pack_line.stations.cell-stacking.mtbf.exponential}) of a scenario file, after {@code extends}: what a
 * sensitivity analysis varies around. Paths are those of {@link Overrides}.
 */
public final class ScenarioValues {
    private ScenarioValues() {
    }

    /**
     * The text of the scalar at {@code key}.
     *
     * @param column where the key stands among the command line's values, for the error position
     * @throws ScenarioException when the file has problems, or the key is not written in it (then it takes its
     *         default, which a file does not show) or holds a map or list rather than one value
     */
    public static String textAt(Path file, String key, int column) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        YNode root = ScenarioTree.load(file, problems);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        Position at = new Position(Overrides.SOURCE, 1, column);
        List<String> path = Overrides.split(key);
        if (path.isEmpty()) {
            throw fail(at, key, "is not a dotted key path such as vehicle_line.takt");
        }
        YNode node = root;
        for (String seg : path) {
            node = child(node, seg);
            if (node == null) {
                throw missing(file, key, at);
            }
        }
        if (node instanceof YNode.Map_ m) {
            String first = m.entries().isEmpty() ? "exponential" : m.entries().keySet().iterator().next();
            throw fail(at, key, "holds a map, not one value; name one of its values, e.g. " + key + "." + first);
        }
        if (node instanceof YNode.Seq) {
            throw fail(at, key, "holds a list, not one value; name one item, e.g. " + key + "[0]");
        }
        return ((YNode.Scalar) node).text();
    }

    private static YNode child(YNode node, String seg) {
        if (node instanceof YNode.Seq seq) {
            if (seg.startsWith("[")) {
                try {
                    int k = Integer.parseInt(seg.substring(1, seg.length() - 1).trim());
                    return k >= 0 && k < seq.items().size() ? seq.items().get(k) : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            for (YNode item : seq.items()) {
                if (item instanceof YNode.Map_ m && m.get("name") instanceof YNode.Scalar s && s.text().equals(seg)) {
                    return item;
                }
            }
            return null;
        }
        if (node instanceof YNode.Map_ m && !seg.startsWith("[")) {
            return m.get(seg);
        }
        return null;
    }

    /** A key the file does not write: a typo gets the reader's own message ("did you mean"), a real key a hint. */
    private static ScenarioException missing(Path file, String key, Position at) {
        try {
            ScenarioReader.read(file, java.util.Map.of(key, "0"));
        } catch (ScenarioException e) {
            List<Problem> path = e.problems().stream().filter(p -> p.at().file().equals(Overrides.SOURCE)
                    && (p.rule().startsWith("unknown") || p.rule().startsWith("no list item")
                            || p.rule().contains("not a list") || p.rule().contains("not a dotted")))
                    .map(p -> new Problem(at, p.key(), p.rule(), p.got())).toList();
            if (!path.isEmpty()) {
                return new ScenarioException(path);
            }
        }
        return fail(at, key, "is not written in " + file + " (so it takes its default); write it in the file "
                + "to vary it around its value");
    }

    private static ScenarioException fail(Position at, String key, String rule) {
        return new ScenarioException(List.of(new Problem(at, key, rule, null)));
    }
}
