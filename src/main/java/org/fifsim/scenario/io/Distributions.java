package org.fifsim.scenario.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.Durations;

/**
 * The one parser of random quantities: the distribution forms of CONTRACT.md, of durations (scenario keys) or of plain
 * numbers (factors and prices in scenarios, the factor library, {@code account --set} and {@code --factors}, saved
 * {@code factors.json}), each problem located at the value that breaks the rule; and their JSON form. Text is
 * {@link org.fifsim.scenario.DistributionText}'s, drawing {@code model.random.Sampler}'s.
 */
public final class Distributions {
    /** What a number-or-distribution value that is neither is told. */
    static final String NUMBER_OR_MAP = "must be a number or a one-key distribution map";

    static final List<String> KINDS = Distribution.KINDS;

    private Distributions() {
    }

    static Distribution read(YNode n, String key, List<Problem> problems) {
        return read(n, key, problems, true);
    }

    /**
     * A plain number or a one-key distribution map of plain numbers ({@code {uniform: [36000, 60000]}}); null after
     * adding the problems, named under {@code key}.
     */
    public static Distribution number(YNode n, String key, List<Problem> problems) {
        return read(n, key, problems, false);
    }

    /** Reads a distribution of durations ({@code durations}) or of plain numbers (factors, prices). */
    static Distribution read(YNode n, String key, List<Problem> problems, boolean durations) {
        Unit unit = durations ? Distributions::duration : Distributions::plainNumber;
        if (n instanceof YNode.Scalar sc && !durations && Fields.parseNumber(n) == null
                && !sc.text().strip().startsWith("{")) {
            // a factor takes a distribution too: say so, not only "must be a number" (a map written on a scenario
            // command line stays text, and is told it must be a number)
            problems.add(new Problem(n.at(), key, NUMBER_OR_MAP, n.shown()));
            return null;
        }
        if (n instanceof YNode.Scalar) {
            Double v = unit.parse(n, key, problems);
            if (v == null) {
                return null;
            }
            return new Distribution.Constant(v);
        }
        if (!(n instanceof YNode.Map_ m) || m.view().size() != 1) {
            problems.add(new Problem(n.at(), key, durations ? "must be a duration or a one-key map such as"
                    + " {exponential: 8h}" : NUMBER_OR_MAP, n.shown()));
            return null;
        }
        YNode.Entry e = m.view().values().iterator().next();
        String kind = e.key();
        String k = key + "." + kind;
        YNode v = e.value();
        switch (kind) {
            case "exponential": {
                Double mean = unit.parse(v, k, problems);
                if (mean == null) {
                    return null;
                }
                if (!(mean > 0)) {
                    problems.add(new Problem(v.at(), k, "mean must be above zero", v.shown()));
                    return null;
                }
                return new Distribution.Exponential(mean);
            }
            case "triangular": {
                double[] p = list(v, k, 3, "[min, mode, max]", problems, unit);
                if (p == null) {
                    return null;
                }
                if (!(p[0] <= p[1] && p[1] <= p[2] && p[0] < p[2])) {
                    problems.add(new Problem(v.at(), k, "needs min <= mode <= max and min < max", shown(p)));
                    return null;
                }
                return new Distribution.Triangular(p[0], p[1], p[2]);
            }
            case "uniform": {
                double[] p = list(v, k, 2, "[low, high]", problems, unit);
                if (p == null) {
                    return null;
                }
                if (!(p[0] < p[1])) {
                    problems.add(new Problem(v.at(), k, "needs low < high", shown(p)));
                    return null;
                }
                return new Distribution.Uniform(p[0], p[1]);
            }
            case "normal":
            case "lognormal": {
                double[] p = meanSd(v, k, problems, durations);
                if (p == null) {
                    return null;
                }
                if (!(p[0] > 0)) {
                    problems.add(new Problem(v.at(), k + ".mean", "must be above zero", Durations.format(p[0])));
                    return null;
                }
                if (p[1] == 0) {
                    return new Distribution.Constant(p[0]); // no spread: the mean itself (samplers divide by sd)
                }
                return kind.equals("normal") ? new Distribution.Normal(p[0], p[1]) : new Distribution.LogNormal(p[0], p[1]);
            }
            default: {
                String hint = Suggest.closest(kind, KINDS);
                boolean plain = Fields.plain(kind);
                problems.add(new Problem(e.keyAt(), plain ? k : key, "unknown distribution" + (hint == null
                        ? " (use " + String.join(", ", KINDS) + ")" : ", did you mean '" + hint + "'?"),
                        plain ? null : "'" + kind + "'"));
                return null;
            }
        }
    }

