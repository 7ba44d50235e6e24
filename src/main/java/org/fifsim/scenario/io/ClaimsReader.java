package org.fifsim.scenario.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fifsim.claims.Claim;
import org.fifsim.results.Kpis;

/**
 * Reads a claims file (public claims to hold against a comparison) with the same located, all-at-once errors as a
 * scenario file:
 *
 * <pre>
 * claims:
 *   - id: logistics-cost
 *     text: logistics cost saved &gt; 30 M CNY/yr
 *     source: seeds (DOMAIN.md)
 *     kpi: cost_logistics_cny
 *     of: difference          # base | other | difference (other minus base)
 *     at_most: -30e6          # or at_least: V, or value: V with tolerance: T (or "10%")
 *     assumption: old pack plant 30 km away
 * </pre>
 */
public final class ClaimsReader {
    /** The top-level key that marks a claims file (a scenario file never has it). */
    public static final String TOP = "claims";

    private ClaimsReader() {
    }

    /** True when the file's top level is a map with a {@code claims} key: validate tells claims from scenarios so. */
    public static boolean isClaimsFile(Path file) {
        List<Problem> ignored = new ArrayList<>();
        YNode root = YamlLoader.load(file, ignored);
        return root instanceof YNode.Map_ m && m.view().containsKey(TOP);
    }

    /** The claims of a file, or every problem found in it. */
    public static List<Claim> read(Path file) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        YNode root = YamlLoader.load(file, problems);
        List<Claim> out = new ArrayList<>();
        if (root != null) {
            Fields top = Fields.of(root, new Position(file, 1, 1), "", problems);
            List<Fields> items = top.items(TOP, true);
            if (items.isEmpty() && problems.isEmpty()) {
                problems.add(new Problem(top.at(), TOP, "must list at least one claim", null));
            }
            Set<String> ids = new HashSet<>();
            for (Fields f : items) {
                Claim c = claim(f, ids);
                if (c != null) {
                    out.add(c);
                }
            }
            top.finish();
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return out;
    }

    private static Claim claim(Fields f, Set<String> ids) {
        int before = f.problems().size();
        String id = f.text("id", "", true);
        if (!id.isEmpty() && !id.matches("[a-z0-9][a-z0-9-]*")) {
            f.problem(f.raw("id"), "id", "must be lower-case letters, digits and '-'");
        } else if (!id.isEmpty() && !ids.add(id)) {
            f.problem(f.raw("id"), "id", "appears twice");
        }
        String text = f.text("text", "", true);
        String source = f.text("source", "", true);
        String kpi = f.text("kpi", "", true);
        if (!kpi.isEmpty() && Kpis.get(kpi) == null) {
            String hint = Suggest.closest(kpi, Kpis.all().stream().map(k -> k.name()).toList());
            f.problem(f.raw("kpi"), "kpi", "unknown KPI" + (hint == null ? "" : ", did you mean '" + hint + "'?"));
        }
        String ofText = f.text("of", "difference", false);
        Claim.Of of = null;
        for (Claim.Of o : Claim.Of.values()) {
            if (o.word().equals(ofText.toLowerCase(Locale.ROOT))) {
                of = o;
            }
        }
        if (of == null) {
            f.problem(f.raw("of"), "of", "must be base, other or difference");
        }
        double value = f.number("value", Double.NaN, v -> true, "");
        double atLeast = f.number("at_least", Double.NaN, v -> true, "");
        double atMost = f.number("at_most", Double.NaN, v -> true, "");
        int given = (Double.isFinite(value) ? 1 : 0) + (Double.isFinite(atLeast) ? 1 : 0)
                + (Double.isFinite(atMost) ? 1 : 0);
        if (given != 1 && f.problems().size() == before) {
            f.problems().add(new Problem(f.at(), f.key("value"),
                    "give exactly one of value (with tolerance), at_least or at_most", given + " given"));
        }
        double tolerance = 0;
        YNode tol = f.raw("tolerance");
        if (tol != null) {
            if (!Double.isFinite(value)) {
                f.problem(tol, "tolerance", "goes with value, not with at_least or at_most");
            } else {
                tolerance = tolerance(f, tol, value);
            }
        }
        String assumption = f.text("assumption", "", false);
        List<String> restsOn = restsOn(f);
        f.finish();
        if (f.problems().size() > before) {
            return null;
        }
        return new Claim(id, text, source, kpi, of, value, tolerance, atLeast, atMost, assumption, restsOn);
    }

    /** The scenario keys a figure is set by: a list of dotted keys (a stage by its name), e.g. logistics.stages.x.target_cover. */
    private static List<String> restsOn(Fields f) {
        YNode n = f.raw("rests_on");
        if (n == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (n instanceof YNode.Seq s && !s.items().isEmpty()) {
            for (YNode item : s.items()) {
                if (item instanceof YNode.Scalar k && k.text().matches("[a-z0-9_-]+(\\.[a-z0-9_-]+)*")) {
                    out.add(k.text());
                } else {
                    f.problem(item, "rests_on", "must list scenario keys such as logistics.stages.fg-warehouse.target_cover");
                    return List.of();
                }
            }
            return out;
        }
        f.problem(n, "rests_on", "must be a list of scenario keys, e.g. [logistics.stages.fg-warehouse.target_cover]");
        return List.of();
    }

    /** An absolute tolerance, or a share of the value written as "10%"; never negative. */
    private static double tolerance(Fields f, YNode n, double value) {
        if (n instanceof YNode.Scalar s && s.text().strip().endsWith("%")) {
            try {
                double p = Double.parseDouble(s.text().strip().replace("%", "").strip());
                if (p >= 0 && Double.isFinite(p)) {
                    return Math.abs(value) * p / 100;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            f.problem(n, "tolerance", "must be a number or a percentage such as 10%");
            return 0;
        }
        return f.number("tolerance", 0, v -> v >= 0, "must not be negative");
    }
}
