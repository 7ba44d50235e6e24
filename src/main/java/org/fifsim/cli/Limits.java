package org.fifsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fifsim.experiment.engine.Cost;
import org.fifsim.scenario.Durations;
import org.fifsim.scenario.Scenario;

/**
 * Refuses, before anything runs, work that would tie up the machine for days or exhaust the Java heap. Both checks are
 * {@link Cost} estimates from the scenario alone, deliberately on the high side; every refusal is one line naming the scenario
 * key that drives the estimate and the limit it exceeds.
 */
final class Limits {
    /** Default for {@code --max-events}: about five hours on one core at {@link Cost#EVENTS_PER_SECOND}. */
    static final double DEFAULT_MAX_EVENTS = 5e10;
    /** Share of the maximum heap a run may plan to use; the rest is the JVM's, DSOL's and the report's. */
    static final double HEAP_SHARE = 0.75;

    private Limits() {
    }

    /** {@code --max-events} as given (null: the default), written as a scenario file writes numbers. */
    static double maxEvents(String given) {
        if (given == null) {
            return DEFAULT_MAX_EVENTS;
        }
        Double v = org.fifsim.scenario.io.StrictNumber.parse(given);
        return v == null ? Double.NaN : v;
    }

    /** What is wrong with {@code --max-events} as given, or null. */
    static String maxEventsProblem(String given) {
        double v = maxEvents(given);
        if (Double.isNaN(v)) {
            return "--max-events must be a number such as 50000000 or 5e10, got '" + given + "'";
        }
        return v > 0 ? null : "--max-events must be above zero, got " + given.strip();
    }

    /**
     * One line per scenario that exceeds a limit (empty: all fine), in the {@code error: FILE: KEY: ...} form of the
     * scenario reader, without a line number since the estimate comes from several keys.
     */
    static List<String> problems(List<Scenario> scenarios, int threads, double maxEvents, long maxHeap) {
        List<String> out = new ArrayList<>();
        for (Scenario s : scenarios) {
            String file = s.source() == null ? s.name() : s.source().toString();
            double events = Cost.events(s);
            if (!(events <= maxEvents)) { // NaN too: an estimate that cannot be made is no licence to run
                out.add(String.format(Locale.ROOT, "error: %s: run.horizon: about %s model events "
                        + "(%d replications of %s), above the limit of %s (--max-events); shorten run.horizon, "
                        + "lower run.replications or raise --max-events", file, sci(events), s.run().replications(),
                        Durations.format(s.run().horizon()), sci(maxEvents)));
            }
            Cost.Memory m = Cost.memory(s, threads);
            double budget = HEAP_SHARE * maxHeap;
            if (!(m.bytes() <= budget)) {
                out.add(String.format(Locale.ROOT, "error: %s: %s: needs about %s of memory (%s), above the budget "
                        + "of %s (%.0f%% of the Java heap); lower it, use fewer --threads, or give Java more heap "
                        + "(FIFSIM_JAVA_OPTS=-Xmx...)", file, m.key(), size(m.bytes()), m.why(), size(budget),
                        HEAP_SHARE * 100));
            }
        }
        return out;
    }

    /** A number as users write it for --max-events: 51000, 5e10, 4.2e12. */
    static String sci(double x) {
        if (!Double.isFinite(x) || x < 1e6) {
            return String.format(Locale.ROOT, "%.0f", x);
        }
        int exp = (int) Math.floor(Math.log10(x));
        double mantissa = Math.round(x / Math.pow(10, exp) * 10) / 10.0;
        if (mantissa >= 10) {
            mantissa /= 10;
            exp++;
        }
        String m = mantissa == Math.rint(mantissa) ? Long.toString((long) mantissa)
                : String.format(Locale.ROOT, "%.1f", mantissa);
        return m + "e" + exp;
    }

    static String size(double bytes) {
        if (bytes >= 1024.0 * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
        }
        return String.format(Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024));
    }
}
