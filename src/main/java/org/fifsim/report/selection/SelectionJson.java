package org.fifsim.report.selection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.fifsim.selection.Constraint;
import org.fifsim.selection.DesignOutcome;
import org.fifsim.selection.Feasibility;
import org.fifsim.selection.Outcome;
import org.fifsim.selection.Round;
import org.fifsim.store.Json;

/**
 * selection.json: {@code "selected"} (a name, or null), {@code "replications"} ({NAME: n}) and {@code "feasible"}
 * ({NAME: true | false}) as CONTRACT.md fixes them, then the decision and the guarantee in words, η and h², the
 * constraints, each design's mean and MCB interval, and the elimination log round by round.
 */
final class SelectionJson {
    private SelectionJson() {
    }

    /** @param files each design's scenario file, by name */
    static ObjectNode build(Outcome o, Map<String, String> files) {
        ObjectNode root = Json.object();
        if (o.selected() == null) {
            root.putNull("selected");
        } else {
            root.put("selected", o.selected());
        }
        ObjectNode reps = root.putObject("replications");
        o.designs().forEach(d -> reps.put(d.name(), d.replications()));
        ObjectNode feasible = root.putObject("feasible");
        // a design the budget left undecided is not known to meet service: false, with "undecided" saying why
        o.designs().forEach(d -> feasible.put(d.name(), d.feasibility() == Feasibility.FEASIBLE));
        ArrayNode undecided = root.putArray("undecided");
        o.designs().stream().filter(d -> d.feasibility() == Feasibility.UNDECIDED).forEach(d -> undecided.add(d.name()));
        root.put("status", o.status().name().toLowerCase(java.util.Locale.ROOT));
        root.put("decision", SelectionReport.decision(o));
        root.put("guarantee", o.guarantee());
        root.put("kpi", o.goal().kpi());
        root.put("direction", o.goal().maximize() ? "maximize" : "minimize");
        root.put("delta", o.goal().delta());
        root.put("pcs", o.settings().pcs());
        root.put("alpha_feasibility", o.alphaF());
        root.put("alpha_selection", o.alphaS());
        Json.put(root, "eta", o.etaSelection());
        Json.put(root, "h2", o.h2Selection());
        Json.put(root, "feasibility_eta", o.etaFeasibility());
        Json.put(root, "feasibility_h2", o.h2Feasibility());
        root.put("n0", o.settings().n0());
        root.put("batch", o.settings().batch());
        root.put("first_replication", o.settings().first());
        if (o.settings().maxReplications() == Integer.MAX_VALUE) {
            root.putNull("max_replications");
        } else {
            root.put("max_replications", o.settings().maxReplications());
        }
        root.put("total_replications", o.total());
        // what a two-stage Bonferroni plan with equal allocation would run for the selection alone
        root.put("equal_allocation_replications", o.equalAllocation());
        ArrayNode contenders = root.putArray("contenders");
        o.contenders().forEach(contenders::add);
        ArrayNode cs = root.putArray("constraints");
        for (Constraint c : o.constraints()) {
            ObjectNode n = cs.addObject();
            n.put("kpi", c.kpi());
            n.put(c.atMost() ? "at_most" : "at_least", c.bound());
            n.put("eps", c.eps());
        }
        ObjectNode designs = root.putObject("designs");
        for (DesignOutcome d : o.designs()) {
            ObjectNode n = designs.putObject(d.name());
            n.put("file", files.getOrDefault(d.name(), ""));
            n.put("standing", SelectionReport.standing(o, d));
            Json.put(n, "mean", d.mean());
            if (d.mcb() != null) {
                Json.put(n, "mcb_low", d.mcb().low());
                Json.put(n, "mcb_high", d.mcb().high());
            }
            ObjectNode cm = n.putObject("constraint_means");
            for (int l = 0; l < o.constraints().size(); l++) {
                Json.put(cm, o.constraints().get(l).kpi(), d.constraintMeans().get(l));
            }
        }
        ArrayNode rounds = root.putArray("rounds");
        for (Round r : o.rounds()) {
            ObjectNode n = rounds.addObject();
            n.put("round", r.number());
            n.put("phase", r.phase());
            n.put("replications", r.replications());
            n.put("total", r.total());
            r.contenders().forEach(n.putArray("contenders")::add);
            r.eliminated().forEach(n.putArray("eliminated")::add);
            r.feasible().forEach(n.putArray("feasible")::add);
            r.infeasible().forEach(n.putArray("infeasible")::add);
        }
        return root;
    }
}
