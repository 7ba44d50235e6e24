package org.fifsim.scenario.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.scenario.Keys;

/**
 * Values set from the command line by dotted path ({@code vehicle_line.takt=40s},
 * {@code pack_line.stations.cell-stacking.mtbf.exponential=10h}, {@code pack_line.stations[0].cycle_time=44s}),
 * laid over the scenario tree before validation, so a bad value gets the same one-line error as in a file.
 * A list item is chosen by index or by its {@code name}; missing map keys are created. A path must name a key that
 * {@link Keys} declares (or a section of them): a mistyped one is refused with the closest declared name before it
 * touches the tree.
 */
public final class Overrides {
    /** Where override values are reported: the command line, item i at column i. */
    static final Path SOURCE = Path.of("(command line)");

    private Overrides() {
    }

    static YNode apply(YNode root, Map<String, String> overrides, List<Problem> problems) {
        YNode out = root;
        int i = 0;
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            i++;
            Position at = new Position(SOURCE, 1, i);
            List<String> path = split(e.getKey());
            if (path.isEmpty()) {
                problems.add(new Problem(at, e.getKey(), "is not a dotted key path such as vehicle_line.takt", null));
                continue;
            }
            if (path.get(0).equals("extends")) {
                // the base files are read before any value is laid over them: an override would be ignored
                problems.add(new Problem(at, e.getKey(), "cannot be set from the command line (the files a scenario"
                        + " extends are read first); write extends in the scenario file", e.getValue()));
                continue;
            }
            Problem undeclared = undeclared(path, at);
            if (undeclared != null) {
                problems.add(undeclared);
                continue;
            }
            YNode changed = set(out, path, 0, new YNode.Scalar(e.getValue(), at), e.getKey(), problems);
            if (changed != null) {
                out = changed;
            }
        }
        return out;
    }

    /**
     * The problem of a path that leaves the declared keys, named up to the first undeclared segment with the closest
     * declared name; null when the path stays among them (or goes below a declared value, which the reader then
     * refuses in its own words, e.g. a distribution on a plain duration).
     */
    static Problem undeclared(List<String> path, Position at) {
        Keys.Node n = Keys.root();
        for (int i = 0; i < path.size(); i++) {
            String seg = path.get(i);
            Keys.Node c = n.child(seg);
            if (c == null) {
                if (seg.startsWith("[") || n.key() != null && n.names().isEmpty() && n.item() == null) {
                    return null;
                }
                String hint = Suggest.closest(seg, n.names());
                String rule = "unknown key" + (hint == null ? " (known: " + String.join(", ", n.names()) + ")"
                        : ", did you mean '" + hint + "'?");
                return new Problem(at, join(path.subList(0, i + 1)), rule, null);
            }
            n = c;
        }
        return null;
    }

    private static String join(List<String> segs) {
        StringBuilder b = new StringBuilder();
        for (String seg : segs) {
            b.append(b.length() == 0 || seg.startsWith("[") ? "" : ".").append(seg);
        }
        return b.toString();
    }

    /** Splits {@code a.b[2].c} into a, b, [2], c, as the key registry does. */
    static List<String> split(String key) {
        return org.fifsim.scenario.Keys.segments(key);
    }

    private static YNode set(YNode node, List<String> path, int i, YNode.Scalar value, String key,
            List<Problem> problems) {
        if (i == path.size()) {
            return value;
        }
        String seg = path.get(i);
        if (node instanceof YNode.Seq seq) {
            int index = indexOf(seq, seg);
            if (index < 0) {
                problems.add(new Problem(value.at(), key, "no list item " + seg + " (use [index] or an item's name)",
                        null));
                return null;
            }
            List<YNode> items = new ArrayList<>(seq.items());
            YNode child = set(items.get(index), path, i + 1, value, key, problems);
            if (child == null) {
                return null;
            }
            items.set(index, child);
            return new YNode.Seq(items, seq.at());
        }
        if (seg.startsWith("[")) {
            problems.add(new Problem(value.at(), key, seg + " used on something that is not a list", null));
            return null;
        }
        LinkedHashMap<String, YNode.Entry> entries = node instanceof YNode.Map_ m ? new LinkedHashMap<>(m.entries())
                : new LinkedHashMap<>();
        YNode.Entry old = entries.get(seg);
        YNode child = set(old == null ? new YNode.Map_(new LinkedHashMap<>(), value.at()) : old.value(), path, i + 1,
                value, key, problems);
        if (child == null) {
            return null;
        }
        entries.put(seg, new YNode.Entry(seg, old == null ? value.at() : old.keyAt(), child));
        return new YNode.Map_(entries, node == null ? value.at() : node.at());
    }

    private static int indexOf(YNode.Seq seq, String seg) {
        if (seg.startsWith("[")) {
            try {
                int k = Integer.parseInt(seg.substring(1, seg.length() - 1).trim());
                return k >= 0 && k < seq.items().size() ? k : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        for (int k = 0; k < seq.items().size(); k++) {
            if (seq.items().get(k) instanceof YNode.Map_ m && m.get("name") instanceof YNode.Scalar s
                    && s.text().equals(seg)) {
                return k;
            }
        }
        return -1;
    }
}
