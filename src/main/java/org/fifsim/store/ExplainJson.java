package org.fifsim.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.fifsim.explain.Attribution;
import org.fifsim.explain.Between;
import org.fifsim.stats.Estimate;

/**
 * explain.json (CONTRACT.md, additions of 2026-12-06): {@code groups}, and per KPI the {@code total} difference B
 * minus A, each group's share with its interval and the {@code interaction} left over, so that the shares plus the
 * interaction are the total as written. Added beside them: the two designs, the keys of each group with both values,
 * the total's interval, each group's effect alone and the joint part the shares split.
 */
public final class ExplainJson {
    private ExplainJson() {
    }

    public static ObjectNode build(String from, String to, Between between, Attribution attribution) {
        ObjectNode root = Json.object();
        ArrayNode groups = root.putArray("groups");
        attribution.groups().forEach(groups::add);
        ObjectNode kpis = root.putObject("kpis");
        for (Map.Entry<String, Attribution.Parts> e : attribution.kpis().entrySet()) {
            Attribution.Parts p = e.getValue();
            ObjectNode k = kpis.putObject(e.getKey());
            Json.put(k, "total", p.total().mean());
            Json.put(k, "ci95_low", p.total().ci95Low());
            Json.put(k, "ci95_high", p.total().ci95High());
            ObjectNode shares = k.putObject("shares");
            for (Map.Entry<String, Estimate> s : p.shares().entrySet()) {
                ObjectNode g = shares.putObject(s.getKey());
                Json.put(g, "mean", s.getValue().mean());
                Json.put(g, "ci95_low", s.getValue().ci95Low());
                Json.put(g, "ci95_high", s.getValue().ci95High());
                Json.put(g, "alone", p.alone().get(s.getKey()));
            }
            k.put("interaction", p.interaction());
            Json.put(k, "joint", p.joint());
            Json.put(k, "base", p.base());
        }
        root.put("from", from);
        root.put("to", to);
        root.put("replications", attribution.kpis().values().stream().findFirst().map(p -> p.total().n()).orElse(0));
        root.put("designs", between.designs().size());
        ObjectNode keys = root.putObject("keys");
        for (int g = 0; g < between.groups().size(); g++) {
            ArrayNode list = keys.putArray(between.groups().get(g));
            for (Between.Change c : between.keys().get(g)) {
                list.addObject().put("key", c.key()).put("from", c.from()).put("to", c.to());
            }
        }
        return root;
    }
}
