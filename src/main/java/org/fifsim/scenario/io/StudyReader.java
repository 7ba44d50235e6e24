package org.fifsim.scenario.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.fifsim.optimize.DecisionSpace;
import org.fifsim.optimize.SearchSettings;
import org.fifsim.optimize.Study;
import org.fifsim.optimize.Variable;
import org.fifsim.results.Kpi;
import org.fifsim.results.Kpis;
import org.fifsim.scenario.Durations;
import org.fifsim.selection.Constraint;
import org.fifsim.selection.Goal;
import org.fifsim.selection.Settings;

/**
 * Reads a study file ({@code fifsim optimize}) with the same located, all-at-once errors as a scenario file, and checks
 * it against its scenario: every decided key must be one the scenario takes, at both ends of its grid (the scenario
 * reader's own rule is quoted when it is not), and the start must lie on the grid.
 *
 * <pre>
 * scenario: seres-remote.yaml          # relative to the study file
 * decide:
 *   logistics.stages.fg-warehouse.target_cover: {from: 0h, to: 24h, step: 1h}
 *   logistics.stages.road.fleet: {from: 6, to: 24}      # step 1 by default for whole numbers
 * start: {logistics.stages.road.fleet: 11}              # optional: else the scenario's own values, on the grid
 * minimize: cost_total_cny                              # or maximize: KPI
 * delta: 2e6                                            # indifference zone, in the KPI's unit
 * subject_to: {vehicle_line_starved: {at_most: 0.1%, eps: 0.02%}}   # or at_least
 * search: {replications_per_design: 5, budget: 400, seed: 1}
 * cleanup: {n0: 10, batch: 5, pcs: 95%, designs: 10, max_replications: 2000}
 * set: {run.horizon: 120d}                              # fixed overrides of every design
 * </pre>
 */
public final class StudyReader {
    /** A dotted scenario key as {@code --set} takes it (a list item by name or [index]). */
    private static final java.util.regex.Pattern KEY =
            java.util.regex.Pattern.compile("[a-z0-9_-]+(\\[[0-9]+\\])?(\\.[a-z0-9_-]+(\\[[0-9]+\\])?)*");
    /** Enough levels for any plant decision; more is a typo in a step. */
    static final int MAX_LEVELS = 100_000;
    /** Keys a study cannot decide: every design runs on one seed and the study decides the replications. */
    static final Map<String, String> NOT_DECIDED = Map.of(
            "run.seed", "every design runs on the same seed (common random numbers); set it with set: {run.seed: S}",
            "run.replications", "the search and the clean-up decide how many replications each design gets");

    private StudyReader() {
    }

    /** Whether {@code file} is a study (a map with a top-level {@code decide:}), so validate can tell it apart. */
    public static boolean isStudyFile(Path file) {
        YNode root = YamlLoader.load(file, new ArrayList<>());
        return root instanceof YNode.Map_ m && m.view().containsKey("decide");
    }