    /**
     * A value as {@link #toJson} saved it ({@code factors.json}), read by this parser: a saved file is held to the
     * rules of a scenario file.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static Distribution fromJson(JsonNode v) {
        List<Problem> problems = new ArrayList<>();
        Distribution d = v == null ? null : number(tree(v), "value", problems);
        if (d == null) {
            throw new IllegalArgumentException(problems.isEmpty() ? "needs 'value'"
                    : problems.get(0).key() + ": " + problems.get(0).rule());
        }
        return d;
    }

    /** A saved JSON value as a YAML tree: numbers as their text, anything else as JSON text (never a number). */
    private static YNode tree(JsonNode n) {
        Position at = new Position(Path.of("factors.json"), 1, 1);
        if (n.isNumber()) {
            return new YNode.Scalar(n.asText(), at);
        }
        if (n.isArray()) {
            List<YNode> items = new ArrayList<>();
            n.forEach(i -> items.add(tree(i)));
            return new YNode.Seq(items, at);
        }
        if (n.isObject()) {
            LinkedHashMap<String, YNode.Entry> entries = new LinkedHashMap<>();
            n.properties().forEach(e -> entries.put(e.getKey(), new YNode.Entry(e.getKey(), at,
                    tree(e.getValue()))));
            return new YNode.Map_(entries, at);
        }
        return new YNode.Scalar(n.toString(), at);
    }

    /** A distribution of plain numbers as JSON, in the scenario file's form: the inverse of {@link #fromJson}. */
    public static JsonNode toJson(Distribution d) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (d instanceof Distribution.Constant c) {
            return f.numberNode(c.value());
        }
        ObjectNode o = f.objectNode();
        if (d instanceof Distribution.Uniform u) {
            o.putArray("uniform").add(u.low()).add(u.high());
        } else if (d instanceof Distribution.Triangular t) {
            o.putArray("triangular").add(t.low()).add(t.mode()).add(t.high());
        } else if (d instanceof Distribution.Normal n) {
            o.putObject("normal").put("mean", n.mu()).put("sd", n.sd());
        } else if (d instanceof Distribution.LogNormal l) {
            o.putObject("lognormal").put("mean", l.mean()).put("sd", l.sd());
        } else if (d instanceof Distribution.Exponential x) {
            o.put("exponential", x.mean());
        }
        return o;
    }

    /** Parses one parameter value, reporting a problem and returning null when it is not valid. */
    @FunctionalInterface
    private interface Unit {
        Double parse(YNode n, String key, List<Problem> problems);
    }

    private static double[] list(YNode v, String k, int size, String form, List<Problem> problems, Unit unit) {
        if (!(v instanceof YNode.Seq s) || s.items().size() != size) {
            problems.add(new Problem(v.at(), k, "must be a list " + form, v.shown()));
            return null;
        }
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            Double d = unit.parse(s.items().get(i), k, problems);
            if (d == null) {
                return null;
            }
            out[i] = d;
        }
        return out;
    }

    private static double[] meanSd(YNode v, String k, List<Problem> problems, boolean durations) {
        if (!(v instanceof YNode.Map_ m)) {
            problems.add(new Problem(v.at(), k, "must be a map {mean: ..., sd: ...}", v.shown()));
            return null;
        }
        Fields f = new Fields(m, m.at(), k, problems);
        int before = problems.size();
        double mean = durations ? f.duration("mean", Double.NaN, true, x -> true, "")
                : f.numberRequired("mean", x -> true, "");
        double sd = durations ? f.duration("sd", Double.NaN, true, x -> x >= 0, "must not be negative")
                : f.numberRequired("sd", x -> x >= 0, "must not be negative");
        f.finish();
        return problems.size() > before ? null : new double[] {mean, sd};
    }

    private static Double duration(YNode n, String k, List<Problem> problems) {
        if (!(n instanceof YNode.Scalar s)) {
            problems.add(new Problem(n.at(), k, "must be a duration such as 45s, 20min, 48h or 7d", n.shown()));
            return null;
        }
        try {
            return Fields.seconds(s.text());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(n.at(), k, e.getMessage(), n.shown()));
            return null;
        }
    }

    private static Double plainNumber(YNode n, String k, List<Problem> problems) {
        Double v = Fields.parseNumber(n);
        if (v == null) {
            problems.add(new Problem(n.at(), k, "must be a number", n.shown()));
        }
        return v;
    }

    private static String shown(double[] p) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < p.length; i++) {
            b.append(i == 0 ? "" : ", ").append(Durations.format(p[i]));
        }
        return b.append(']').toString();
    }
}
