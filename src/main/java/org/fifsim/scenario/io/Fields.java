package org.fifsim.scenario.io;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoublePredicate;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.Durations;
import org.fifsim.scenario.Keys;
import org.fifsim.scenario.ScenarioKey;

/**
 * Typed, validating access to one YAML map. Every accessor records the key as known, so {@link #finish()} can report
 * the keys nobody asked for (with a did-you-mean hint). A bad value becomes a {@link Problem} and the accessor returns
 * the default, so validation goes on and reports every problem at once. In a scenario each map knows its place in
 * {@link Keys}: the accessors that name only the key take its default, rule and whether it is required from there, and
 * asking for a key {@link Keys} does not declare is a defect of the program (so the registry cannot miss a key).
 */
final class Fields {
    private final YNode.Map_ map;
    private final Position at;
    private final String path;
    private final List<Problem> problems;
    private final Set<String> known = new LinkedHashSet<>();
    /** This map's place among the declared scenario keys; null outside a scenario (claims, distribution maps). */
    private final Keys.Node schema;

    Fields(YNode.Map_ map, Position at, String path, List<Problem> problems) {
        this(map, at, path, problems, null);
    }

    private Fields(YNode.Map_ map, Position at, String path, List<Problem> problems, Keys.Node schema) {
        this.map = map;
        this.at = at;
        this.path = path;
        this.problems = problems;
        this.schema = schema;
    }

    /** Wraps a node that must be a map; a non-map is reported and read as empty. */
    static Fields of(YNode node, Position fallback, String path, List<Problem> problems) {
        return of(node, fallback, path, problems, null);
    }

    /** A scenario file's top-level map, read against {@link Keys}. */
    static Fields scenario(YNode root, Position fallback, List<Problem> problems) {
        return of(root, fallback, "", problems, Keys.root());
    }

    private static Fields of(YNode node, Position fallback, String path, List<Problem> problems, Keys.Node schema) {
        if (node instanceof YNode.Map_ m) {
            return new Fields(m, m.at(), path, problems, schema);
        }
        if (node != null) {
            problems.add(new Problem(node.at(), path, "must be a map of keys", node.shown()));
        }
        return new Fields(null, node == null ? fallback : node.at(), path, problems, schema);
    }

    /** Item {@code i} of the list {@code k}, itself a map. */
    Fields item(String k, YNode node, int i) {
        Keys.Node list = declared(k);
        return of(node, at, key(k) + "[" + i + "]", problems, list == null ? null : list.item());
    }

    /** Records {@code k} as known; in a scenario, checks that {@link Keys} declares it. */
    private void know(String k) {
        known.add(k);
        declared(k);
    }

    /** The declared node of {@code k}; null outside a scenario. */
    private Keys.Node declared(String k) {
        if (schema == null) {
            return null;
        }
        Keys.Node n = schema.child(k);
        if (n == null) {
            throw new IllegalStateException("scenario key " + key(k) + " is read but not declared in "
                    + Keys.class.getName());
        }
        return n;
    }

    /** The declaration of {@code k}, for the accessors that take its default and rule from it. */
    private ScenarioKey spec(String k) {
        Keys.Node n = declared(k);
        if (n == null || n.key() == null) {
            throw new IllegalStateException("no declared scenario key " + key(k) + " to take a default from");
        }
        return n.key();
    }

    String key(String k) {
        return path.isEmpty() ? k : path + "." + k;
    }

    Position at() {
        return at;
    }

    List<Problem> problems() {
        return problems;
    }

    boolean has(String k) {
        know(k);
        return map != null && map.get(k) != null && !isNull(map.get(k));
    }

    YNode raw(String k) {
        know(k);
        if (map == null) {
            return null;
        }
        YNode n = map.get(k);
        return n == null || isNull(n) ? null : n;
    }

    void problem(YNode node, String k, String rule) {
        problems.add(new Problem(node == null ? at : node.at(), key(k), rule, node == null ? null : node.shown()));
    }

    private boolean missing(String k, boolean required) {
        if (raw(k) == null) {
            // inside a section that is itself missing or not a map, that one problem says it all
            if (required && map != null) {
                problems.add(new Problem(at, key(k), "is required", null));
            }
            return true;
        }
        return false;
    }

    /** A sub-map; absent gives an empty section (all defaults). */
    Fields section(String k, boolean required) {
        missing(k, required);
        return of(raw(k), at, key(k), problems, declared(k));
    }

    /** A sub-map, required if its declaration says so. */
    Fields section(String k) {
        return section(k, spec(k).required());
    }

    /** Text with the declared default. */
    String text(String k) {
        return text(k, spec(k).defaultText());
    }

    /** Text with a default that follows from elsewhere, required if declared so. */
    String text(String k, String def) {
        return text(k, def, spec(k).required());
    }

