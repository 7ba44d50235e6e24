package org.fifsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.accounting.FactorSet;
import org.fifsim.results.Activity;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;

/**
 * activity.json and factors.json: what each replication did (the model's side of the accounting boundary) and the
 * factors it was priced with, saved so {@code fifsim account} can re-price a finished run without simulating.
 */
public final class ActivityJson {
    public static final String ACTIVITY = "activity.json";
    public static final String FACTORS = "factors.json";

    /** snake_case like every other fifsim JSON file, without annotations on the results records. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private ActivityJson() {
    }

    /** One replication's activity as a JSON tree. */
    static JsonNode tree(Activity a) {
        return MAPPER.valueToTree(a);
    }

    /** Writes both files into a scenario's results folder. */
    public static void write(Path dir, Scenario scenario, List<ReplicationResult> results) throws IOException {
        write(dir, scenario.name(), scenario.run().seed(), results, FactorSet.of(scenario));
    }

    /** As above, for results priced with {@code factors} (a re-priced run keeps its scenario's name and seed). */
    public static void write(Path dir, String scenario, long seed, List<ReplicationResult> results,
            FactorSet factors) throws IOException {
        ObjectNode root = Json.object();
        root.put("scenario", scenario);
        root.put("seed", seed);
        ArrayNode reps = root.putArray("replications");
        for (ReplicationResult r : results) {
            ObjectNode o = reps.addObject();
            o.put("replication", r.replication());
            o.set("activity", tree(r.activity()));
        }
        Json.write(dir.resolve(ACTIVITY), root);
        Json.write(dir.resolve(FACTORS), factors.toJson());
    }

    /** The activity of every replication, in file order. */
    public static List<Activity> read(Path file) throws IOException {
        JsonNode root = Json.MAPPER.readTree(file.toFile());
        List<Activity> out = new ArrayList<>();
        for (JsonNode r : root.path("replications")) {
            out.add(MAPPER.treeToValue(r.get("activity"), Activity.class));
        }
        return out;
    }

    /** The factor set saved beside the activity. */
    public static FactorSet readFactors(Path file) throws IOException {
        return FactorSet.fromJson(Json.MAPPER.readTree(file.toFile()));
    }
}
