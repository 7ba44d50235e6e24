package org.fifsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.accounting.Accounting;
import org.fifsim.accounting.FactorBand;
import org.fifsim.accounting.FactorSet;
import org.fifsim.results.Activity;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Distribution;
import org.fifsim.stats.Estimate;

/**
 * Re-prices a finished run or comparison from its saved activity and factors, without simulating: the same KPIs a
 * fresh run with those factors gives, with their replication intervals and factor bands. Writes summary.json,
 * replications.csv (KPIs only), activity.json and factors.json per scenario, and comparison.json for a comparison.
 */
public final class Reprice {

    /** Finished results that cannot be re-priced (missing or unreadable files): bad input, not a defect. */
    public static final class Unpriceable extends Exception {
        private static final long serialVersionUID = 1L;

        Unpriceable(String message) {
            super(message);
        }
    }

    /** One scenario's saved results, re-priced. */
    private record Priced(String name, ObjectNode summary, List<ReplicationResult> results, FactorSet factors,
            FactorBand.Draws draws) {
    }

    private Reprice() {
    }

    /**
     * Re-prices {@code source} into {@code target} with {@code overrides} replacing saved factors.
     *
     * @return the scenario names, baseline first
     * @throws Unpriceable when {@code source} is not fifsim results with activity, or an override names no factor
     */
    public static List<String> write(Path source, Path target, Map<String, Distribution> overrides)
            throws IOException, Unpriceable {
        if (!Files.isDirectory(source)) {
            throw new Unpriceable(source + ": " + (Files.exists(source) ? "is a file, not a results folder of run or "
                    + "compare" : "no such folder"));
        }
        Path comparisonFile = source.resolve("comparison.json");
        boolean comparison = Files.isRegularFile(comparisonFile);
        // a comparison lists its scenarios; `run` with several files writes one sub-folder per scenario
        List<String> names = new ArrayList<>();
        boolean several = false;
        if (comparison) {
            JsonNode c = Json.MAPPER.readTree(comparisonFile.toFile());
            names.add(c.path("baseline").asText());
            c.path("others").forEach(n -> names.add(n.asText()));
        } else if (!Files.isRegularFile(source.resolve("summary.json"))) {
            try (var dirs = Files.list(source)) {
                dirs.filter(d -> Files.isRegularFile(d.resolve("summary.json"))).sorted()
                        .forEach(d -> names.add(d.getFileName().toString()));
            } catch (java.nio.file.NoSuchFileException e) {
                throw new Unpriceable(source + ": no such folder");
            }
            several = !names.isEmpty();
            if (!several) {
                throw new Unpriceable(source + ": not a fifsim results folder (no summary.json or comparison.json)");
            }
        }
        boolean nested = comparison || several;
        // every scenario of a comparison draws its factors from the baseline's seed, as the comparison did
        Long seed = null;
        Map<String, Priced> priced = new LinkedHashMap<>();
        for (int i = 0; i < Math.max(1, names.size()); i++) {
            Path dir = nested ? source.resolve(names.get(i)) : source;
            Priced p = price(dir, overrides, comparison ? seed : null);
            if (seed == null) {
                seed = p.summary().path("seed").asLong();
            }
            priced.put(nested ? names.get(i) : p.name(), p);
        }
        try (ResultsFolder folder = ResultsFolder.open(target)) {
            Path dir = folder.dir();
            for (Map.Entry<String, Priced> e : priced.entrySet()) {
                Priced p = e.getValue();
                Path sub = nested ? dir.resolve(e.getKey()) : dir;
                Files.createDirectories(sub);
                Json.write(sub.resolve("summary.json"), p.summary());
                ReplicationsCsv.write(sub.resolve("replications.csv"), p.results());
                ActivityJson.write(sub, p.name(), p.summary().path("seed").asLong(), p.results(), p.factors());
            }
            if (comparison) {
                Priced base = priced.values().iterator().next();
                Map<String, Map<String, Estimate>> diffs = new LinkedHashMap<>();
                Map<String, FactorBand.Draws> draws = new LinkedHashMap<>();
                for (Priced p : priced.values()) {
                    draws.put(p.name(), p.draws());
                    if (p != base) {
                        diffs.put(p.name(), ComparisonJson.differences(base.results(), p.results()));
                    }
                }
                Json.write(dir.resolve("comparison.json"), ComparisonJson.build(base.name(), diffs,
                        CompareWriter.Bands.from(draws).differences()));
            }
            folder.commit();
        }
        return new ArrayList<>(priced.keySet());
    }