    /** One of the declared words (a problem for any other, returned as written so the caller can go on). */
    String choice(String k) {
        return choice(k, spec(k).defaultText());
    }

    /** As {@link #choice(String)}, with a default that follows from other keys. */
    String choice(String k, String def) {
        ScenarioKey s = spec(k);
        String v = text(k, def, s.required());
        if (has(k) && raw(k) instanceof YNode.Scalar && !s.choices().contains(v)) {
            problem(raw(k), k, s.choiceRule());
        }
        return v;
    }

    /** A number under its declared rule and default (NaN when it has none); "is required" if declared so. */
    double number(String k) {
        return number(k, spec(k).defaultNumber());
    }

    /** As {@link #number(String)}, with a default that follows from other keys. */
    double number(String k, double def) {
        ScenarioKey s = spec(k);
        if (s.required() && missing(k, true)) {
            return def;
        }
        return number(k, def, rule(s)::test, s.range() == null ? "" : s.range().rule());
    }

    /** A whole number under its declared range and default. */
    long integer(String k) {
        return integer(k, (long) spec(k).defaultNumber());
    }

    /** As {@link #integer(String)}, with a default that follows from other keys. */
    long integer(String k, long def) {
        ScenarioKey s = spec(k);
        ScenarioKey.Range r = s.range();
        return integer(k, def, r == null ? Long.MIN_VALUE : (long) r.low(), r == null ? Long.MAX_VALUE
                : r.high() >= Long.MAX_VALUE / 2 ? Long.MAX_VALUE / 2 : (long) r.high(), s.required());
    }

    /** A duration under its declared rule and default. */
    double duration(String k) {
        return duration(k, spec(k).defaultNumber());
    }

    /** As {@link #duration(String)}, with a default that follows from other keys. */
    double duration(String k, double def) {
        ScenarioKey s = spec(k);
        return duration(k, def, s.required(), rule(s)::test, s.range() == null ? "" : s.range().rule());
    }

    /** A random duration with its declared default; a declared range applies to its mean. */
    Distribution distribution(String k) {
        return distribution(k, spec(k).defaultRandom());
    }

    /** As {@link #distribution(String)}, with a default that follows from other keys. */
    Distribution distribution(String k, Distribution def) {
        ScenarioKey s = spec(k);
        Distribution d = distribution(k, def, s.required(), false);
        if (d != def && s.range() != null && !s.range().test(d.mean())) {
            problem(raw(k), k, s.range().rule());
            return def;
        }
        return d;
    }

    /** A random plain number under its declared rule and default. */
    Distribution numberDistribution(String k) {
        return numberDistribution(k, spec(k).defaultRandom().mean());
    }

    /** As {@link #numberDistribution(String)}, with a default that follows from other keys. */
    Distribution numberDistribution(String k, double def) {
        ScenarioKey s = spec(k);
        return numberDistribution(k, def, rule(s)::test, s.range() == null ? "" : s.range().rule());
    }

    private static ScenarioKey.Range rule(ScenarioKey s) {
        return s.range() != null ? s.range()
                : new ScenarioKey.Range(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true, "");
    }

    String text(String k, String def, boolean required) {
        if (missing(k, required)) {
            return def;
        }
        YNode n = raw(k);
        if (n instanceof YNode.Scalar s) {
            return s.text();
        }
        problem(n, k, "must be text");
        return def;
    }

    /** Why a distribution map is refused where a scenario takes one number (e.g. {@code pack_kwh}). */
    static final String NUMBER_NOT_DISTRIBUTION = "must be a number: a scenario key takes one value (a factor's "
            + "distribution belongs to `account --set` or a factor library)";

    /** A map in a file, or a command line's {@code --set KEY={uniform: [..]}} (kept as text). */
    private static boolean distribution(YNode n) {
        return n instanceof YNode.Map_ || n instanceof YNode.Scalar s && s.text().strip().startsWith("{");
    }

    double number(String k, double def, DoublePredicate ok, String rule) {
        YNode n = raw(k);
        if (n == null) {
            return def;
        }
        Double v = parseNumber(n);
        if (v == null) {
            problem(n, k, distribution(n) ? NUMBER_NOT_DISTRIBUTION : "must be a number");
            return def;
        }
        if (!ok.test(v)) {
            problem(n, k, rule);
            return def;
        }
        return v;
    }

    double numberRequired(String k, DoublePredicate ok, String rule) {
        if (missing(k, true)) {
            return Double.NaN;
        }
        return number(k, Double.NaN, ok, rule);
    }

