package org.fifsim.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import org.fifsim.experiment.Watch;
import java.util.function.LongSupplier;

/**
 * Progress of a run on stderr, unless the run is quiet. On a terminal: a bar with an ETA, redrawn in place. Without
 * one (CI logs, {@code nohup}, a pipe): one plain line at every further 10% of the replications, or after 10 s
 * without a line, with the replications done, the rate and the ETA, so a long run is never silent for minutes.
 * For a precision-driven run the total is unknown: it shows the replications done against the cap, and
 * {@link #finish()} ends it.
 */
final class Progress implements Watch.Meter {
    /** Without a terminal: a line at least this often (ns) while replications finish. */
    static final long LOG_EVERY_NS = 10_000_000_000L;
    private static final long REDRAW_NS = 200_000_000L;

    private final PrintStream err;
    private final String label;
    private final int total;
    private final int cap;
    private final boolean shown;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long start;
    private long lastPrint;
    private int lastDecile;
    private int offset;
    private int done;

    Progress(String label, int total, boolean quiet) {
        this(System.err, label, total, 0, quiet, System.console() != null, System::nanoTime);
    }

    /** For tests: where to print, whether that is a terminal, and the clock (ns). */
    Progress(PrintStream err, String label, int total, int cap, boolean quiet, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.cap = cap;
        this.shown = !quiet;
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastPrint = start;
    }

    /** Progress of a run whose total is not known in advance, only its cap. */
    static Progress open(String label, int cap, boolean quiet) {
        return new Progress(System.err, label, -1, cap, quiet, System.console() != null, System::nanoTime);
    }

    /**
     * The runner's progress on stderr, and its notes on {@code err} unless {@code quiet}: a meter with a total is a
     * bar or log lines; one with only a cap reports batches.
     */
    static Watch watch(boolean quiet, PrintWriter err) {
        return new Watch() {
            @Override
            public Meter open(String label, int total, int cap) {
                return total < 0 ? Progress.open(label, cap, quiet) : new Progress(label, total, quiet);
            }

            @Override
            public void say(String line) {
                if (!quiet) {
                    err.println(line);
                    err.flush();
                }
            }
        };
    }

    /** The replications done before the batch that reports next (its counts start from 1 again). */
    @Override
    public synchronized void batchFrom(int replicationsDone) {
        this.offset = replicationsDone;
    }

    @Override
    public synchronized void accept(int doneInBatch) {
        done = offset + doneInBatch;
        if (!shown) {
            return;
        }
        long now = clock.getAsLong();
        if (terminal) {
            bar(now);
        } else {
            logLine(now);
        }
    }

    private void bar(long now) {
        boolean last = total > 0 && done >= total;
        if (!last && now - lastPrint < REDRAW_NS) {
            return;
        }
        lastPrint = now;
        double elapsed = (now - start) / 1e9;
        if (total <= 0) {
            err.printf(Locale.ROOT, "\r%s: %d replications done (at most %d), %s   ", label, done, cap,
                    seconds(elapsed));
            err.flush();
            return;
        }
        double eta = done > 0 ? elapsed / done * (total - done) : Double.NaN;
        int width = 30;
        int filled = (int) Math.round(width * (double) Math.min(done, total) / total);
        err.printf(Locale.ROOT, "\r%s [%s%s] %d/%d replications, %s%s", label, "#".repeat(filled),
                " ".repeat(width - filled), done, total, done < total ? "ETA " + seconds(eta)
                        : "done in " + seconds(elapsed), done < total ? "   " : "\n");
        err.flush();
    }

    /** One line per further 10% (or per 10 s); the last replication always gets its line. */
    private void logLine(long now) {
        int decile = total > 0 ? (int) Math.min(10, 10L * done / total) : 0;
        boolean last = total > 0 && done >= total;
        if (!last && decile <= lastDecile && now - lastPrint < LOG_EVERY_NS) {
            return;
        }
        lastDecile = Math.max(lastDecile, decile);
        lastPrint = now;
        double elapsed = (now - start) / 1e9;
        double rate = elapsed > 0 ? done / elapsed : Double.NaN;
        String pace = Double.isFinite(rate) ? String.format(Locale.ROOT, ", %s replications/s", rate(rate)) : "";
        if (total <= 0) {
            err.printf(Locale.ROOT, "%s: %d replications done (at most %d)%s, %s so far%n", label, done, cap, pace,
                    seconds(elapsed));
        } else if (last) {
            err.printf(Locale.ROOT, "%s: %d/%d replications done in %s%s%n", label, done, total, seconds(elapsed),
                    pace);
        } else {
            double eta = done > 0 ? elapsed / done * (total - done) : Double.NaN;
            err.printf(Locale.ROOT, "%s: %d/%d replications (%d%%)%s, ETA %s%n", label, done, total,
                    100L * done / total, pace, seconds(eta));
        }
        err.flush();
    }

    /** Ends the line of a run with an unknown total. */
    @Override
    public synchronized void finish() {
        if (shown && total <= 0) {
            String end = terminal ? "\r" : "";
            err.printf(Locale.ROOT, "%s%s: %d replications done in %s%s%n", end, label, done,
                    seconds((clock.getAsLong() - start) / 1e9), terminal ? " ".repeat(12) : "");
            err.flush();
        }
    }

    private static String rate(double r) {
        return r >= 10 ? String.format(Locale.ROOT, "%.0f", r) : r >= 1 ? String.format(Locale.ROOT, "%.1f", r)
                : String.format(Locale.ROOT, "%.2f", r);
    }

    private static String seconds(double s) {
        if (!Double.isFinite(s)) {
            return "?";
        }
        return s < 90 ? String.format(Locale.ROOT, "%.0fs", s) : String.format(Locale.ROOT, "%.1fmin", s / 60);
    }
}
