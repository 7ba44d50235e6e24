package org.fifsim.scenario.io;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Factor values as {@code fifsim account} takes them ({@code --factors FILE}, {@code --set KEY=VALUE}), read by the
 * scenario files' YAML reader so they follow the same rules: numbers only in {@link StrictNumber}'s syntax (no
 * {@code 0x10}, no {@code .inf}), a key written twice is an error (not "the last wins"), and every problem has a
 * position. The values come back as trees with positions, for the one distribution parser
 * ({@link Distributions#number}).
 */
public final class FactorValues {
    /** A factor's value and where its name is written. */
    public record Located(YNode value, Position at) {
    }

    private FactorValues() {
    }

    /**
     * The factors of a YAML file: a flat map {@code name: value} or the library's own layout
     * {@code factors: {name: {value: ...}}}. Problems are added to {@code problems}.
     */
    public static Map<String, Located> read(Path file, List<Problem> problems) {
        Map<String, Located> out = new LinkedHashMap<>();
        YNode root = YamlLoader.load(file, problems);
        if (root == null) {
            return out;
        }
        YNode map = root instanceof YNode.Map_ m && m.get("factors") != null ? m.get("factors") : root;
        if (!(map instanceof YNode.Map_ factors)) {
            problems.add(new Problem(root.at(), "(file)", "must be a map of factor names to values", null));
            return out;
        }
        for (YNode.Entry e : factors.entries().values()) {
            YNode v = e.value() instanceof YNode.Map_ m && m.get("value") != null ? m.get("value") : e.value();
            out.put(e.key(), new Located(v, e.keyAt()));
        }
        return out;
    }

    /** One value written on the command line; null after adding a problem located at {@code where}. */
    public static YNode value(String text, Path where, List<Problem> problems) {
        return YamlLoader.parse(where, text, problems);
    }
}