    /** A random plain number (a factor, a price): a constant or a one-key distribution map. */
    Distribution numberDistribution(String k, double def, DoublePredicate ok, String rule) {
        YNode n = raw(k);
        if (n == null) {
            return new Distribution.Constant(def);
        }
        Distribution d = Distributions.read(n, key(k), problems, false);
        if (d == null) {
            return new Distribution.Constant(def);
        }
        if (!ok.test(d.min()) || !ok.test(d.mean())) {
            problem(n, k, rule);
            return new Distribution.Constant(def);
        }
        if (!ok.test(d.max())) {
            // every value drawn must obey the rule, not only the mean: normal {mean: 0.5, sd: 1000} must not
            // give 790 kg/kWh in some replication
            problem(n, k, rule + "; every value a distribution can draw must be: use uniform or triangular");
            return new Distribution.Constant(def);
        }
        return d;
    }

    long integer(String k, long def, long min, long max, boolean required) {
        if (missing(k, required)) {
            return def;
        }
        YNode n = raw(k);
        Double v = parseNumber(n);
        if (v == null || v != Math.rint(v) || Math.abs(v) > 9.0e15) {
            problem(n, k, "must be a whole number");
            return def;
        }
        if (v < min || v > max) {
            problem(n, k, "must be between " + min + " and " + max);
            return def;
        }
        return v.longValue();
    }

    double duration(String k, double def, boolean required, DoublePredicate ok, String rule) {
        if (missing(k, required)) {
            return def;
        }
        YNode n = raw(k);
        Double v = parseDuration(n, k);
        if (v == null) {
            return def;
        }
        if (!ok.test(v)) {
            problem(n, k, rule);
            return def;
        }
        return v;
    }

    /** A random duration: a constant duration or a one-key map naming the distribution. */
    Distribution distribution(String k, Distribution def, boolean required, boolean positiveMean) {
        if (missing(k, required)) {
            return def;
        }
        YNode n = raw(k);
        Distribution d = Distributions.read(n, key(k), problems);
        if (d == null) {
            return def;
        }
        if (positiveMean && !(d.mean() > 0)) {
            problem(n, k, "must have a mean above zero");
            return def;
        }
        return d;
    }

    List<YNode> list(String k, boolean required) {
        if (missing(k, required)) {
            return List.of();
        }
        YNode n = raw(k);
        if (n instanceof YNode.Seq s) {
            return s.items();
        }
        problem(n, k, "must be a list");
        return List.of();
    }

    Double parseDuration(YNode n, String k) {
        if (!(n instanceof YNode.Scalar s)) {
            problem(n, k, "must be a duration such as 45s, 20min, 48h or 7d");
            return null;
        }
        try {
            return seconds(s.text());
        } catch (IllegalArgumentException e) {
            problem(n, k, e.getMessage());
            return null;
        }
    }

    /**
     * {@link Durations#parseSeconds} with a clear rule for a negative duration: its form has no sign, so "-40s" would
     * otherwise be told it "must be a number with a unit", which it is.
     */
    static double seconds(String text) {
        if (text.strip().startsWith("-")) {
            throw new IllegalArgumentException("must not be negative");
        }
        return Durations.parseSeconds(text);
    }

    /** A scalar in {@link StrictNumber}'s syntax, or null. */
    static Double parseNumber(YNode n) {
        return n instanceof YNode.Scalar s ? StrictNumber.parse(s.text()) : null;
    }

    private static boolean isNull(YNode n) {
        return n instanceof YNode.Scalar s && (s.text().equals("~") || s.text().equals("null") || s.text().isEmpty());
    }

    /** Reads a list of maps, one {@link Fields} per item, with its path {@code key[i]}. */
    List<Fields> items(String k, boolean required) {
        List<Fields> out = new java.util.ArrayList<>();
        List<YNode> nodes = list(k, required);
        for (int i = 0; i < nodes.size(); i++) {
            out.add(item(k, nodes.get(i), i));
        }
        return out;
    }

    /** A key that can stand in an error line's key path: not empty, no white space, no control characters. */
    static boolean plain(String k) {
        return !k.isEmpty() && k.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isISOControl(c));
    }

    /** Reports every key in this map that no accessor asked for, with the closest known key as a hint. */
    void finish() {
        if (map == null) {
            return;
        }
        for (Map.Entry<String, YNode.Entry> e : map.view().entrySet()) {
            // a key set to null (~) drops an inherited value in an extending file: nothing to report
            if (!known.contains(e.getKey()) && !isNull(e.getValue().value())) {
                String hint = Suggest.closest(e.getKey(), known);
                String rule = "unknown key" + (hint == null ? " (known: " + String.join(", ", known) + ")"
                        : ", did you mean '" + hint + "'?");
                if (plain(e.getKey())) {
                    problems.add(new Problem(e.getValue().keyAt(), key(e.getKey()), rule, null));
                } else {
                    // a key with spaces (or empty) would blur the "key: rule" part of the line: show it as the value
                    problems.add(new Problem(e.getValue().keyAt(), path.isEmpty() ? "(key)" : path, rule,
                            "'" + e.getKey() + "'"));
                }
            }
        }
    }
}
