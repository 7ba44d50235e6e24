package org.fifsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fifsim.accounting.FactorLibrary;
import org.fifsim.accounting.FactorRules;
import org.fifsim.accounting.Factors;
import org.fifsim.report.Reprice;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.io.Distributions;
import org.fifsim.scenario.io.FactorDefinitions;
import org.fifsim.scenario.io.FactorValues;
import org.fifsim.scenario.io.Problem;
import org.fifsim.scenario.io.Suggest;
import org.fifsim.scenario.io.YNode;
import org.fifsim.store.ResultsFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code fifsim account RESULTS_DIR}: re-prices finished results with other factors, without simulating. */
@Command(name = "account", mixinStandardHelpOptions = true,
        description = "Re-prices a finished run or comparison from its saved activity (activity.json, factors.json):"
                + " cost and carbon KPIs with their replication intervals and factor bands, as a fresh run with those"
                + " factors would give, without simulating again.")
final class AccountCommand implements Callable<Integer> {
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
            List<Problem> syntax = new ArrayList<>();
            YNode tree = FactorValues.value(value, Path.of("--set " + left), syntax);
            if (tree == null) {
                problems.add("--set " + key + ": must be a number or a distribution map, got " + value);
            } else {
                add(into, key, tree, problems, "--set " + left, false);
                if (colon < 0) {
                    fromFile.remove(key);
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("error: " + p));
            return Main.BAD_INPUT;
        }
        // beside, not inside: a results folder holding other results could not be run into again
        Path abs = source.toAbsolutePath().normalize();
        Path target = out != null ? out : abs.resolveSibling(abs.getFileName() + "-account");
        ResultsFolder.check(target, ReadPaths.of(List.of(), source, factorsFile));
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

    /**
     * Reads the factors file with the scenario files' YAML reader (strict numbers, no duplicate keys, positions), each
     * value under the rules it has in a scenario file.
     */
    private void readFile(Map<String, Distribution> overrides, List<String> problems) {
        String kind = Files.isDirectory(factorsFile) ? "is a folder" : !Files.exists(factorsFile) ? "no such file"
                : !Files.isRegularFile(factorsFile) ? "is not a regular file (a pipe, device or socket)" : null;
        if (kind != null) {
            problems.add(factorsFile + ": " + kind + ", expected a YAML file of factors");
            return;
        }
        List<Problem> found = new ArrayList<>();
        Map<String, FactorValues.Located> values = FactorValues.read(factorsFile, found);
        found.forEach(p -> problems.add(p.format().substring("error: ".length())));
        for (Map.Entry<String, FactorValues.Located> e : values.entrySet()) {
            add(overrides, e.getKey(), e.getValue().value(), problems, e.getValue().at() + ": " + e.getKey(), true);
        }
    }

    /**
     * One factor's value through the scenario files' distribution parser; a problem of a file's value is located at
     * the value ({@code inFile}), one of the command line's says {@code --set KEY}.
     */
    private static void add(Map<String, Distribution> overrides, String key, YNode value, List<String> problems,
            String where, boolean inFile) {
        FactorLibrary library = FactorLibrary.standard();
        // a variant's pack value (pack_value_cny.m9) is bounded like the library's pack_value_cny
        FactorDefinitions.Factor f = library.get(Factors.variantOf(key) != null ? Factors.PACK_VALUE_CNY : key);
        if (f == null && !library.fromScenario().containsKey(key)) {
            List<String> known = new ArrayList<>(library.names());
            known.addAll(library.fromScenario().keySet());
            String hint = Suggest.closest(key, known);
            problems.add(where + ": not a factor" + (hint != null ? " (did you mean " + hint + "?)" : "")
                    + "; known: " + String.join(", ", known) + ", " + Factors.packValueOf("<variant>"));
            return;
        }
        List<Problem> found = new ArrayList<>();
        Distribution d = Distributions.number(value, key, found);
        if (d == null) {
            Problem p = found.get(0);
            problems.add(inFile ? p.format().substring("error: ".length())
                    : where + ": " + p.rule() + ", got " + shown(value));
            return;
        }
        String rule = FactorRules.problem(key, d);
        if (rule != null) {
            problems.add(where + ": " + rule + ", got " + shown(value));
            return;
        }
        overrides.put(key, d);
    }

    /** A value as written, for a message, in YAML's flow form: {@code {uniform: [0, 1]}}. */
    private static String shown(YNode value) {
        if (value instanceof YNode.Scalar s) {
            return s.text();
        }
        if (value instanceof YNode.Seq s) {
            return "[" + String.join(", ", s.items().stream().map(AccountCommand::shown).toList()) + "]";
        }
        return "{" + String.join(", ", ((YNode.Map_) value).entries().values().stream()
                .map(e -> e.key() + ": " + shown(e.value())).toList()) + "}";
    }
}
