package org.fifsim.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.accounting.FactorLibrary;
import org.fifsim.accounting.FactorRules;
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
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            // no quality incidents, no named variants: no key (the file reads as it did before they existed)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY)
            // sites, loads and hub kinds by their words (pack_plant, cell, store), as when they were strings
            .configure(SerializationFeature.WRITE_ENUMS_USING_TO_STRING, true)
            .configure(DeserializationFeature.READ_ENUMS_USING_TO_STRING, true);

    private ActivityJson() {
    }

    /** One replication's activity as a JSON tree. */
    static JsonNode tree(Activity a) {
        return MAPPER.valueToTree(a);
    }

    /** Writes both files into a scenario's results folder; {@code factors} is the scenario's factor set. */
    public static void write(Path dir, Scenario scenario, FactorSet factors, List<ReplicationResult> results)
            throws IOException {
        write(dir, scenario.name(), scenario.run().seed(), results, factors, setByScenario(scenario));
    }

    /** Key of factors.json: the factors the scenario set itself (its accounting section, its variants' values). */
    public static final String SET_BY_SCENARIO = "set_by_scenario";

    /** The factors a scenario sets itself: an unscoped {@code account --set} leaves them alone. */
    static List<String> setByScenario(Scenario s) {
        List<String> out = new ArrayList<>(s.accounting().keySet());
        if (s.orders() != null) {
            s.orders().variants().stream().filter(v -> v.value() != null && v.value().mean() > 0)
                    .forEach(v -> out.add(org.fifsim.accounting.Factors.packValueOf(v.name())));
        }
        return out;
    }

    /** The factors a saved factors.json says its scenario set itself (none in files written before it said so). */
    public static List<String> setByScenario(Path factorsFile) throws IOException {
        List<String> out = new ArrayList<>();
        Json.MAPPER.readTree(factorsFile.toFile()).path(SET_BY_SCENARIO).forEach(n -> out.add(n.asText()));
        return out;
    }

    /** As above, for results priced with {@code factors} (a re-priced run keeps its scenario's name and seed). */
    public static void write(Path dir, String scenario, long seed, List<ReplicationResult> results,
            FactorSet factors, List<String> setByScenario) throws IOException {
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
        ObjectNode f = factors.toJson();
        ArrayNode own = f.putArray(SET_BY_SCENARIO);
        setByScenario.forEach(own::add);
        Json.write(dir.resolve(FACTORS), f);
    }

    /**
     * The activity of every replication, in file order. Every amount must be a finite number, at least 0 and below
     * {@link #MAX_AMOUNT}, and every site's grid import have its 24 clock hours: a file that says otherwise was not
     * written by fifsim as it stands, and is refused (IllegalArgumentException) rather than priced.
     */
    public static List<Activity> read(Path file) throws IOException {
        JsonNode root = Json.MAPPER.readTree(file.toFile());
        List<Activity> out = new ArrayList<>();
        for (JsonNode r : root.path("replications")) {
            JsonNode a = r.get("activity");
            plausible(a, "activity");
            for (JsonNode site : a.path("sites")) {
                if (site.path("grid_kwh_by_hour").size() != 24) {
                    throw new IllegalArgumentException("a site's grid_kwh_by_hour has " + site.path("grid_kwh_by_hour")
                            .size() + " hours, not 24");
                }
            }
            out.add(MAPPER.treeToValue(a, Activity.class));
        }
        return out;
    }

    /** Far above any plant's yearly amount (packs, km, kWh), far below what breaks a sum. */
    static final double MAX_AMOUNT = 1e15;

    private static void plausible(JsonNode n, String path) {
        if (n == null) {
            throw new IllegalArgumentException(path + " is missing");
        }
        if (n.isNumber()) {
            double v = n.asDouble();
            if (!(v >= 0 && v < MAX_AMOUNT)) {
                throw new IllegalArgumentException(path + " is " + n + ", not an amount in [0, 1e15)");
            }
        }
        if (n.isObject()) {
            n.properties().forEach(e -> plausible(e.getValue(), path + "." + e.getKey()));
        }
        if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                plausible(n.get(i), path + "[" + i + "]");
            }
        }
    }

    /**
     * The factor set saved beside the activity: every factor of the library (containment's with quality incidents
     * only) and of the scenario present, each under
     * the rules it has in a scenario file (IllegalArgumentException otherwise).
     */
    public static FactorSet readFactors(Path file) throws IOException {
        FactorSet set = FactorSet.fromJson(Json.MAPPER.readTree(file.toFile()));
        FactorLibrary library = FactorLibrary.standard();
        List<String> needed = new ArrayList<>(library.names());
        needed.addAll(library.fromScenario().keySet());
        needed.removeAll(org.fifsim.accounting.Factors.CONTAINMENT); // only with quality incidents
        for (String name : needed) {
            if (!set.factors().containsKey(name)) {
                throw new IllegalArgumentException(FACTORS + " lacks the factor " + name);
            }
        }
        for (var e : set.factors().entrySet()) {
            String rule = FactorRules.problem(e.getKey(), e.getValue());
            if (rule != null) {
                throw new IllegalArgumentException(FACTORS + ": " + e.getKey() + " " + rule);
            }
        }
        return set;
    }
}
