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
import org.fifsim.accounting.Factors;
import org.fifsim.analysis.KpiSummary;
import org.fifsim.analysis.PairedDifferences;
import org.fifsim.analysis.ServiceCheck;
import org.fifsim.results.Activity;
import org.fifsim.results.KpiValues;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.DistributionText;
import org.fifsim.scenario.ServiceSpec;
import org.fifsim.stats.Estimate;
import org.fifsim.store.ActivityJson;
import org.fifsim.store.Checksums;
import org.fifsim.store.ComparisonJson;
import org.fifsim.store.Json;
import org.fifsim.store.ReplicationsCsv;
import org.fifsim.store.ResultsFolder;
import org.fifsim.store.SummaryJson;

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
            FactorBand.Draws draws, List<String> own) {
    }

    /** One scenario's saved results, as read back: what re-pricing starts from. */
    private record Saved(Path dir, String name, ObjectNode summary, List<Activity> activity, FactorSet factors,
            List<String> own) {
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
        return write(source, target, new Settings(overrides, Map.of(), java.util.Set.of())).names();
    }

    /**
     * What a re-pricing wrote.
     *
     * @param names    the scenario names, baseline first
     * @param decision for a comparison, the decision sentence of each other design against the baseline (as
     *                 {@code compare} writes it); empty otherwise
     */
    public record Outcome(List<String> names, List<String> decision) {
    }

    /**
     * Factor values to re-price with.
     *
     * @param all      for every design, except where a design set that factor itself (its own choice stands)
     * @param byDesign by design name: for that design only, whether or not it set the factor itself
     * @param lenient  factors of {@code all} that may change nothing (a factors file lists many; a --set names one)
     */
    public record Settings(Map<String, Distribution> all, Map<String, Map<String, Distribution>> byDesign,
            java.util.Set<String> lenient) {
        /** The values one design is re-priced with. */
        Map<String, Distribution> forDesign(String name, List<String> own) {
            Map<String, Distribution> m = new LinkedHashMap<>();
            all.forEach((k, v) -> {
                if (!own.contains(k)) {
                    m.put(k, v);
                }
            });
            m.putAll(byDesign.getOrDefault(name, Map.of()));
            return m;
        }
    }

    /**
     * Re-prices {@code source} into {@code target} with {@code settings}; a setting that changes no design's result
     * (a factor every design sets itself, one no priced activity uses, the pack value of designs whose variants
     * carry their own) is refused, naming why.
     *
     * @return the scenario names, baseline first
     * @throws Unpriceable when {@code source} is not fifsim results with activity, a setting names no factor or no
     *                     design, or changes nothing
     */
    public static Outcome write(Path source, Path target, Settings settings) throws IOException, Unpriceable {
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
        List<Saved> saved = new ArrayList<>();
        for (int i = 0; i < Math.max(1, names.size()); i++) {
            saved.add(load(nested ? source.resolve(names.get(i)) : source));
        }
        checkSettings(settings, saved);
        Map<String, Priced> priced = new LinkedHashMap<>();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < saved.size(); i++) {
            Saved sv = saved.get(i);
            Priced p = price(sv, settings.forDesign(sv.name(), sv.own()), comparison ? seed : null);
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
                ActivityJson.write(sub, p.name(), p.summary().path("seed").asLong(), p.results(), p.factors(),
                        p.own());
            }
            if (comparison) {
                Priced base = priced.values().iterator().next();
                Map<String, Map<String, Estimate>> diffs = new LinkedHashMap<>();
                Map<String, FactorBand.Draws> draws = new LinkedHashMap<>();
                for (Priced p : priced.values()) {
                    draws.put(p.name(), p.draws());
                    if (p != base) {
                        diffs.put(p.name(), PairedDifferences.of(base.results(), p.results()));
                    }
                }
                var bands = CompareWriter.Bands.from(draws).differences();
                Json.write(dir.resolve("comparison.json"), ComparisonJson.build(base.name(), diffs, bands));
                List<Block> blocks = decision(priced, diffs, bands, answers);
                Files.writeString(dir.resolve(CompareWriter.SUMMARY_MD), MarkdownReport.fragment(blocks),
                        StandardCharsets.UTF_8);
                ReportFiles.write(dir, new Report(String.join(" vs ", priced.keySet()) + " (re-priced)",
                        "The saved activity of " + source.getFileName() + " priced again with other factors, without "
                                + "simulating: the same decision a fresh comparison with them gives.",
                        List.of(new Report.Section("summary", "Decision", blocks))));
            }
            folder.commit();
        }
        return new Outcome(new ArrayList<>(priced.keySet()), answers);
    }

    /**
     * The decision of a re-priced comparison: per other design the answer (a design that misses its service, as its
     * saved summary says, first) and the deciding figures, as {@code compare} writes them.
     */
    private static List<Block> decision(Map<String, Priced> priced, Map<String, Map<String, Estimate>> diffs,
            Map<String, Map<String, FactorBand.Band>> bands, List<String> answers) {
        List<Block> out = new ArrayList<>();
        Priced base = priced.values().iterator().next();
        Map<String, KpiSummary> baseKpis = KpiSummary.byName(KpiSummary.of(base.results()));
        int n = base.results().size();
        for (Priced p : priced.values()) {
            if (p == base) {
                continue;
            }
            Map<String, KpiSummary> otherKpis = KpiSummary.byName(KpiSummary.of(p.results()));
            String answer = Decision.answer(base.name(), p.name(), baseKpis, otherKpis, diffs.get(p.name()), n,
                    ServiceCheck.of(service(base.summary()), baseKpis), ServiceCheck.of(service(p.summary()),
                            otherKpis), bands.getOrDefault(p.name(), Map.of()));
            answers.add(answer);
            out.add(new Block.Paragraph(answer));
            out.add(Decision.compared(base.name(), p.name(), baseKpis, otherKpis, diffs.get(p.name()),
                    bands.getOrDefault(p.name(), Map.of())));
        }
        out.add(new Block.Paragraph(Decision.bandNote(!bands.isEmpty())));
        return out;
    }

    /** The service requirement a saved summary.json was checked against (none in results from before it). */
    static ServiceSpec service(JsonNode summary) {
        Map<String, ServiceSpec.Bound> bounds = new LinkedHashMap<>();
        for (var e : summary.path("service").properties()) {
            boolean atMost = e.getValue().has("at_most");
            JsonNode v = e.getValue().get(atMost ? "at_most" : "at_least");
            if (v != null && v.isNumber()) {
                bounds.put(e.getKey(), new ServiceSpec.Bound(e.getKey(), atMost, v.asDouble()));
            }
        }
        return new ServiceSpec(bounds);
    }

    private static Saved load(Path dir) throws IOException, Unpriceable {
        for (String f : List.of("summary.json", "replications.csv", ActivityJson.ACTIVITY, ActivityJson.FACTORS)) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new Unpriceable(dir.resolve(f) + ": missing (results written before fifsim saved activity"
                        + " cannot be re-priced: run them again)");
            }
        }
        String changed = Checksums.problem(dir);
        if (changed != null) {
            throw new Unpriceable(changed);
        }
        try {
            ObjectNode summary = (ObjectNode) Json.MAPPER.readTree(dir.resolve("summary.json").toFile());
            return new Saved(dir, summary.path("scenario").asText(), summary,
                    ActivityJson.read(dir.resolve(ActivityJson.ACTIVITY)),
                    ActivityJson.readFactors(dir.resolve(ActivityJson.FACTORS)),
                    ActivityJson.setByScenario(dir.resolve(ActivityJson.FACTORS)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException | ClassCastException e) {
            throw new Unpriceable(dir + ": results not readable by this fifsim (" + e.getMessage().lines().findFirst()
                    .orElse("") + "): run them again");
        }
    }

    /**
     * Refuses a setting scoped to a design the results do not hold, and one that changes no design's result, with
     * the reason: every design sets the factor itself, the designs' variants carry their own pack value, or no priced
     * activity uses it.
     */
    private static void checkSettings(Settings settings, List<Saved> saved) throws Unpriceable {
        List<String> names = saved.stream().map(Saved::name).toList();
        for (String design : settings.byDesign().keySet()) {
            if (!names.contains(design)) {
                throw new Unpriceable("--set " + design + ":...: no design is named '" + design + "' in these results"
                        + " (designs: " + String.join(", ", names) + ")");
            }
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Distribution> e : settings.all().entrySet()) {
            if (settings.lenient().contains(e.getKey())) {
                continue;
            }
            List<String> setItself = new ArrayList<>();
            boolean changes = false;
            for (Saved sv : saved) {
                if (sv.own().contains(e.getKey())) {
                    setItself.add(sv.name() + ": " + DistributionText.plain(sv.factors().factors().get(e.getKey())));
                } else {
                    changes |= changes(sv, e.getKey(), e.getValue());
                }
            }
            if (!changes) {
                problems.add("--set " + e.getKey() + ": changes nothing: " + why(e.getKey(), saved, setItself,
                        names));
            }
        }
        for (Map.Entry<String, Map<String, Distribution>> d : settings.byDesign().entrySet()) {
            Saved sv = saved.get(names.indexOf(d.getKey()));
            for (Map.Entry<String, Distribution> e : d.getValue().entrySet()) {
                if (!changes(sv, e.getKey(), e.getValue())) {
                    problems.add("--set " + d.getKey() + ":" + e.getKey() + ": changes nothing: "
                            + why(e.getKey(), List.of(sv), List.of(), names));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Unpriceable(String.join("\nerror: ", problems));
        }
    }

    /** Why a factor changes nothing. */
    private static String why(String factor, List<Saved> saved, List<String> setItself, List<String> names) {
        List<String> variants = saved.stream().flatMap(sv -> sv.factors().factors().keySet().stream())
                .map(Factors::variantOf).filter(java.util.Objects::nonNull).distinct().toList();
        if (factor.equals(Factors.PACK_VALUE_CNY) && !variants.isEmpty()) {
            return Factors.PACK_VALUE_CNY + " is overridden by variants " + String.join(", ", variants) + ": set "
                    + Factors.packValueOf(variants.get(0)) + " \u2026 instead";
        }
        if (!setItself.isEmpty()) {
            return "every design that would use it sets it itself (" + String.join(", ", setItself) + "), and a --set"
                    + " applies only where a design did not; scope it to one design, e.g. --set " + names.get(0) + ":"
                    + factor + "=\u2026";
        }
        return "no priced activity of these results uses " + factor;
    }

    /** True when the factor at that value changes any accounting KPI of any replication (at central values). */
    private static boolean changes(Saved sv, String factor, Distribution value) throws Unpriceable {
        FactorSet with;
        try {
            with = sv.factors().with(Map.of(factor, value));
        } catch (IllegalArgumentException e) {
            throw new Unpriceable(sv.dir() + ": " + e.getMessage() + " in these results (containment_* need a quality"
                    + " section, pack_value_cny.<variant> one of their variants)");
        }
        var before = sv.factors().central();
        var after = with.central();
        for (Activity a : sv.activity()) {
            if (!Accounting.compute(a, before).equals(Accounting.compute(a, after))) {
                return true;
            }
        }
        return false;
    }

    private static Priced price(Saved sv, Map<String, Distribution> overrides, Long baselineSeed)
            throws IOException, Unpriceable {
        Path dir = sv.dir();
        ObjectNode summary = sv.summary();
        List<Activity> activity = sv.activity();
        FactorSet saved = sv.factors();
        FactorSet factors;
        try {
            factors = saved.with(overrides);
        } catch (IllegalArgumentException e) {
            // a factor of the library's that these results do not have: a containment price without quality
            // incidents, or a variant's value for a variant they did not build
            throw new Unpriceable(dir + ": " + e.getMessage() + " in these results (containment_* need a quality"
                    + " section, pack_value_cny.<variant> one of their variants)");
        }
        List<KpiValues> modelKpis = modelKpis(dir.resolve("replications.csv"));
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
        return new Priced(summary.path("scenario").asText(), summary, results, factors, draws, sv.own());
    }

    /** The model's KPIs per replication (not the accounting's), read back exactly from replications.csv. */
    private static List<KpiValues> modelKpis(Path csv) throws IOException, Unpriceable {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new Unpriceable(csv + ": empty");
        }
        String[] header = lines.get(0).split(",", -1);
        List<KpiValues> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            KpiValues.Builder k = KpiValues.builder();
            for (int c = 1; c < header.length && c < cells.length; c++) {
                if (Kpis.get(header[c]) != null && !Accounting.computes(header[c])) {
                    k.put(header[c], cells[c].isEmpty() ? Double.NaN : Double.parseDouble(cells[c]));
                }
            }
            out.add(k.build());
        }
        return out;
    }
}
