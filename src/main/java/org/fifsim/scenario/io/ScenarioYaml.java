package org.fifsim.scenario.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A scenario file that {@code extends} another and sets some of its keys: what {@code fifsim optimize} writes as
 * {@code best.yaml}. The overrides are written as nested YAML. Since {@code extends} merges maps key by key but replaces
 * lists whole, a key inside a list ({@code logistics.stages.road.fleet}, a stage by its name) is written as the whole
 * list, taken from the base as read (its own {@code extends} laid in) with every override applied: the file then means
 * exactly what the overrides meant.
 */
public final class ScenarioYaml {
    /** A scalar that needs no quotes: plain words, numbers, durations, percentages, dotted names. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+%/ -]*");

    private ScenarioYaml() {
    }

    /**
     * The text of a scenario file.
     *
     * @param base the scenario extended
     * @param extendsText how {@code extends} names it (a path relative to where the new file will be)
     * @param name the new scenario's name
     * @param header comment lines (without '#') written first
     * @param overrides dotted keys to values, as {@code --set} takes them
     */
    public static String extending(Path base, String extendsText, String name, String description,
            List<String> header, Map<String, String> overrides) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        YNode tree = ScenarioTree.load(base, problems);
        if (tree != null && problems.isEmpty()) {
            tree = Overrides.apply(tree, overrides, problems);
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        out.put("extends", extendsText);
        out.put("name", name);
        out.put("description", description);
        for (String key : overrides.keySet()) {
            place(out, tree, Overrides.split(key), 0);
        }
        StringBuilder b = new StringBuilder();
        header.forEach(h -> b.append("# ").append(h).append('\n'));
        write(b, out, 0);
        return b.toString();
    }

    /** Copies the part of {@code node} on the path into {@code out}: maps by key, a list whole. */
    @SuppressWarnings("unchecked")
    private static void place(LinkedHashMap<String, Object> out, YNode node, List<String> path, int i) {
        String seg = path.get(i);
        YNode child = node instanceof YNode.Map_ m ? m.get(seg) : null;
        if (child == null) {
            return;
        }
        if (i == path.size() - 1 || child instanceof YNode.Seq || child instanceof YNode.Scalar) {
            out.put(seg, plain(child));
            return;
        }
        Object sub = out.get(seg);
        if (!(sub instanceof LinkedHashMap)) {
            sub = new LinkedHashMap<String, Object>();
            out.put(seg, sub);
        }
        place((LinkedHashMap<String, Object>) sub, child, path, i + 1);
    }

    /** A node as plain maps, lists and strings. */
    private static Object plain(YNode n) {
        if (n instanceof YNode.Scalar s) {
            return s.text();
        }
        if (n instanceof YNode.Seq s) {
            List<Object> l = new ArrayList<>();
            s.items().forEach(x -> l.add(plain(x)));
            return l;
        }
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        ((YNode.Map_) n).view().forEach((k, e) -> m.put(k, plain(e.value())));
        return m;
    }

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder b, Object value, int indent) {
        String pad = " ".repeat(indent);
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                b.append(pad).append(scalar(e.getKey())).append(':');
                entry(b, e.getValue(), indent);
            }
        } else if (value instanceof List<?> l) {
            for (Object item : l) {
                b.append(pad).append("-");
                if (item instanceof Map<?, ?> im && !im.isEmpty()) {
                    // the first key on the dash's line, the rest aligned under it
                    StringBuilder inner = new StringBuilder();
                    write(inner, item, indent + 2);
                    b.append(' ').append(inner.substring(indent + 2));
                } else {
                    entry(b, item, indent);
                }
            }
        }
    }

    /** Short values on one line, as people write them: {@code [2h, 4h, 8h]}, {@code {triangular: [2h, 4h, 8h]}}. */
    private static String flow(Object v) {
        if (v instanceof String s) {
            return scalar(s);
        }
        if (v instanceof List<?> l && l.stream().allMatch(x -> x instanceof String)) {
            return "[" + String.join(", ", l.stream().map(x -> scalar((String) x)).toList()) + "]";
        }
        if (v instanceof Map<?, ?> m && m.size() == 1) {
            Map.Entry<?, ?> e = m.entrySet().iterator().next();
            String inner = flow(e.getValue());
            return inner == null ? null : "{" + scalar((String) e.getKey()) + ": " + inner + "}";
        }
        return null;
    }

    private static void entry(StringBuilder b, Object v, int indent) {
        String flow = v instanceof String ? null : flow(v);
        if (flow != null && flow.length() <= 80) {
            b.append(' ').append(flow).append('\n');
        } else if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            b.append('\n');
            write(b, v, indent + 2);
        } else if (v instanceof List<?> l && !l.isEmpty()) {
            b.append('\n');
            write(b, v, indent + 2);
        } else if (v instanceof Map<?, ?>) {
            b.append(" {}\n");
        } else if (v instanceof List<?>) {
            b.append(" []\n");
        } else {
            b.append(' ').append(scalar((String) v)).append('\n');
        }
    }

    /** A scalar as YAML: plain when safe, else single-quoted. */
    static String scalar(String s) {
        if (s.equals("~") || PLAIN.matcher(s).matches() && !s.endsWith(" ") && !s.contains(" #")
                && !s.matches("(?i)(true|false|yes|no|on|off|null)")) {
            return s;
        }
        return "'" + s.replace("'", "''") + "'";
    }
}