    /** The study, or every problem found in it (and in its scenario, under its settings). */
    public static Study read(Path file) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        YNode root = YamlLoader.load(file, problems);
        if (root != null && !(root instanceof YNode.Map_)) {
            problems.add(new Problem(root.at(), "(file)", "must be a map of study keys (scenario, decide, minimize, "
                    + "...)", root.shown()));
            root = null;
        }
        Study s = root == null ? null : build(file, root, problems);
        if (!problems.isEmpty()) {
            throw new ScenarioException(ScenarioReader.inFileOrder(problems));
        }
        return s;
    }

    /** One decision as written, with where its values are. */
    private record Decided(String key, YNode.Entry entry, Variable variable, YNode from, YNode to) {
    }

    private static Study build(Path file, YNode root, List<Problem> problems) {
        Fields top = Fields.of(root, new Position(file, 1, 1), "", problems);
        String scenarioText = top.text("scenario", "", true);
        Path scenario = null;
        if (!scenarioText.isEmpty()) {
            scenario = (file.getParent() == null ? Path.of(scenarioText) : file.getParent().resolve(scenarioText))
                    .normalize();
            if (!Files.isRegularFile(scenario)) {
                top.problem(top.raw("scenario"), "scenario", "no scenario file " + scenario + " (the path is relative "
                        + "to the study file)");
                scenario = null;
            }
        }
        String description = top.text("description", "", false);
        List<Decided> decided = decide(top);
        Goal goal = goal(top);
        List<Constraint> constraints = constraints(top);
        Fields search = top.section("search", false);
        int perDesign = (int) search.integer("replications_per_design", 5, 2, 10_000, false);
        int budget = (int) search.integer("budget", 400, 2, 100_000_000, false);
        long seed = search.integer("seed", 1, 0, Long.MAX_VALUE / 2, false);
        search.finish();
        if (budget < perDesign && problems.isEmpty()) {
            search.problem(search.raw("budget"), "budget", "must allow one design: at least replications_per_design ("
                    + perDesign + ")");
        }
        Fields clean = top.section("cleanup", false);
        int n0 = (int) clean.integer("n0", 10, 2, 10_000, false);
        int batch = (int) clean.integer("batch", 5, 1, 10_000, false);
        double pcs = share(clean, "pcs", 0.95);
        if (!(pcs > 0.5 && pcs < 1)) {
            clean.problem(clean.raw("pcs"), "pcs", "must be above 50% and below 100%");
        }
        int designs = (int) clean.integer("designs", 10, 1, 1000, false);
        int maxReplications = (int) clean.integer("max_replications", 2000, 2, Integer.MAX_VALUE, false);
        clean.finish();
        Map<String, String> set = texts(top, "set", "set");
        Map<String, YNode> setNodes = nodes(top, "set");
        Map<String, YNode> startNodes = nodes(top, "start");
        top.raw("start");
        top.finish();
        for (Map.Entry<String, YNode> e : setNodes.entrySet()) {
            if (e.getKey().equals("run.replications")) {
                problems.add(new Problem(e.getValue().at(), "set." + e.getKey(), NOT_DECIDED.get("run.replications"),
                        null));
            }
            if (decided.stream().anyMatch(d -> d.key().equals(e.getKey()))) {
                problems.add(new Problem(e.getValue().at(), "set." + e.getKey(), "is decided: set it or decide it, not "
                        + "both", null));
            }
        }
        for (Map.Entry<String, YNode> e : startNodes.entrySet()) {
            if (decided.stream().noneMatch(d -> d.key().equals(e.getKey()))) {
                problems.add(new Problem(e.getValue().at(), "start." + e.getKey(), "is not a decided key (decide: "
                        + String.join(", ", decided.stream().map(Decided::key).toList()) + ")", null));
            }
        }
        if (!problems.isEmpty() || scenario == null || goal == null || decided.isEmpty()) {
            return null;
        }
        SearchSettings settings = new SearchSettings(perDesign, budget, seed, new Settings(n0, batch, pcs,
                maxReplications, 0), designs);
        if (!againstScenario(scenario, set, setNodes, decided, problems)) {
            return null;
        }
        Map<String, String> typed = new LinkedHashMap<>();
        int[] start = start(scenario, set, decided, startNodes, typed, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        DecisionSpace space = new DecisionSpace(decided.stream().map(Decided::variable).toList());
        return new Study(file, scenario, description, space, start, typed, onGrid(space, typed), goal, constraints,
                settings, set, top.has("delta"));
    }

    // ---- decide --------------------------------------------------------------------------------------------

    private static List<Decided> decide(Fields top) {
        List<Decided> out = new ArrayList<>();
        YNode node = top.raw("decide");
        if (node == null) {
            top.problems().add(new Problem(top.at(), "decide", "is required: the keys to decide, e.g. decide: "
                    + "{logistics.stages.road.fleet: {from: 6, to: 24}}", null));
            return out;
        }
        if (!(node instanceof YNode.Map_ map) || map.view().isEmpty()) {
            top.problem(node, "decide", "must map scenario keys to {from: A, to: B, step: S}");
            return out;
        }
        for (YNode.Entry e : map.view().values()) {
            String where = "decide." + e.key();
            if (!KEY.matcher(e.key()).matches()) {
                top.problems().add(new Problem(e.keyAt(), "decide", "must name a dotted scenario key such as "
                        + "logistics.stages.road.fleet", "'" + e.key() + "'"));
                continue;
            }
            if (NOT_DECIDED.containsKey(e.key())) {
                top.problems().add(new Problem(e.keyAt(), where, "cannot be decided: " + NOT_DECIDED.get(e.key()),
                        null));
                continue;
            }
            Variable v = variable(e, where, top.problems());
            if (v != null) {
                YNode.Map_ m = (YNode.Map_) e.value();
                out.add(new Decided(e.key(), e, v, m.get("from"), m.get("to")));
            }
        }
        return out;
    }

    /** A value as written: a number and its unit suffix ("24h" is 24 and "h"; "11" is 11 and ""). */
    record Amount(double value, String unit) {
    }

    static Amount amount(String text) {
        String t = text.strip();
        Double plain = StrictNumber.parse(t);
        if (plain != null) {
            return new Amount(plain, "");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.*?[0-9.])\\s*([a-z]+)").matcher(t);
        if (m.matches()) {
            Double v = StrictNumber.parse(m.group(1));
            if (v != null) {
                return new Amount(v, m.group(2));
            }
        }
        return null;
    }

    private static Variable variable(YNode.Entry e, String where, List<Problem> problems) {
        Fields f = Fields.of(e.value(), e.keyAt(), where, problems);
        int before = problems.size();
        Amount from = amount(f, "from", true);
        Amount to = amount(f, "to", true);
        Amount step = amount(f, "step", false);
        f.finish();
        if (problems.size() > before || from == null || to == null) {
            return null;
        }
        for (String k : List.of("to", "step")) {
            Amount other = k.equals("to") ? to : step;
            if (other != null && !other.unit().equals(from.unit())) {
                f.problem(f.raw(k), k, "must be in the unit of from (" + (from.unit().isEmpty() ? "a plain number"
                        : from.unit()) + ")");
                return null;
            }
        }
        if (step == null) {
            if (!from.unit().isEmpty() || from.value() != Math.rint(from.value()) || to.value() != Math.rint(to.value())) {
                f.problems().add(new Problem(f.at(), f.key("step"), "is required unless from and to are whole "
                        + "numbers (then it is 1), e.g. step: 1h", null));
                return null;
            }
            step = new Amount(1, "");
        }
        if (!(step.value() > 0)) {
            f.problem(f.raw("step"), "step", "must be above zero");
            return null;
        }
        if (to.value() < from.value()) {
            f.problem(f.raw("to"), "to", "must not be below from (" + from.value() + ")");
            return null;
        }
        double n = (to.value() - from.value()) / step.value();
        if (Math.abs(n - Math.rint(n)) > 1e-9 * Math.max(1, n)) {
            f.problem(f.raw("to"), "to", "must be from plus a whole number of steps");
            return null;
        }
        if (n + 1 > MAX_LEVELS) {
            f.problem(f.raw("step"), "step", "gives " + (long) (n + 1) + " values; at most " + MAX_LEVELS);
            return null;
        }
        return new Variable(e.key(), from.value(), to.value(), step.value(), from.unit());
    }

    private static Amount amount(Fields f, String k, boolean required) {
        if (required && f.raw(k) == null) {
            f.problems().add(new Problem(f.at(), f.key(k), "is required", null));
            return null;
        }
        YNode n = f.raw(k);
        if (n == null) {
            return null;
        }
        Amount a = n instanceof YNode.Scalar s ? amount(s.text()) : null;
        if (a == null || a.value() < 0) {
            f.problem(n, k, a == null ? "must be a number, or a number with a unit such as 6h" : "must not be negative");
            return null;
        }
        return a;
    }

    // ---- goal and constraints ------------------------------------------------------------------------------

    private static Kpi kpi(Fields top, String k) {
        String name = top.text(k, "", false);
        if (name.isEmpty()) {
            return null;
        }
        Kpi kpi = Kpis.get(name);
        if (kpi == null) {
            String hint = Suggest.closest(name, Kpis.all().stream().map(Kpi::name).toList());
            top.problem(top.raw(k), k, "is not a KPI fifsim reports" + (hint == null ? "" : ", did you mean '" + hint
                    + "'?"));
        }
        return kpi;
    }

    private static Goal goal(Fields top) {
        boolean hasMin = top.has("minimize");
        boolean hasMax = top.has("maximize");
        Kpi min = kpi(top, "minimize");
        Kpi max = kpi(top, "maximize");
        if (hasMin == hasMax) {
            top.problems().add(new Problem(top.at(), "minimize", "give exactly one of minimize: KPI or maximize: KPI",
                    (hasMin ? 2 : 0) + " given"));
            top.raw("delta");
            return null;
        }
        Kpi kpi = hasMin ? min : max;
        YNode d = top.raw("delta");
        if (d == null) {
            // no zone given: a placeholder here, 1% of the start's mean once its first replications are in
            return kpi == null ? null : new Goal(kpi.name(), hasMax, 1.0);
        }
        if (kpi == null) {
            Double plain = d instanceof YNode.Scalar ds ? StrictNumber.parse(ds.text()) : null;
            boolean percent = d instanceof YNode.Scalar ds && ds.text().strip().endsWith("%");
            if (!percent && (plain == null || !(plain > 0))) {
                top.problem(d, "delta", "must be a number above zero in the KPI's unit");
            }
            return null;
        }
        Double delta = value(d, kpi);
        if (delta == null || !(delta > 0)) {
            top.problem(d, "delta", "must be a number above zero in " + unitText(kpi));
            return null;
        }
        return new Goal(kpi.name(), hasMax, delta);
    }

    private static String unitText(Kpi kpi) {
        return kpi.unit().equals("fraction") ? "the KPI's unit (a share: a number or a percentage such as 0.1%)"
                : kpi.unit().isEmpty() ? "the KPI's unit" : kpi.unit();
    }

    /** A number, or for a share KPI a percentage; null when it is neither. */
    private static Double value(YNode n, Kpi kpi) {
        if (!(n instanceof YNode.Scalar s)) {
            return null;
        }
        String t = s.text().strip();
        if (t.endsWith("%")) {
            Double p = kpi.unit().equals("fraction") ? StrictNumber.parse(t.substring(0, t.length() - 1)) : null;
            return p == null ? null : p / 100;
        }
        return StrictNumber.parse(t);
    }

    private static List<Constraint> constraints(Fields top) {
        List<Constraint> out = new ArrayList<>();
        YNode node = top.raw("subject_to");
        if (node == null) {
            return out;
        }
        if (!(node instanceof YNode.Map_ map)) {
            top.problem(node, "subject_to", "must map KPIs to {at_most: V, eps: E} or {at_least: V, eps: E}");
            return out;
        }
        for (YNode.Entry e : map.view().values()) {
            String where = "subject_to." + e.key();
            Kpi kpi = Kpis.get(e.key());
            if (kpi == null) {
                String hint = Suggest.closest(e.key(), Kpis.all().stream().map(Kpi::name).toList());
                top.problems().add(new Problem(e.keyAt(), where, "is not a KPI fifsim reports" + (hint == null ? ""
                        : ", did you mean '" + hint + "'?"), null));
                continue;
            }
            Fields f = Fields.of(e.value(), e.keyAt(), where, top.problems());
            YNode most = f.raw("at_most");
            YNode least = f.raw("at_least");
            YNode eps = f.raw("eps");
            int before = top.problems().size();
            f.finish();
            if (top.problems().size() > before) {
                continue; // a misspelt bound says it all
            }
            if ((most == null) == (least == null)) {
                top.problems().add(new Problem(e.value().at(), where, "give exactly one of at_most: V or at_least: V",
                        null));
                continue;
            }
            YNode b = most != null ? most : least;
            String bk = most != null ? "at_most" : "at_least";
            Double bound = value(b, kpi);
            if (bound == null) {
                f.problem(b, bk, "must be a number in " + unitText(kpi));
                continue;
            }
            double tolerance;
            if (eps == null) {
                tolerance = Math.abs(bound) / 5;
                if (!(tolerance > 0)) {
                    top.problems().add(new Problem(b.at(), where + "." + bk, "a bound of 0 needs an explicit eps", null));
                    continue;
                }
            } else {
                Double t = value(eps, kpi);
                if (t == null || !(t > 0)) {
                    f.problem(eps, "eps", "must be a number above zero in " + unitText(kpi));
                    continue;
                }
                tolerance = t;
            }
            out.add(new Constraint(kpi.name(), most != null, bound, tolerance));
        }
        return out;
    }

    private static double share(Fields f, String k, double def) {
        YNode n = f.raw(k);
        if (n == null) {
            return def;
        }
        if (n instanceof YNode.Scalar s) {
            String t = s.text().strip();
            Double v = t.endsWith("%") ? StrictNumber.parse(t.substring(0, t.length() - 1)) : StrictNumber.parse(t);
            if (v != null) {
                return t.endsWith("%") ? v / 100 : v;
            }
        }
        f.problem(n, k, "must be a probability such as 95% or 0.95");
        return Double.NaN;
    }

    // ---- set and start -------------------------------------------------------------------------------------

    private static Map<String, YNode> nodes(Fields top, String k) {
        Map<String, YNode> out = new LinkedHashMap<>();
        YNode node = top.raw(k);
        if (node instanceof YNode.Map_ m) {
            m.view().values().forEach(e -> out.put(e.key(), e.value()));
        }
        return out;
    }

    /** A map of dotted keys to single values ({@code set:}, {@code start:}), as override text. */
    private static Map<String, String> texts(Fields top, String k, String where) {
        Map<String, String> out = new LinkedHashMap<>();
        YNode node = top.raw(k);
        if (node == null) {
            return out;
        }
        if (!(node instanceof YNode.Map_ map)) {
            top.problem(node, k, "must map dotted scenario keys to values, e.g. {run.horizon: 120d}");
            return out;
        }
        for (YNode.Entry e : map.view().values()) {
            if (!KEY.matcher(e.key()).matches()) {
                top.problems().add(new Problem(e.keyAt(), where, "must name a dotted scenario key such as "
                        + "run.horizon", "'" + e.key() + "'"));
            } else if (e.value() instanceof YNode.Scalar s) {
                out.put(e.key(), s.text());
            } else {
                top.problems().add(new Problem(e.value().at(), where + "." + e.key(), "must be one value, as --set "
                        + "takes it", e.value().shown()));
            }
        }
        return out;
    }

    /** The scenario read under {@code set}, and at each end of each grid; false after adding the problems. */
    private static boolean againstScenario(Path scenario, Map<String, String> set, Map<String, YNode> setNodes,
            List<Decided> decided, List<Problem> problems) {
        List<YNode> setAt = new ArrayList<>(setNodes.values());
        ScenarioTemplate template = ScenarioTemplate.of(scenario);
        try {
            template.with(set);
        } catch (ScenarioException e) {
            for (Problem p : e.problems()) {
                problems.add(relocate(p, c -> c <= setAt.size(), c -> setAt.get(c - 1), "set.", null));
            }
            return false;
        }
        for (Decided d : decided) {
            for (int end = 0; end < 2; end++) {
                int level = end == 0 ? 0 : d.variable().levels() - 1;
                Map<String, String> o = new LinkedHashMap<>(set);
                o.put(d.key(), d.variable().text(level));
                YNode at = end == 0 ? d.from() : d.to();
                String k = "decide." + d.key() + (end == 0 ? ".from" : ".to");
                try {
                    template.with(o);
                } catch (ScenarioException e) {
                    Problem p = e.problems().get(0);
                    String rule = Overrides.SOURCE.equals(p.at().file()) ? "as " + p.key() + ": " + p.rule()
                            : d.key() + "=" + d.variable().text(level) + " makes the scenario invalid: " + p.at() + ": "
                                    + p.key() + ": " + p.rule();
                    problems.add(new Problem(at.at(), k, rule, p.got()));
                    break;
                }
            }
        }
        return problems.isEmpty();
    }

    /** A problem of an override placed at the study's value; one in a file stays where it is. */
    private static Problem relocate(Problem p, IntPredicate ours, java.util.function.IntFunction<YNode> node,
            String prefix, String key) {
        if (!Overrides.SOURCE.equals(p.at().file()) || !ours.test(p.at().column())) {
            return p;
        }
        return new Problem(node.apply(p.at().column()).at(), key != null ? key : prefix + p.key(), p.rule(), p.got());
    }

    private static int[] start(Path scenario, Map<String, String> set, List<Decided> decided,
            Map<String, YNode> startNodes, Map<String, String> typed, List<Problem> problems) {
        List<Problem> ignored = new ArrayList<>();
        YNode tree = ScenarioTree.load(scenario, ignored);
        if (tree != null && !set.isEmpty()) {
            tree = Overrides.apply(tree, set, ignored);
        }
        int[] start = new int[decided.size()];
        for (int i = 0; i < decided.size(); i++) {
            Decided d = decided.get(i);
            Variable v = d.variable();
            YNode own = tree == null ? null : find(tree, d.key());
            if (own instanceof YNode.Scalar s) {
                typed.put(d.key(), s.text());
            }
            YNode given = startNodes.get(d.key());
            if (given != null) {
                Double x = given instanceof YNode.Scalar s ? inUnit(s.text(), v.unit()) : null;
                if (x == null) {
                    problems.add(new Problem(given.at(), "start." + d.key(), "must be a value of the grid, in "
                            + (v.unit().isEmpty() ? "plain numbers" : v.unit()), given.shown()));
                    continue;
                }
                int level = v.nearest(x);
                if (Math.abs(v.value(level) - x) > 1e-9 * Math.max(1, Math.abs(x))) {
                    problems.add(new Problem(given.at(), "start." + d.key(), "must be on the grid " + v.text(0) + " to "
                            + v.text(v.levels() - 1) + " by " + plain(v.step()) + v.unit(), given.shown()));
                    continue;
                }
                start[i] = level;
                continue;
            }
            Double x = own instanceof YNode.Scalar s ? inUnit(s.text(), v.unit()) : null;
            if (x == null) {
                problems.add(new Problem(d.entry().keyAt(), "decide." + d.key(), own == null
                        ? "the scenario does not write this key (its default applies): give its start, e.g. start: {"
                                + d.key() + ": " + v.text(0) + "}"
                        : "the scenario's value is not one number (" + own.shown() + "): give its start, e.g. start: {"
                                + d.key() + ": " + v.text(0) + "}", null));
                continue;
            }
            start[i] = v.nearest(x);
        }
        return start;
    }

    /** The scenario's own values as a grid point, or null when one is not written or not on the grid. */
    private static int[] onGrid(DecisionSpace space, Map<String, String> typed) {
        int[] out = new int[space.dimension()];
        for (int i = 0; i < out.length; i++) {
            Variable v = space.variables().get(i);
            String t = typed.get(v.key());
            Double x = t == null ? null : inUnit(t, v.unit());
            if (x == null) {
                return null;
            }
            out[i] = v.nearest(x);
            if (Math.abs(v.value(out[i]) - x) > 1e-9 * Math.max(1, Math.abs(x))) {
                return null;
            }
        }
        return out;
    }

    /** The scenario's value text in a variable's unit: a plain number, or a duration converted; null if neither. */
    static Double inUnit(String text, String unit) {
        if (unit.isEmpty()) {
            return StrictNumber.parse(text);
        }
        try {
            return Durations.parseSeconds(text) / Durations.parseSeconds("1" + unit);
        } catch (IllegalArgumentException e) {
            Amount a = amount(text);
            return a != null && a.unit().equals(unit) ? a.value() : null;
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** The node at a dotted key (a list item by its name or [index]), or null. */
    static YNode find(YNode root, String key) {
        YNode n = root;
        for (String seg : Overrides.split(key)) {
            if (n instanceof YNode.Seq seq) {
                n = null;
                if (seg.startsWith("[")) {
                    int k = Integer.parseInt(seg.substring(1, seg.length() - 1).trim());
                    n = k < seq.items().size() ? seq.items().get(k) : null;
                } else {
                    for (YNode item : seq.items()) {
                        if (item instanceof YNode.Map_ m && m.get("name") instanceof YNode.Scalar s
                                && s.text().equals(seg)) {
                            n = item;
                        }
                    }
                }
            } else if (n instanceof YNode.Map_ m && !seg.startsWith("[")) {
                n = m.get(seg);
            } else {
                return null;
            }
            if (n == null) {
                return null;
            }
        }
        return n;
    }
}
