package org.fifsim.report.sweep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.analysis.ServiceCheck;
import org.fifsim.report.Verdicts;
import org.fifsim.report.Block;
import org.fifsim.report.Report;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;

/**
 * What a sweep or sensitivity point cannot be trusted for: a design that misses its service there, or cannot meet
 * demand on paper (a pack line too slow, a fleet too small). A cost that falls because vehicles are not built is no
 * saving, so these lines go into the report's summary and into sweep.json beside the figures, not only to stderr.
 *
 * @param scenario the design's name
 * @param point    the point's settings ({@code key=value, ...}), empty for the base
 * @param lines    what is wrong there
 */
public record PointCaveats(String scenario, String point, List<String> lines) {

    /** The caveats of one design at one point; null when there are none. */
    public static PointCaveats of(Scenario s, String point, List<ReplicationResult> results) {
        List<String> lines = new ArrayList<>();
        List<ServiceCheck> checks = ServiceCheck.of(s.service(), KpiSummary.byName(KpiSummary.of(results)));
        if (ServiceCheck.anyMissed(checks)) {
            lines.add(Verdicts.serviceLine(s.name(), checks));
        }
        Verdicts.warnings(s).forEach(w -> lines.add(s.name() + ": " + w));
        return lines.isEmpty() ? null : new PointCaveats(s.name(), point, lines);
    }

    /** The point's settings as text: {@code logistics.stages.road.distance_km=260}. */
    public static String label(Map<String, String> overrides) {
        return String.join(", ", overrides.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    /** The report with a warning in its summary and a section listing every point's caveats; as is when none. */
    public static Report into(Report r, List<PointCaveats> caveats) {
        if (caveats.isEmpty()) {
            return r;
        }
        long points = caveats.stream().map(PointCaveats::point).distinct().count();
        List<Report.Section> sections = new ArrayList<>();
        for (Report.Section s : r.sections()) {
            if (sections.isEmpty()) {
                List<Block> blocks = new ArrayList<>();
                blocks.add(new Block.Notice(Block.Level.WARNING, points + " point(s) have a design that misses its "
                        + "service or cannot meet demand on paper: a cost there is not for the same output (see "
                        + "\u201cWarnings by point\u201d)."));
                blocks.addAll(s.blocks());
                sections.add(new Report.Section(s.id(), s.title(), blocks));
                List<String> bullets = caveats.stream().flatMap(c -> c.lines().stream()
                        .map(l -> (c.point().isEmpty() ? "" : "at " + c.point() + ": ") + l)).toList();
                sections.add(new Report.Section("warnings", "Warnings by point", List.of(new Block.Bullets(bullets))));
            } else {
                sections.add(s);
            }
        }
        return new Report(r.title(), r.subtitle(), sections);
    }

    /** {@code "warnings": [{"scenario", "point", "lines": [...]}]} in sweep.json (absent when none). */
    public static void into(ObjectNode json, List<PointCaveats> caveats) {
        if (caveats.isEmpty()) {
            return;
        }
        ArrayNode a = json.putArray("warnings");
        for (PointCaveats c : caveats) {
            ObjectNode o = a.addObject();
            o.put("scenario", c.scenario());
            o.put("point", c.point());
            ArrayNode l = o.putArray("lines");
            c.lines().forEach(l::add);
        }
    }

    /**
     * A design's service at one point, whatever the verdict: sweep.json reports meets and unclear as well as misses.
     *
     * @param scenario the design's name
     * @param point    the point's settings, empty for the base
     * @param checks   one per requirement the design states, in its order
     */
    public record Service(String scenario, String point, List<ServiceCheck> checks) {
        /** The checks of design {@code s} at one point. */
        public static Service of(Scenario s, String point, List<ReplicationResult> results) {
            return new Service(s.name(), point, ServiceCheck.of(s.service(), KpiSummary.byName(KpiSummary.of(results))));
        }

        /** misses when any requirement is missed, else unclear when any is unclear, else meets. */
        public String verdict() {
            if (ServiceCheck.anyMissed(checks)) {
                return ServiceCheck.MISSES;
            }
            return checks.stream().anyMatch(c -> c.verdict().equals(ServiceCheck.UNCLEAR)) ? ServiceCheck.UNCLEAR
                    : ServiceCheck.MEETS;
        }
    }

    /**
     * {@code "service": [{"scenario", "point", "verdict", "checks": [{"kpi", "requirement", "verdict", "mean",
     * "bound"}]}]} in sweep.json, every design at every point (absent when no design states a service).
     */
    public static void serviceInto(ObjectNode json, List<Service> services) {
        if (services.stream().allMatch(v -> v.checks().isEmpty())) {
            return;
        }
        ArrayNode a = json.putArray("service");
        for (Service v : services) {
            ObjectNode o = a.addObject();
            o.put("scenario", v.scenario());
            o.put("point", v.point());
            o.put("verdict", v.verdict());
            ArrayNode cs = o.putArray("checks");
            for (ServiceCheck c : v.checks()) {
                ObjectNode co = cs.addObject();
                co.put("kpi", c.bound().kpi());
                co.put("requirement", c.bound().describe(false));
                co.put("verdict", c.verdict());
                number(co, "mean", c.mean());
                number(co, "bound", c.limit());
            }
        }
    }

    private static void number(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) {
            o.put(name, v);
        } else {
            o.putNull(name);
        }
    }
}
