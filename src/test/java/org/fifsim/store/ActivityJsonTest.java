package org.fifsim.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fifsim.results.Activity;
import org.fifsim.results.Activity.HubKind;
import org.fifsim.results.Activity.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** activity.json reads back to the activity it was written from, with and without quality and variants. */
class ActivityJsonTest {
    @TempDir
    Path tmp;

    private List<Activity> roundTrip(Activity a) throws Exception {
        JsonNode tree = ActivityJson.tree(a);
        Path f = tmp.resolve("activity.json");
        Files.writeString(f, "{\"replications\": [{\"replication\": 0, \"activity\": " + tree + "}]}");
        return ActivityJson.read(f);
    }

    @Test
    void anActivityWithoutQualityOrVariantsWritesNoKeyForThem() throws Exception {
        double[] byHour = new double[24];
        byHour[5] = 7;
        Activity a = new Activity(10, 1, 2, 9, 3.5, List.of(), List.of(new Activity.Hub("fg", HubKind.STORE,
                Site.PACK_PLANT, 10, 0)), List.of(new Activity.SiteEnergy(Site.PACK_PLANT, 7, 0, 0, 7, byHour)));
        JsonNode tree = ActivityJson.tree(a);
        assertFalse(tree.has("quality") || tree.has("variants"), tree.toString());
        assertEquals(0.0, tree.at("/hubs/0/unit_days").asDouble(-1), "a zero is written, not dropped");
        assertEquals("store", tree.at("/hubs/0/kind").asText(), "kinds and sites by their words, as ever");
        assertEquals("pack_plant", tree.at("/sites/0/site").asText());
        assertEquals(List.of(a), roundTrip(a));
        assertEquals(List.of(Activity.none()), roundTrip(Activity.none()));
    }

    @Test
    void qualityAndVariantsReadBack() throws Exception {
        Activity a = new Activity(10, 1, 2, 9, 3.5, List.of(), List.of(), List.of(),
                new Activity.Quality(100, 4, 1, 20), List.of(new Activity.Variant("m5", 0.4, 60, 450, 2.5),
                        new Activity.Variant("m9", 0.6, 100, 750, 1)));
        JsonNode tree = ActivityJson.tree(a);
        assertEquals(20, tree.at("/quality/vehicles_recalled").asDouble());
        assertEquals(2.5, tree.at("/variants/0/held_packs").asDouble());
        assertTrue(tree.at("/variants/1/mass_kg").isNumber());
        assertEquals(List.of(a), roundTrip(a));
    }
}
