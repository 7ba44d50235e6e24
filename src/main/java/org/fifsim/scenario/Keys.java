package org.fifsim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every scenario key, declared once ({@link KeyCatalog}): type, default, range, unit and meaning. The reader takes
 * defaults and rules from here and refuses to read a key not declared here; {@code --set} and {@code --vary} are
 * resolved against it; the README's key table is written from it. Keys under lists use a placeholder segment:
 * {@code logistics.stages.<name>.target_cover}, {@code vehicle_line.swings.<index>.start}.
 */
public final class Keys {
    /** Longest horizon accepted: beyond a century a scenario is a typo, and memory/time would explode. */
    public static final double MAX_HORIZON = 100 * Durations.YEAR;
    public static final int MAX_REPLICATIONS = 10_000;
    public static final int MAX_STATIONS = 200;
    public static final int MAX_STOCK = 10_000_000;
    /** Initial packs are objects in memory: a million is far beyond any plant and still small. */
    public static final int MAX_INITIAL_STOCK = 1_000_000;
    public static final int MAX_VARIANTS = 50;
    public static final int MAX_BANK = 10_000_000;
    public static final int MAX_INSPECTORS = 100_000;

    private static final Node ROOT = new Node();
    private static final List<ScenarioKey> ALL;

    static {
        List<ScenarioKey> all = KeyCatalog.declare();
        for (ScenarioKey k : all) {
            Node n = ROOT;
            for (String seg : k.key().split("\\.")) {
                n = n.add(seg);
            }
            if (n.key != null) {
                throw new IllegalStateException("scenario key declared twice: " + k.key());
            }
            n.key = k;
        }
        ALL = Collections.unmodifiableList(all);
    }

    private Keys() {
    }

    /** Every key in declaration order (the order of the README's table). */
    public static List<ScenarioKey> all() {
        return ALL;
    }

    /**
     * The key a dotted path names, as {@code --set} and a study's {@code decide:} write it: list items by name or
     * {@code [index]} ({@code pack_line.stations.stacking.cycle_time}, {@code pack_line.stations[0].cycle_time}), and a
     * random quantity's distribution parameter resolves to its key ({@code ...mtbf.exponential},
     * {@code ...transit.normal.mean}). Empty for a path no key matches.
     */
    public static Optional<ScenarioKey> find(String dotted) {
        List<String> segs = segments(dotted);
        Node n = ROOT;
        for (int i = 0; i < segs.size(); i++) {
            if (n.key != null && n.key.isRandom() && distributionTail(segs.subList(i, segs.size()))) {
                return Optional.of(n.key);
            }
            n = n.child(segs.get(i));
            if (n == null) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(n.key);
    }

    /** The registry's root, for the reader, which walks it along the file's sections. */
    public static Node root() {
        return ROOT;
    }

    /** {@code a.b[2].c} as a, b, [2], c; an empty segment leaves it empty (not a key path). */
    public static List<String> segments(String dotted) {
        List<String> out = new ArrayList<>();
        for (String part : dotted.strip().split("\\.", -1)) {
            int b = part.indexOf('[');
            String head = b < 0 ? part : part.substring(0, b);
            if (head.isEmpty() && b != 0) {
                return List.of();
            }
            if (!head.isEmpty()) {
                out.add(head);
            }
            while (b >= 0) {
                int close = part.indexOf(']', b);
                if (close < 0) {
                    return List.of();
                }
                out.add(part.substring(b, close + 1));
                b = part.indexOf('[', close);
            }
        }
        return out;
    }

    /** {@code exponential}, {@code triangular}, {@code triangular.[0]}, {@code normal.mean}: inside one value. */
    private static boolean distributionTail(List<String> rest) {
        if (rest.isEmpty() || !Distribution.KINDS.contains(rest.get(0))) {
            return false;
        }
        return rest.size() == 1 || rest.size() == 2 && (rest.get(1).equals("mean") || rest.get(1).equals("sd")
                || rest.get(1).startsWith("["));
    }

    /** One segment of the key tree: the key declared at this path (if any) and its children. */
    public static final class Node {
        private final Map<String, Node> literal = new LinkedHashMap<>();
        private Node wildcard;
        private ScenarioKey key;

        private Node add(String seg) {
            if (seg.startsWith("<")) {
                if (wildcard == null) {
                    wildcard = new Node();
                }
                return wildcard;
            }
            return literal.computeIfAbsent(seg, s -> new Node());
        }

        /**
         * The child for a segment as written: a declared name first, else the placeholder ({@code <name>}), which
         * also takes an index {@code [i]}; null when neither exists.
         */
        public Node child(String seg) {
            Node n = seg.startsWith("[") ? null : literal.get(seg);
            return n != null ? n : wildcard;
        }

        /** The child of a list's items or a map's entries (the placeholder), or null. */
        public Node item() {
            return wildcard;
        }

        /** The key declared at this path, or null (the root, or a placeholder with keys below it only). */
        public ScenarioKey key() {
            return key;
        }

        /** The names declared directly below, in declaration order (for did-you-mean hints). */
        public List<String> names() {
            return List.copyOf(literal.keySet());
        }
    }
}
