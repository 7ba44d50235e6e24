package org.fifsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.results.Kpis;
import org.fifsim.stats.Estimate;

/**
 * Paired differences said in words, one line per KPI: "pipeline_packs: −4,170 packs (−97%), 95% CI [...]";
 * cost and carbon as savings: "cost_logistics_cny: seres-fif saves 42.4 M CNY/yr (−88%), 95% CI [41.4, 43.4]".
 */
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
        String unit = Kpis.unitOf(kpi);
        // money and energy in millions read better in a meeting than eight-digit numbers
        double scale = Math.abs(d.mean()) >= 1e6 ? 1e6 : 1;
        String scaledUnit = (scale == 1e6 ? "M " : "") + unit;
        double mean = d.mean() / scale;
        double low = d.ci95Low() / scale;
        double high = d.ci95High() / scale;
        int dec = Numbers.decimalsFor(mean, d.halfWidth() / scale);
        boolean burden = kpi.startsWith("cost_") || kpi.startsWith("co2_");
        StringBuilder s = new StringBuilder(kpi + ": ");
        if (burden && !d.includesZero() && Double.isFinite(low)) {
            // say it as the user would: "seres-fif saves 42.4 M CNY/yr, 95% CI [41.4, 43.4]"
            boolean saves = mean < 0;
            String verb = kpi.startsWith("cost_") ? (saves ? " saves " : " costs ") : (saves ? " avoids " : " adds ");
            s.append(other).append(verb).append(Numbers.format(Math.abs(mean), dec)).append(' ').append(scaledUnit);
            appendShare(s, d.mean(), baseKpi);
            double a = saves ? -high : low;
            double b = saves ? -low : high;
            s.append(", 95% CI [").append(Numbers.format(a, dec)).append(", ").append(Numbers.format(b, dec))
                    .append(']');
            if (!saves) {
                s.append(" more");
            }
            return s.toString();
        }
        s.append(Numbers.signed(mean, dec)).append(scaledUnit.isEmpty() ? "" : " " + scaledUnit);
        appendShare(s, d.mean(), baseKpi);
        if (Double.isFinite(low)) {
            s.append(", 95% CI [").append(Numbers.format(low, dec)).append(", ").append(Numbers.format(high, dec))
                    .append(']');
        } else {
            s.append(", no interval (fewer than 2 replications)");
        }
        if (d.includesZero()) {
            s.append(" \u2014 ").append(NO_CLEAR_DIFFERENCE);
        }
        return s.toString();
    }

    /** The change relative to the baseline mean, e.g. " (-88%)". */
    private static void appendShare(StringBuilder s, double diff, KpiSummary baseKpi) {
        double baseMean = baseKpi == null ? Double.NaN : baseKpi.estimate().mean();
        if (Double.isFinite(baseMean) && baseMean != 0 && diff != 0) {
            s.append(" (").append(diff > 0 ? "+" : "").append(Numbers.percent(diff / Math.abs(baseMean))).append(')');
        }
    }
}
