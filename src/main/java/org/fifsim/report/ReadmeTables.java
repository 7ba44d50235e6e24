package org.fifsim.report;

import java.util.Map;
import java.util.function.Supplier;
import org.fifsim.accounting.Accounting;
import org.fifsim.results.Kpi;
import org.fifsim.results.Kpis;
import org.fifsim.scenario.Keys;
import org.fifsim.scenario.ScenarioKey;

/**
 * README tables written from the code's own declarations, so the README cannot drift from them: each fills a block
 * between {@code <!-- generated: NAME -->} and {@code <!-- /generated -->} ({@link ReadmeExcerpts}): {@code kpis}
 * (the KPI registry) and {@code keys} (the scenario keys, {@link Keys}).
 */
final class ReadmeTables {
    private static final Map<String, Supplier<String>> TABLES = Map.of("kpis", ReadmeTables::kpis,
            "keys", ReadmeTables::keys);

    private ReadmeTables() {
    }

    /**
     * The table of that name.
     *
     * @throws IllegalArgumentException for a name no table has
     */
    static String table(String name) {
        Supplier<String> t = TABLES.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no generated table '" + name + "' (tables: " + TABLES.keySet() + ")");
        }
        return t.get();
    }

    /** The KPI registry, one row per KPI in report order; priced KPIs with the accounting's formula. */
    static String kpis() {
        StringBuilder s = new StringBuilder("| KPI | unit | reported in | better | formed as | meaning | priced as |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (Kpi k : Kpis.all()) {
            Accounting.Term term = k.priced() ? Accounting.term(k.name()) : null;
            s.append("| `").append(k.name()).append("` | ").append(cell(k.unit())).append(" | ")
                    .append(cell(shown(k))).append(" | ").append(better(k.direction())).append(" | ")
                    .append(formed(k.aggregation())).append(" | ").append(cell(k.meaning())).append(" | ")
                    .append(term == null ? "" : cell(term.formula())).append(" |\n");
        }
        return s.toString();
    }

    /** The scenario keys, one row per key in declaration order: type and unit, default, rule and meaning. */
    static String keys() {
        StringBuilder s = new StringBuilder("| key | type | default | rule, meaning |\n|---|---|---|---|\n");
        for (ScenarioKey k : Keys.all()) {
            String unit = k.unit().isEmpty() || k.unit().equals("s") ? "" : " (" + k.unit() + ")";
            s.append("| `").append(k.key()).append("` | ").append(k.type().shown()).append(cell(unit)).append(" | ")
                    .append(cell(k.shown())).append(" | ").append(cell(k.description())).append(" |\n");
        }
        return s.toString();
    }

    /** The unit a planner reads it in, when it is not the unit itself (M CNY/yr, %, t CO2/yr). */
    private static String shown(Kpi k) {
        return k.display().unit().equals(k.unit()) ? "" : k.display().unit();
    }

    private static String better(Kpi.Direction d) {
        return switch (d) {
            case MORE_IS_BETTER -> "more";
            case LESS_IS_BETTER -> "less";
            case NEITHER -> "neither";
        };
    }

    private static String formed(Kpi.Aggregation a) {
        return switch (a) {
            case PER_YEAR -> "per year";
            case TIME_AVERAGE -> "time average";
            case SHARE -> "share";
            case MEAN_PER_ITEM -> "mean";
            case PERCENTILE -> "percentile";
            case RATIO -> "ratio";
        };
    }

    /** A table cell: a pipe would end it. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
