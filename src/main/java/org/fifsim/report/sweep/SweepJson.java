package org.fifsim.report.sweep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.fifsim.experiment.sweep.CrossingBand;
import org.fifsim.experiment.sweep.Grid;
import org.fifsim.experiment.sweep.Level;
import org.fifsim.experiment.sweep.SweepOutcome;
import org.fifsim.experiment.sweep.Vary;
import org.fifsim.results.Kpis;
import org.fifsim.stats.Estimate;
import org.fifsim.store.Json;

/**
 * sweep.json: the varied keys, and per point the estimate of every KPI per scenario and, with {@code --against}, the
 * paired difference; then the crossings of the KPIs asked, with the factor band of each priced KPI's crossing.
 */
public final class SweepJson {
    private SweepJson() {
    }

    public static ObjectNode build(SweepOutcome o) {
        ObjectNode root = Json.object();
        root.put("scenario", o.scenarios().get(0));
        if (o.scenarios().size() > 1) {
            root.put("against", o.scenarios().get(1));
        } else {
            root.putNull("against");
        }
        root.put("replications", o.replications());
        root.put("seed", o.seed());
        ArrayNode varied = root.putArray("varied");
        for (Vary v : o.grid().varies()) {
            ObjectNode n = varied.addObject();
            n.put("key", v.key());
            n.put("unit", v.axisUnit());
            ArrayNode values = n.putArray("values");
            v.levels().stream().map(Level::text).forEach(values::add);
        }
        ArrayNode kpis = root.putArray("kpis");
        o.kpis().forEach(kpis::add);
        if (o.xKpi() != null) {
            root.put("x_kpi", o.xKpi());
        }
        ArrayNode points = root.putArray("points");
        Grid g = o.grid();
        for (int p = 0; p < g.points().size(); p++) {
            ObjectNode pt = points.addObject();
            pt.put("point", p);
            ObjectNode values = pt.putObject("values");
            g.overrides(p).forEach(values::put);
            ObjectNode sc = pt.putObject("scenarios");
            for (int s = 0; s < o.scenarios().size(); s++) {
                estimates(sc.putObject(o.scenarios().get(s)), o.estimates().get(s).get(p), false);
            }
            if (!o.differences().isEmpty()) {
                estimates(pt.putObject("differences"), o.differences().get(p), true);
            }
        }
        ArrayNode crossings = root.putArray("crossings");
        for (SweepOutcome.LineCrossing c : o.crossings()) {
            ObjectNode n = crossings.addObject();
            n.put("kpi", c.kpi());
            n.put("along", g.varies().get(0).key());
            ObjectNode fixed = n.putObject("fixed");
            c.line().fixed().forEach(fixed::put);
            n.put("found", c.crossing().found());
            n.put("kind", c.crossing().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            // crossing, crossing_low, crossing_high: on the chart's x axis (the x KPI when given); null = open end
            n.put("axis", o.xKpi() != null ? o.xKpi() : g.varies().get(0).key());
            n.put("axis_unit", o.xKpi() != null ? Kpis.unitOf(o.xKpi()) : g.varies().get(0).axisUnit());
            double[] on = c.onAxis(o.xKpi() != null);
            Json.put(n, "crossing", on[0]);
            Json.put(n, "crossing_low", on[1]);
            Json.put(n, "crossing_high", on[2]);
            if (c.band() != null) {
                band(n, c.band());
            }
            if (c.crossing().found()) {
                n.put("value", c.at());
                Json.put(n, "x", c.crossing().x());
                if (c.crossing().index() > 0) {
                    ArrayNode between = n.putArray("between");
                    between.add(g.overrides(c.line().points().get(c.crossing().index() - 1))
                            .get(g.varies().get(0).key()));
                    between.add(g.overrides(c.line().points().get(c.crossing().index()))
                            .get(g.varies().get(0).key()));
                }
                if (o.xKpi() != null) {
                    Json.put(n, o.xKpi(), c.xKpiValue());
                }
            }
            double[] xi = c.crossing().interval();
            Json.put(n, "x_low", xi[0]);
            Json.put(n, "x_high", xi[1]);
        }
        return root;
    }

    /**
     * The crossing's factor band on the same axis: p5 and p95 over the draws, null where that end lies beyond the
     * swept range (or no draw crosses); the shares of draws crossing below or above the range, and with no crossing.
     */
    private static void band(ObjectNode n, CrossingBand b) {
        Json.put(n, "crossing_band_p5", b.p5());
        Json.put(n, "crossing_band_p95", b.p95());
        n.put("crossing_band_draws", b.draws());
        ObjectNode outside = n.putObject("crossing_band_outside");
        Json.put(outside, "below", b.below());
        Json.put(outside, "above", b.above());
        Json.put(outside, "undetermined", b.undetermined());
    }

    private static void estimates(ObjectNode into, Map<String, Estimate> byKpi, boolean difference) {
        for (Map.Entry<String, Estimate> e : byKpi.entrySet()) {
            ObjectNode k = into.putObject(e.getKey());
            Estimate est = e.getValue();
            Json.put(k, "mean", est.mean());
            if (!difference) {
                Json.put(k, "stddev", est.stddev());
            }
            Json.put(k, "ci95_low", est.ci95Low());
            Json.put(k, "ci95_high", est.ci95High());
            k.put("n", est.n());
            k.put("unit", Kpis.unitOf(e.getKey()));
            if (difference) {
                k.put("includes_zero", est.includesZero());
            }
        }
    }
}
