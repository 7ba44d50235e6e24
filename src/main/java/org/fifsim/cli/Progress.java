package org.fifsim.cli;

import java.io.PrintStream;
import java.util.function.IntConsumer;

/**
 * A progress bar with an ETA on stderr, shown only when stderr is a terminal and the run is not quiet. For a
 * precision-driven run the total is unknown: it shows the replications done (against the cap) and the time so far,
 * and {@link #finish()} ends the line.
 */
final class Progress implements IntConsumer {
    private final PrintStream err;
    private final String label;
    private final int total;
    private final int cap;
    private final boolean shown;
    private final long start = System.nanoTime();
    private long lastPrint;
    private int offset;
    private int done;

    Progress(String label, int total, boolean quiet) {
        this(label, total, 0, quiet);
    }

    private Progress(String label, int total, int cap, boolean quiet) {
        this.err = System.err;
        this.label = label;
        this.total = total;
        this.cap = cap;
        this.shown = !quiet && System.console() != null;
    }

    /** Progress of a run whose total is not known in advance, only its cap. */
    static Progress open(String label, int cap, boolean quiet) {
        return new Progress(label, -1, cap, quiet);
    }

    /** The replications done before the batch that reports next (its counts start from 1 again). */
    synchronized void batchFrom(int replicationsDone) {
        this.offset = replicationsDone;
    }

    @Override
    public synchronized void accept(int doneInBatch) {
        done = offset + doneInBatch;
        if (!shown) {
            return;
        }
        long now = System.nanoTime();
        boolean last = total > 0 && done >= total;
        if (!last && now - lastPrint < 200_000_000L) {
            return;
        }
        lastPrint = now;
        double elapsed = (now - start) / 1e9;
        if (total <= 0) {
            err.printf("\r%s: %d replications done (at most %d), %s   ", label, done, cap, seconds(elapsed));
            err.flush();
            return;
        }
        double eta = done > 0 ? elapsed / done * (total - done) : Double.NaN;
        int width = 30;
        int filled = (int) Math.round(width * (double) Math.min(done, total) / total);
        err.printf("\r%s [%s%s] %d/%d replications, %s%s", label, "#".repeat(filled), " ".repeat(width - filled),
                done, total, done < total ? "ETA " + seconds(eta) : "done in " + seconds(elapsed),
                done < total ? "   " : "\n");
        err.flush();
    }

    /** Ends the line of a run with an unknown total. */
    synchronized void finish() {
        if (shown && total <= 0) {
            err.printf("\r%s: %d replications done in %s%s%n", label, done, seconds((System.nanoTime() - start) / 1e9),
                    " ".repeat(12));
            err.flush();
        }
    }

    private static String seconds(double s) {
        if (!Double.isFinite(s)) {
            return "?";
        }
        return s < 90 ? String.format("%.0fs", s) : String.format("%.1fmin", s / 60);
    }
}