    private static Priced price(Path dir, Map<String, Distribution> overrides, Long baselineSeed)
            throws IOException, Unpriceable {
        for (String f : List.of("summary.json", "replications.csv", ActivityJson.ACTIVITY, ActivityJson.FACTORS)) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new Unpriceable(dir.resolve(f) + ": missing (results written before fifsim saved activity"
                        + " cannot be re-priced: run them again)");
            }
        }
        ObjectNode summary;
        List<Activity> activity;
        FactorSet saved;
        try {
            summary = (ObjectNode) Json.MAPPER.readTree(dir.resolve("summary.json").toFile());
            activity = ActivityJson.read(dir.resolve(ActivityJson.ACTIVITY));
            saved = ActivityJson.readFactors(dir.resolve(ActivityJson.FACTORS));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException | ClassCastException e) {
            throw new Unpriceable(dir + ": results not readable by this fifsim (" + e.getMessage().lines().findFirst()
                    .orElse("") + "): run them again");
        }
        FactorSet factors;
        try {
            factors = saved.with(overrides);
        } catch (IllegalArgumentException e) {
            // a factor of the library's that these results do not have: a containment price without quality
            // incidents, or a variant's value for a variant they did not build
            throw new Unpriceable(dir + ": " + e.getMessage() + " in these results (containment_* need a quality"
                    + " section, pack_value_cny.<variant> one of their variants)");
        }
        List<Map<String, Double>> modelKpis = modelKpis(dir.resolve("replications.csv"));
        if (modelKpis.size() != activity.size()) {
            throw new Unpriceable(dir + ": replications.csv and activity.json disagree on the replications");
        }
        var central = factors.central();
        List<ReplicationResult> results = new ArrayList<>();
        try {
            for (int i = 0; i < activity.size(); i++) {
                results.add(ReplicationResult.ofKpis(i, Accounting.price(modelKpis.get(i), activity.get(i), central))
                        .withActivity(activity.get(i)));
            }
        } catch (IllegalArgumentException e) {
            // the checks on reading passed, yet the files do not price: they do not belong together
            throw new Unpriceable(dir + ": results not priceable by this fifsim (" + e.getMessage() + "): run them"
                    + " again");
        }
        long seed = baselineSeed != null ? baselineSeed : summary.path("seed").asLong();
        FactorBand.Draws draws = FactorBand.draws(factors, activity, seed, FactorSet.DRAWS);
        SummaryJson.putKpis(summary, KpiSummary.of(results), FactorBand.of(draws));
        return new Priced(summary.path("scenario").asText(), summary, results, factors, draws);
    }

    /** The model's KPIs per replication (not the accounting's), read back exactly from replications.csv. */
    private static List<Map<String, Double>> modelKpis(Path csv) throws IOException, Unpriceable {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new Unpriceable(csv + ": empty");
        }
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, Double>> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            Map<String, Double> k = new LinkedHashMap<>();
            for (int c = 1; c < header.length && c < cells.length; c++) {
                if (Kpis.get(header[c]) != null && !Accounting.computes(header[c])) {
                    k.put(header[c], cells[c].isEmpty() ? Double.NaN : Double.parseDouble(cells[c]));
                }
            }
            out.add(k);
        }
        return out;
    }
}
