package org.fifsim.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Durations;
import org.fifsim.scenario.Scenario;
import org.fifsim.stats.Mser;
import org.fifsim.stats.MserResult;

/**
 * Judges the configured warm-up with MSER-5 on the across-replication mean of the stock series (pipeline and
 * line-side), which settle last. The suggestion is the later of the two truncation points, as a time.
 *
 * @param configuredHours the scenario's warm-up
 * @param suggestedHours the MSER-5 suggestion (NaN when no series could be judged)
 * @param bySeries the suggestion per series, hours
 * @param atLimit MSER-5 hit its limit (half the run) on some series: the stock may still be drifting at the end
 * @param samplingHours time between samples, the resolution of the suggestion
 */
public record WarmupCheck(double configuredHours, double suggestedHours, Map<String, Double> bySeries,
        boolean atLimit, double samplingHours) {

    /** The series MSER-5 looks at. */
    public static final List<String> SERIES = List.of(Kpis.PIPELINE_PACKS, Kpis.LINE_SIDE_PACKS);

    public static WarmupCheck of(Scenario scenario, List<ReplicationResult> results) {
        double configured = scenario.run().warmup() / Durations.HOUR;
        Map<String, Double> by = new LinkedHashMap<>();
        boolean limit = false;
        double step = Double.NaN;
        for (String name : SERIES) {
            SeriesBand band = SeriesBand.of(results, name);
            if (band == null || band.mean().length < 2 * Mser.DEFAULT_BATCH_SIZE) {
                continue;
            }
            MserResult r = Mser.suggestTruncation(band.mean());
            by.put(name, band.timeHours()[material(band, r.truncationIndex(), configured)]);
            limit |= r.atLimit();
            step = band.timeHours()[1] - band.timeHours()[0];
        }
        double suggested = by.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return new WarmupCheck(configured, suggested, by, limit, step);
    }

    /**
     * The suggested cut, or the configured warm-up when starting there instead biases the series' mean by less than
     * half a pack and 0.5%: MSER-5 always picks some point, and on a steady or periodic series that point is noise.
     */
    private static int material(SeriesBand band, int cut, double configuredHours) {
        double[] t = band.timeHours();
        int configured = 0;
        while (configured < t.length - 1 && t[configured] < configuredHours) {
            configured++;
        }
        if (cut <= configured) {
            return cut;
        }
        double fromConfigured = meanFrom(band.mean(), configured);
        double fromCut = meanFrom(band.mean(), cut);
        boolean immaterial = Math.abs(fromConfigured - fromCut) <= Math.max(0.5, 0.005 * Math.abs(fromCut));
        return immaterial ? configured : cut;
    }

    private static double meanFrom(double[] v, int from) {
        double sum = 0;
        for (int i = from; i < v.length; i++) {
            sum += v[i];
        }
        return sum / (v.length - from);
    }

    /** Whether MSER-5 could judge the run at all. */
    public boolean judged() {
        return Double.isFinite(suggestedHours);
    }

    /** The configured warm-up is shorter than MSER-5 suggests. */
    public boolean tooShort() {
        // the suggestion is only as fine as the sampling: within one sample step the warm-up is as good as it gets
        double resolution = Double.isFinite(samplingHours) ? samplingHours : 0;
        return judged() && configuredHours + resolution < suggestedHours;
    }

    /** Which series set the suggestion. */
    public String decidingSeries() {
        return bySeries.entrySet().stream().filter(e -> e.getValue() == suggestedHours).map(Map.Entry::getKey)
                .findFirst().orElse("");
    }

    /** One line for stderr and the report, without the {@code warning:} prefix; null when all is well. */
    public String warning(String scenarioName) {
        if (!tooShort()) {
            return null;
        }
        return scenarioName + ": warm-up " + Numbers.hours(configuredHours) + " is shorter than MSER-5 suggests ("
                + Numbers.hours(suggestedHours) + ", from " + decidingSeries() + "); set run.warmup to at least "
                + Numbers.hours(suggestedHours) + " or read the early statistics with care";
    }

    /** The sentence the report states either way. */
    public String statement() {
        if (!judged()) {
            return "MSER-5 could not judge the warm-up: the stock series are too short (fewer than 10 samples).";
        }
        StringBuilder s = new StringBuilder("MSER-5 on the across-replication mean of the pipeline and line-side "
                + "stock suggests a warm-up of " + Numbers.hours(suggestedHours) + " (");
        int i = 0;
        for (Map.Entry<String, Double> e : bySeries.entrySet()) {
            s.append(i++ > 0 ? ", " : "").append(e.getKey()).append(' ').append(Numbers.hours(e.getValue()));
        }
        s.append("; resolution ").append(Numbers.hours(Mser.DEFAULT_BATCH_SIZE * samplingHours))
                .append("). The configured warm-up is ").append(Numbers.hours(configuredHours))
                .append(tooShort() ? ", shorter than suggested." : ", long enough.");
        if (atLimit) {
            s.append(" MSER-5 reached its limit of half the run: the stock may still drift at the end, so a longer "
                    + "horizon is advisable.");
        }
        return s.toString();
    }
}
