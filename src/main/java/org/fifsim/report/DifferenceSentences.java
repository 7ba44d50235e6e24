package org.fifsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.results.Kpis;
import org.fifsim.stats.Estimate;

/** Paired differences said in words: "seres-fif vs seres-remote: pipeline_packs −4,170 packs, 95% CI [...]". */
public final class DifferenceSentences {
    /** What marks a difference the data cannot tell from zero. */
    public static final String NO_CLEAR_DIFFERENCE = "interval includes 0: no clear difference";

    private DifferenceSentences() {
    }

    /** One sentence per KPI of {@code other} minus {@code base}, in KPI order. */
    public static List<String> of(String base, String other, Map<String, Estimate> diffs,
            Map<String, KpiSummary> baseKpis) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Estimate> e : diffs.entrySet()) {
            out.add(sentence(base, other, e.getKey(), e.getValue(), baseKpis.get(e.getKey())));
        }
        return out;
    }

    static String sentence(String base, String other, String kpi, Estimate d, KpiSummary baseKpi) {
        int dec = Numbers.decimalsFor(d.mean(), d.halfWidth());
        String unit = Kpis.unitOf(kpi);
        StringBuilder s = new StringBuilder(other + " vs " + base + ": " + kpi + " " + Numbers.signed(d.mean(), dec)
                + (unit.isEmpty() ? "" : " " + unit));
        double baseMean = baseKpi == null ? Double.NaN : baseKpi.estimate().mean();
        if (Double.isFinite(baseMean) && baseMean != 0 && d.mean() != 0) {
            s.append(" (").append(d.mean() > 0 ? "+" : "").append(Numbers.percent(d.mean() / Math.abs(baseMean)))
                    .append(')');
        }
        if (Double.isFinite(d.ci95Low())) {
            s.append(", 95% CI [").append(Numbers.format(d.ci95Low(), dec)).append(", ")
                    .append(Numbers.format(d.ci95High(), dec)).append(']');
        } else {
            s.append(", no interval (fewer than 2 replications)");
        }
        if (d.includesZero()) {
            s.append(" \u2014 ").append(NO_CLEAR_DIFFERENCE);
        }
        return s.toString();
    }
}
