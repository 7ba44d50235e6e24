package org.fifsim.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.experiment.ExperimentSpec;
import org.fifsim.experiment.sweep.Level;
import org.fifsim.experiment.sweep.Perturbation;
import org.fifsim.experiment.sweep.Vary;
import org.fifsim.scenario.RunSpec;
import org.fifsim.scenario.Scenario;
import org.fifsim.scenario.io.ScenarioException;
import org.fifsim.scenario.io.ScenarioReader;

/**
 * An {@link ExperimentSpec} as JSON, for a shard to save and {@code fifsim merge} to run again. A design is saved as
 * the chunks ship it (its file, resolved YAML text and run section), so it reads back as the same plan; every input
 * file is saved with its SHA-256, so a merge can refuse files changed since. Doubles are saved as their exact
 * decimal text. Only what a shard can run is saved: a precision-driven run or an explanation adapts to its results.
 */
public final class SpecJson {
    private SpecJson() {
    }

    /** The spec as JSON. */
    public static ObjectNode write(ExperimentSpec spec) throws IOException {
        ObjectNode root = Json.object();
        if (spec instanceof ExperimentSpec.Run r) {
            if (r.precision() != null) {
                throw new IllegalArgumentException("a precision-driven run cannot be saved: it adapts to its results");
            }
            root.put("kind", "run");
            root.set("scenario", scenario(r.scenario()));
            root.put("report", r.report());
        } else if (spec instanceof ExperimentSpec.Compare c) {
            if (c.explain() != null) {
                throw new IllegalArgumentException("a comparison with an explanation cannot be saved");
            }
            root.put("kind", "compare");
            root.set("scenarios", scenarios(c.scenarios()));
            root.put("claims_file", c.claimsFile() == null ? null : c.claimsFile().toString());
            ArrayNode context = root.putArray("context");
            c.context().forEach(p -> context.add(p.toString()));
        } else if (spec instanceof ExperimentSpec.Sweep s) {
            root.put("kind", "sweep");
            strings(root.putArray("names"), s.names());
            ArrayNode varies = root.putArray("varies");
            for (Vary v : s.varies()) {
                ObjectNode n = varies.addObject();
                n.put("key", v.key());
                ArrayNode levels = n.putArray("levels");
                for (Level l : v.levels()) {
                    levels.addObject().put("text", l.text()).put("value", Double.toString(l.value()))
                            .put("unit", l.unit());
                }
            }
            ArrayNode cases = root.putArray("cases");
            s.cases().forEach(row -> cases.add(scenarios(row)));
            strings(root.putArray("kpis"), s.kpis());
            root.put("kpis_given", s.kpisGiven());
            root.put("x_kpi", s.xKpi());
        } else if (spec instanceof ExperimentSpec.Sensitivity s) {
            root.put("kind", "sensitivity");
            root.put("name", s.name());
            root.put("delta", Double.toString(s.delta()));
            ArrayNode settings = root.putArray("settings");
            for (Perturbation p : s.settings()) {
                settings.addObject().put("key", p.key()).put("base", p.base()).put("low", p.low())
                        .put("high", p.high());
            }
            root.set("cases", scenarios(s.cases()));
            strings(root.putArray("kpis"), s.kpis());
        } else {
            // explain, select and optimize ask for replications as they go: no shard can run them
            throw new IllegalArgumentException("a " + spec.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)
                    + " cannot be saved: it asks for replications as it goes");
        }
        ExperimentSpec.Output o = spec.output();
        ObjectNode out = root.putObject("output");
        out.put("target", o.target().toString());
        out.put("threads", o.threads());
        out.put("quiet", o.quiet());
        strings(out.putArray("command"), o.command());
        ArrayNode inputs = out.putArray("inputs");
        for (Path p : o.inputs()) {
            inputs.addObject().put("file", p.toString()).put("sha256", sha256(p));
        }
        return root;
    }

    /**
     * The spec saved by {@link #write}, its output as saved.
     *
     * @throws IOException one line: what is not as a spec is written
     */
    public static ExperimentSpec read(JsonNode root) throws IOException {
        try {
            JsonNode o = need(root, "output");
            List<Path> inputs = new ArrayList<>();
            need(o, "inputs").forEach(i -> inputs.add(Path.of(i.path("file").asText())));
            ExperimentSpec.Output output = new ExperimentSpec.Output(Path.of(need(o, "target").asText()), inputs,
                    need(o, "threads").asInt(), strings(need(o, "command")), o.path("quiet").asBoolean());
            String kind = need(root, "kind").asText();
            switch (kind) {
                case "run":
                    return new ExperimentSpec.Run(scenario(need(root, "scenario")), null,
                            need(root, "report").asBoolean(), output);
                case "compare":
                    JsonNode claims = root.path("claims_file");
                    List<Path> context = new ArrayList<>();
                    root.path("context").forEach(p -> context.add(Path.of(p.asText())));
                    return new ExperimentSpec.Compare(scenarios(need(root, "scenarios")),
                            claims.isTextual() ? Path.of(claims.asText()) : null, context, null, output);
                case "sweep":
                    List<Vary> varies = new ArrayList<>();
                    for (JsonNode v : need(root, "varies")) {
                        List<Level> levels = new ArrayList<>();
                        for (JsonNode l : need(v, "levels")) {
                            levels.add(new Level(need(l, "text").asText(),
                                    Double.parseDouble(need(l, "value").asText()), need(l, "unit").asText()));
                        }
                        varies.add(new Vary(need(v, "key").asText(), levels));
                    }
                    List<List<Scenario>> cases = new ArrayList<>();
                    for (JsonNode row : need(root, "cases")) {
                        cases.add(scenarios(row));
                    }
                    JsonNode x = root.path("x_kpi");
                    return new ExperimentSpec.Sweep(strings(need(root, "names")), varies, cases,
                            strings(need(root, "kpis")), need(root, "kpis_given").asBoolean(),
                            x.isTextual() ? x.asText() : null, output);
                case "sensitivity":
                    List<Perturbation> settings = new ArrayList<>();
                    for (JsonNode p : need(root, "settings")) {
                        settings.add(new Perturbation(need(p, "key").asText(), need(p, "base").asText(),
                                need(p, "low").asText(), need(p, "high").asText()));
                    }
                    return new ExperimentSpec.Sensitivity(need(root, "name").asText(),
                            Double.parseDouble(need(root, "delta").asText()), settings, scenarios(need(root, "cases")),
                            strings(need(root, "kpis")), output);
                default:
                    throw new IOException("an experiment of an unknown kind '" + kind + "'");
            }
        } catch (NumberFormatException e) {
            throw new IOException("a number that is not one: " + e.getMessage(), e);
        }
    }

    /** The first input file whose content differs from what the spec saved (or that is gone), or null. */
    public static Path changedInput(JsonNode root) throws IOException {
        for (JsonNode i : root.path("output").path("inputs")) {
            Path p = Path.of(i.path("file").asText());
            if (!sha256(p).equals(i.path("sha256").asText())) {
                return p;
            }
        }
        return null;
    }

    private static ObjectNode scenario(Scenario s) {
        if (s.resolved() == null) {
            throw new IllegalArgumentException("a scenario built in memory cannot be saved");
        }
        ObjectNode n = Json.object();
        n.put("source", s.source() == null ? null : s.source().toString());
        RunSpec r = s.run();
        n.putObject("run").put("horizon", Double.toString(r.horizon())).put("warmup", Double.toString(r.warmup()))
                .put("replications", r.replications()).put("seed", r.seed());
        n.put("text", s.resolved());
        return n;
    }

    private static ArrayNode scenarios(List<Scenario> list) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        list.forEach(s -> a.add(scenario(s)));
        return a;
    }

    /** As the chunks read a shipped scenario: the resolved text as if it were its file, then its run section. */
    private static Scenario scenario(JsonNode n) throws IOException {
        JsonNode r = need(n, "run");
        RunSpec run = new RunSpec(Double.parseDouble(need(r, "horizon").asText()),
                Double.parseDouble(need(r, "warmup").asText()), need(r, "replications").asInt(),
                need(r, "seed").asLong());
        String source = n.path("source").isTextual() ? n.path("source").asText() : "(memory)";
        try {
            return ScenarioReader.parse(Path.of(source), need(n, "text").asText()).withRun(run);
        } catch (ScenarioException e) {
            throw new IOException("a saved scenario does not read back: " + e.getMessage(), e);
        }
    }

    private static List<Scenario> scenarios(JsonNode a) throws IOException {
        List<Scenario> out = new ArrayList<>();
        for (JsonNode n : a) {
            out.add(scenario(n));
        }
        return out;
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static JsonNode need(JsonNode n, String key) throws IOException {
        JsonNode v = n == null ? null : n.get(key);
        if (v == null || v.isNull()) {
            throw new IOException("no '" + key + "'");
        }
        return v;
    }

    private static String sha256(Path file) throws IOException {
        return Files.isReadable(file) && Files.isRegularFile(file) ? Manifest.sha256(file) : "";
    }
}
