package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fifsim.store.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code fifsim account} under the rules of issue 28: bad input that once exited 1, nonsense it once accepted (hex
 * numbers, a switch set to a share, factors out of the scenario's ranges, tampered saved files) and its friction
 * (a folder or device named "no such file", no did-you-mean). Each is exit 2 and one line, and nothing is written.
 */
class AccountInputsCliTest extends CapturedCli {
    @TempDir
    Path tmp;
    private Path results;

    @BeforeEach
    void finishedRun() throws IOException {
        Path tiny = Files.writeString(tmp.resolve("tiny.yaml"), OutputSafetyCliTest.TINY);
        results = tmp.resolve("r");
        assertEquals(Main.OK, execute("run", tiny.toString(), "--out", results.toString(), "--quiet", "--no-report"),
                err.toString(StandardCharsets.UTF_8));
    }

    private void refused(String says, String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "account";
        System.arraycopy(args, 0, full, 1, args.length);
        assertEquals(Main.BAD_INPUT, execute(full), err.toString(StandardCharsets.UTF_8));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("error: ") && e.contains(says), e);
        assertFalse(Files.exists(tmp.resolve("r-account")), "nothing written");
    }

    @Test
    void aScenarioFileIsNoResultsFolder() {
        refused("is a file, not a results folder", tmp.resolve("tiny.yaml").toString());
    }

    @ParameterizedTest(name = "--set {0}")
    @CsvSource(delimiter = '|', value = {
        "pack_value_cny=0x10            | must be a number or a one-key distribution map",
        "pack_value_cny=.inf            | must be a number or a one-key distribution map",
        "pack_kwh=0                     | pack_kwh: must be in (0, 1,000]",
        "pack_kwh=1e9                   | pack_kwh: must be in (0, 1,000]",
        "grid_kg_co2_per_kwh=5          | grid_kg_co2_per_kwh: must be in [0, 5)",
        "road_vehicle_based=0.5         | is a switch: must be 0 or 1",
        "road_vehicle_based=0.999       | is a switch: must be 0 or 1",
        "'road_vehicle_based={uniform: [0, 1]}' | is a switch: must be 0 or 1",
        "pack_value_cny_=5              | not a factor (did you mean pack_value_cny?)",
    })
    void factorsOnTheCommandLineKeepTheScenarioRules(String set, String says) {
        refused(says, results.toString(), "--set", set);
    }

    @Test
    void aFactorsFileKeepsTheScenarioRulesWithPositions() throws IOException {
        Path f = Files.writeString(tmp.resolve("f.yaml"), "truck_cny_per_km: 7\npack_value_cny: 0x10\n");
        // located at the value, as in a scenario file
        refused(f + ":2:17: pack_value_cny: must be a number or a one-key distribution map, got '0x10'",
                results.toString(), "--factors", f.toString());
        Files.writeString(f, "pack_value_cny: 50000\npack_value_cny: 60000\n");
        refused(f + ":2:1: pack_value_cny: duplicate key", results.toString(), "--factors", f.toString());
        Files.writeString(f, "pack_value_cny: .inf\n");
        refused("pack_value_cny: must be a number or a one-key distribution map", results.toString(), "--factors",
                f.toString());
    }

    @Test
    void aFolderOrADeviceIsNotANoSuchFile() throws IOException {
        refused("is a folder, expected a YAML file of factors", results.toString(), "--factors", tmp.toString());
        refused("is not a regular file (a pipe, device or socket)", results.toString(), "--factors", "/dev/zero");
        refused("no such file", results.toString(), "--factors", tmp.resolve("nope.yaml").toString());
    }

    private ObjectNode factors() throws IOException {
        return (ObjectNode) Json.MAPPER.readTree(results.resolve("factors.json").toFile());
    }

    @Test
    void aChangedScenarioNameOrSeedIsRefused() throws IOException {
        Path file = results.resolve("summary.json");
        byte[] written = Files.readAllBytes(file);
        ObjectNode s = (ObjectNode) Json.MAPPER.readTree(file.toFile());
        s.put("seed", s.get("seed").asLong() + 1);
        Json.write(file, s);
        refused(file + ": changed since fifsim wrote it", results.toString());
        Files.write(file, written);
        s = (ObjectNode) Json.MAPPER.readTree(file.toFile());
        s.put("scenario", "someone-else");
        Json.write(file, s);
        refused(file + ": changed since fifsim wrote it", results.toString());
        Files.write(file, written);
        Path factors = results.resolve("factors.json");
        Files.writeString(factors, Files.readString(factors) + " ");
        refused(factors + ": changed since fifsim wrote it", results.toString());
    }

    @Test
    void resultsWithoutChecksumsAreReadAsBefore() throws IOException {
        Files.delete(results.resolve("checksums.json"));
        assertEquals(Main.OK, execute("account", results.toString(), "--quiet"), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(tmp.resolve("r-account").resolve("checksums.json")), "account writes its own");
    }

    @Test
    void savedFactorsThatLieAreRefused() throws IOException {
        // bounds are checked on read also where no checksums say the file changed (older results)
        Files.delete(results.resolve("checksums.json"));
        ObjectNode f = factors();
        ((ObjectNode) f.get("factors")).remove("truck_cny_per_km");
        Json.write(results.resolve("factors.json"), f);
        refused("factors.json lacks the factor truck_cny_per_km", results.toString());
        f = factors();
        ((ObjectNode) f.get("factors")).putObject("truck_cny_per_km").put("value", 6.5);
        ((ObjectNode) f.get("factors").get("pack_value_cny")).put("value", 1e300);
        Json.write(results.resolve("factors.json"), f);
        refused("pack_value_cny must be in [0, ", results.toString());
        ((ObjectNode) f.get("factors").get("pack_value_cny")).putObject("value").putObject("normal")
                .put("mean", 48000).put("sd", 1e9);
        Json.write(results.resolve("factors.json"), f);
        refused("pack_value_cny must be in [0, ", results.toString());
    }

    @Test
    void savedActivityThatLiesIsRefused() throws IOException {
        Files.delete(results.resolve("checksums.json"));
        Path file = results.resolve("activity.json");
        ObjectNode a = (ObjectNode) Json.MAPPER.readTree(file.toFile());
        ObjectNode first = (ObjectNode) a.get("replications").get(0).get("activity");
        ArrayNode hours = ((ObjectNode) first.get("sites").get(0)).putArray("grid_kwh_by_hour");
        hours.add(1).add(2).add(3);
        Json.write(file, a);
        refused("grid_kwh_by_hour has 3 hours, not 24", results.toString());
        a = (ObjectNode) Json.MAPPER.readTree(file.toFile());
        ((ObjectNode) a.get("replications").get(0).get("activity")).put("packs_good", -1e308);
        Json.write(file, a);
        refused("activity.packs_good is -1.0E308, not an amount", results.toString());
    }
}
