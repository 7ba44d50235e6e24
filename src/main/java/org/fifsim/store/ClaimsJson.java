package org.fifsim.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.fifsim.claims.Claim;
import org.fifsim.claims.ClaimCheck;

/** claims.json: every claim with what it says, the simulated estimate and the verdict. */
public final class ClaimsJson {
    private ClaimsJson() {
    }

    public static ObjectNode build(List<ClaimCheck> checks) {
        ObjectNode root = Json.object();
        ArrayNode list = root.putArray("claims");
        for (ClaimCheck c : checks) {
            Claim cl = c.claim();
            ObjectNode n = list.addObject();
            n.put("id", cl.id());
            n.put("text", cl.text());
            n.put("source", cl.source());
            n.put("kpi", cl.kpi());
            n.put("of", cl.of().word());
            if (Double.isFinite(cl.value())) {
                n.put("value", cl.value());
                n.put("tolerance", cl.tolerance());
            }
            if (Double.isFinite(cl.atLeast())) {
                n.put("at_least", cl.atLeast());
            }
            if (Double.isFinite(cl.atMost())) {
                n.put("at_most", cl.atMost());
            }
            n.put("assumption", cl.assumption());
            if (!cl.restsOn().isEmpty()) {
                ArrayNode rests = n.putArray("rests_on");
                cl.restsOn().forEach(rests::add);
            }
            ObjectNode sim = n.putObject("simulated");
            if (c.simulated() != null) {
                Json.put(sim, "mean", c.simulated().mean());
                Json.put(sim, "ci95_low", c.simulated().ci95Low());
                Json.put(sim, "ci95_high", c.simulated().ci95High());
                sim.put("n", c.simulated().n());
            }
            n.put("verdict", c.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        return root;
    }
}
