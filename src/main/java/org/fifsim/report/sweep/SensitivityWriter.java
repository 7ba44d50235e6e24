package org.fifsim.report.sweep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.chart.ChartFiles;
import org.fifsim.chart.TornadoChart;
import org.fifsim.experiment.sweep.Perturbation;
import org.fifsim.experiment.sweep.SensitivityOutcome;
import org.fifsim.results.Kpis;
import org.fifsim.stats.Estimate;
import org.fifsim.store.CsvFile;
import org.fifsim.store.Json;

/**
 * sensitivity.csv (a row per KPI, key and setting: the value, the KPI's estimate and its paired difference from the
 * base), sensitivity.json and a tornado chart per KPI.
 */
public final class SensitivityWriter {
    private SensitivityWriter() {
    }

    /** Writes the files and returns the charts written. */
    public static List<Path> write(Path dir, SensitivityOutcome o) throws IOException {
        List<Path> charts = new ArrayList<>();
        csv(dir.resolve("sensitivity.csv"), o);
        Json.write(dir.resolve("sensitivity.json"), json(o));
        for (String kpi : o.kpis()) {
            Estimate base = o.base().get(kpi);
            List<TornadoChart.Entry> entries = new ArrayList<>();
            for (int k = 0; k < o.settings().size(); k++) {
                Perturbation p = o.settings().get(k);
                Estimate lo = o.low().get(k).get(kpi);
                Estimate hi = o.high().get(k).get(kpi);
                if (lo != null && hi != null && Double.isFinite(lo.mean()) && Double.isFinite(hi.mean())) {
                    // drawn in the registry's display unit (M CNY/yr, %), as the report's tables print it
                    entries.add(new TornadoChart.Entry(p.key() + " (" + p.low() + " / " + p.high() + ")",
                            lo.mean() * KpiText.scale(kpi), hi.mean() * KpiText.scale(kpi),
                            clear(o.lowDiff().get(k).get(kpi)), clear(o.highDiff().get(k).get(kpi))));
                }
            }
            if (base != null && Double.isFinite(base.mean()) && !entries.isEmpty()) {
                String unit = KpiText.unit(kpi);
                charts.add(ChartFiles.write(TornadoChart.create(entries, base.mean() * KpiText.scale(kpi),
                        String.format(java.util.Locale.ROOT,
                        "%s: each key \u2212/+%s, all else at base (%s)", KpiLabel.of(kpi), percent(o.delta()),
                        o.scenario()), unit.isEmpty() ? KpiLabel.of(kpi) : KpiLabel.of(kpi) + " (" + unit + ")"),
                        dir.resolve("charts").resolve("tornado-" + kpi + ".png")));
            }
        }
        return charts;
    }

    /** A paired change whose interval excludes 0; without an interval (one replication) it is not called noise. */
    static boolean clear(Estimate d) {
        return d == null || !Double.isFinite(d.ci95Low()) || !d.includesZero();
    }

    /** 0.1 as {@code 10%}, 0.025 as {@code 2.5%}. */
    public static String percent(double delta) {
        return new java.math.BigDecimal(delta * 100).round(new java.math.MathContext(6)).stripTrailingZeros()
                .toPlainString() + "%";
    }

    private static void csv(Path file, SensitivityOutcome o) throws IOException {
        try (CsvFile csv = CsvFile.create(file)) {
            csv.row("kpi", "key", "setting", "value", "mean", "ci95_low", "ci95_high", "difference_mean",
                    "difference_ci95_low", "difference_ci95_high");
            for (String kpi : o.kpis()) {
                csv.row(row(kpi, "", "base", "", o.base().get(kpi), null));
                for (int k = 0; k < o.settings().size(); k++) {
                    Perturbation p = o.settings().get(k);
                    csv.row(row(kpi, p.key(), "low", p.low(), o.low().get(k).get(kpi), o.lowDiff().get(k).get(kpi)));
                    csv.row(row(kpi, p.key(), "high", p.high(), o.high().get(k).get(kpi),
                            o.highDiff().get(k).get(kpi)));
                }
            }
        }
    }

    private static String[] row(String kpi, String key, String setting, String value, Estimate e, Estimate d) {
        return new String[] {CsvFile.text(kpi), CsvFile.text(key), setting, CsvFile.text(value),
            e == null ? "" : CsvFile.number(e.mean()), e == null ? "" : CsvFile.number(e.ci95Low()),
            e == null ? "" : CsvFile.number(e.ci95High()), d == null ? "" : CsvFile.number(d.mean()),
            d == null ? "" : CsvFile.number(d.ci95Low()), d == null ? "" : CsvFile.number(d.ci95High())};
    }

    static ObjectNode json(SensitivityOutcome o) {
        ObjectNode root = Json.object();
        root.put("scenario", o.scenario());
        root.put("replications", o.replications());
        root.put("seed", o.seed());
        root.put("delta", o.delta());
        ObjectNode kpis = root.putObject("kpis");
        for (String kpi : o.kpis()) {
            ObjectNode k = kpis.putObject(kpi);
            k.put("unit", Kpis.unitOf(kpi));
            estimate(k.putObject("base"), o.base().get(kpi));
            ArrayNode keys = k.putArray("keys");
            for (int i = 0; i < o.settings().size(); i++) {
                Perturbation p = o.settings().get(i);
                ObjectNode n = keys.addObject();
                n.put("key", p.key());
                n.put("base_value", p.base());
                ObjectNode lo = n.putObject("low");
                lo.put("value", p.low());
                estimate(lo, o.low().get(i).get(kpi));
                estimate(lo.putObject("difference"), o.lowDiff().get(i).get(kpi));
                ObjectNode hi = n.putObject("high");
                hi.put("value", p.high());
                estimate(hi, o.high().get(i).get(kpi));
                estimate(hi.putObject("difference"), o.highDiff().get(i).get(kpi));
            }
        }
        return root;
    }

    private static void estimate(ObjectNode n, Estimate e) {
        if (e == null) {
            return;
        }
        Json.put(n, "mean", e.mean());
        Json.put(n, "ci95_low", e.ci95Low());
        Json.put(n, "ci95_high", e.ci95High());
        n.put("n", e.n());
    }
}
