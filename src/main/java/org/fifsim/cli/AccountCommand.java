package org.fifsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fifsim.accounting.FactorLibrary;
import org.fifsim.accounting.Factors;
import org.fifsim.report.Reprice;
import org.fifsim.scenario.Distribution;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fifsim account RESULTS_DIR}: re-prices finished results with other factors, without simulating. */
@Command(name = "account", mixinStandardHelpOptions = true,
        description = "Re-prices a finished run or comparison from its saved activity (activity.json, factors.json):"
                + " cost and carbon KPIs with their replication intervals and factor bands, as a fresh run with those"
                + " factors would give, without simulating again.")
final class AccountCommand implements Callable<Integer> {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RESULTS_DIR", description = "a results folder of run or compare")
    private Path source;

    @Option(names = "--factors", paramLabel = "FILE",
            description = "YAML map of factor names to a number or a distribution, e.g. pack_value_cny: 50000")
    private Path factorsFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "one factor, e.g. --set grid_kg_co2_per_kwh=0.1404 or --set 'pack_value_cny={uniform: [36000,"
                    + " 60000]}'; repeatable, applied after --factors. It applies where a design did not set the"
                    + " factor itself; DESIGN:KEY=VALUE applies to that design only, whatever it set. A setting that"
                    + " changes nothing is an error.")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "where to write (default RESULTS_DIR-account, beside it)")
    private Path out;

    @Option(names = "--quiet", description = "print nothing on success")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Distribution> overrides = new LinkedHashMap<>();
        Map<String, Map<String, Distribution>> scoped = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        if (factorsFile != null) {
            readFile(overrides, problems);
        }
        java.util.Set<String> fromFile = new java.util.HashSet<>(overrides.keySet());
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                problems.add("--set " + s + ": must be KEY=VALUE");
                continue;
            }
            String left = s.substring(0, eq).strip();
            int colon = left.indexOf(':');
            String key = colon < 0 ? left : left.substring(colon + 1).strip();
            // DESIGN:KEY=V changes that design only, even a factor it set itself
            Map<String, Distribution> into = colon < 0 ? overrides
                    : scoped.computeIfAbsent(left.substring(0, colon).strip(), d -> new LinkedHashMap<>());
            String value = s.substring(eq + 1).strip();
            try {
                add(into, key, YAML.readTree(value), problems, "--set " + left);
                if (colon < 0) {
                    fromFile.remove(key);
                }
            } catch (IOException e) {
                problems.add("--set " + key + ": must be a number or a distribution map, got " + value);
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("error: " + p));
            return Main.BAD_INPUT;
        }
        // beside, not inside: a results folder holding other results could not be run into again
        Path abs = source.toAbsolutePath().normalize();
        Path target = out != null ? out : abs.resolveSibling(abs.getFileName() + "-account");
        try {
            Reprice.Outcome o = Reprice.write(source, target, new Reprice.Settings(overrides, scoped, fromFile));
            if (!quiet) {
                spec.commandLine().getOut().println("re-priced " + String.join(", ", o.names()) + " -> " + target);
                o.decision().forEach(spec.commandLine().getOut()::println);
            }
            return Main.OK;
        } catch (Reprice.Unpriceable e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
    }

    private void readFile(Map<String, Distribution> overrides, List<String> problems) throws IOException {
        if (!Files.isRegularFile(factorsFile)) {
            problems.add(factorsFile + ": no such file");
            return;
        }
        JsonNode root;
        try {
            root = YAML.readTree(factorsFile.toFile());
        } catch (IOException e) {
            problems.add(factorsFile + ": not YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        // the library's own layout (factors: {name: {value: ...}}) or a flat map (name: value)
        JsonNode map = root != null && root.has("factors") ? root.get("factors") : root;
        if (map == null || !map.isObject()) {
            problems.add(factorsFile + ": must be a map of factor names to values");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue().isObject() && e.getValue().has("value") ? e.getValue().get("value")
                    : e.getValue();
            add(overrides, e.getKey(), v, problems, factorsFile + ": " + e.getKey());
        }
    }

    private static void add(Map<String, Distribution> overrides, String key, JsonNode value, List<String> problems,
            String where) {
        FactorLibrary library = FactorLibrary.standard();
        // a variant's pack value (pack_value_cny.m9) is bounded like the library's pack_value_cny
        FactorLibrary.Factor f = library.get(Factors.variantOf(key) != null ? Factors.PACK_VALUE_CNY : key);
        if (f == null && !library.fromScenario().containsKey(key)) {
            problems.add(where + ": not a factor; known: " + String.join(", ", library.names()) + ", "
                    + String.join(", ", library.fromScenario().keySet()) + ", " + Factors.packValueOf("<variant>"));
            return;
        }
        Distribution d;
        try {
            d = FactorLibrary.parse(value);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage() + ", got " + value);
            return;
        }
        double max = f == null ? Double.POSITIVE_INFINITY : f.max();
        if (!(d.min() >= 0) || !(FactorLibrary.upper(d) <= max)) {
            String bound = Double.isFinite(max) ? FactorLibrary.text(new Distribution.Constant(max)) : "inf)";
            problems.add(where + ": must lie in [0, " + bound + (Double.isFinite(max) ? "]" : "") + (Double.isFinite(max)
                    ? " (a distribution must be bounded: uniform or triangular)" : "") + ", got " + value);
            return;
        }
        overrides.put(key, d);
    }
}
