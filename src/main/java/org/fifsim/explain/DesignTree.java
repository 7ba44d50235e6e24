package org.fifsim.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A scenario's resolved YAML ({@code extends} laid in, every scalar as text) as plain maps and lists, so two designs
 * can be compared key by key and a design in between can be written from parts of both. A list of named items
 * (stages, stations) is walked item by item when both designs name the same items in the same order, so a stage's
 * cover is a key of its own; otherwise the whole list is one value.
 */
final class DesignTree {
    /** One-key maps that are a distribution: a value, never walked into. */
    private static final List<String> DISTRIBUTIONS = List.of("exponential", "triangular", "uniform", "normal",
            "lognormal");
    private final Map<String, Object> root;

    private DesignTree(Map<String, Object> root) {
        this.root = root;
    }

    @SuppressWarnings("unchecked")
    static DesignTree of(String resolvedYaml) {
        Object o = new Yaml(new LoaderOptions()).load(resolvedYaml);
        return new DesignTree(o instanceof Map<?, ?> m ? copy(m) : new LinkedHashMap<>());
    }

    /** A key that differs: its dotted path (list items by name) and both values, null where a design lacks it. */
    record Difference(List<String> path, Object a, Object b) {
        String key() {
            return String.join(".", path);
        }
    }

    /** Every key whose value differs between the two designs, in A's key order then B's. */
    static List<Difference> differences(DesignTree a, DesignTree b) {
        List<Difference> out = new ArrayList<>();
        diff(new ArrayList<>(), a.root, b.root, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void diff(List<String> path, Object a, Object b, List<Difference> out) {
        if (Objects.equals(a, b)) {
            return;
        }
        if (walkable(a) && walkable(b)) {
            Map<String, Object> ma = (Map<String, Object>) a;
            Map<String, Object> mb = (Map<String, Object>) b;
            List<String> keys = new ArrayList<>(ma.keySet());
            mb.keySet().stream().filter(k -> !ma.containsKey(k)).forEach(keys::add);
            for (String k : keys) {
                diff(append(path, k), ma.get(k), mb.get(k), out);
            }
            return;
        }
        List<String> na = names(a);
        if (na != null && na.equals(names(b))) {
            List<Object> la = (List<Object>) a;
            List<Object> lb = (List<Object>) b;
            for (int i = 0; i < la.size(); i++) {
                diff(append(path, na.get(i)), la.get(i), lb.get(i), out);
            }
            return;
        }
        out.add(new Difference(List.copyOf(path), a, b));
    }

    /**
     * This design with the given keys set to the other design's values (removed where the other lacks them) under a
     * new name, as YAML text for the scenario reader.
     */
    String with(List<Difference> taken, String name) {
        Map<String, Object> out = copy(root);
        out.put("name", name);
        for (Difference d : taken) {
            set(out, d.path(), d.b());
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        options.setWidth(Integer.MAX_VALUE);
        return new Yaml(options).dump(out);
    }

    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> top, List<String> path, Object value) {
        Object node = top;
        for (int i = 0; i < path.size() - 1; i++) {
            Object next = child(node, path.get(i));
            if (next == null && node instanceof Map<?, ?> m && value != null) {
                next = new LinkedHashMap<String, Object>();
                ((Map<String, Object>) m).put(path.get(i), next);
            }
            if (next == null) {
                return; // removing a key under a section this design lacks: nothing to remove
            }
            node = next;
        }
        String last = path.get(path.size() - 1);
        if (node instanceof Map<?, ?> m) {
            if (value == null) {
                m.remove(last);
            } else {
                ((Map<String, Object>) m).put(last, copyValue(value));
            }
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                if (last.equals(name(l.get(i)))) {
                    ((List<Object>) l).set(i, copyValue(value));
                }
            }
        }
    }

    private static Object child(Object node, String seg) {
        if (node instanceof Map<?, ?> m) {
            return m.get(seg);
        }
        if (node instanceof List<?> l) {
            for (Object item : l) {
                if (seg.equals(name(item))) {
                    return item;
                }
            }
        }
        return null;
    }

    private static boolean walkable(Object o) {
        return o instanceof Map<?, ?> m && !(m.size() == 1 && DISTRIBUTIONS.contains(m.keySet().iterator().next()));
    }

    /** The names of a list's items when every item is a map with a distinct name, else null. */
    private static List<String> names(Object o) {
        if (!(o instanceof List<?> l)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Object item : l) {
            String n = name(item);
            if (n == null || out.contains(n)) {
                return null;
            }
            out.add(n);
        }
        return out;
    }

    private static String name(Object item) {
        return item instanceof Map<?, ?> m && m.get("name") instanceof String s ? s : null;
    }

    private static List<String> append(List<String> path, String seg) {
        List<String> out = new ArrayList<>(path);
        out.add(seg);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<?, ?> m) {
        return (Map<String, Object>) copyValue(m);
    }

    private static Object copyValue(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), copyValue(v)));
            return out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(copyValue(v)));
            return out;
        }
        return o;
    }
}
