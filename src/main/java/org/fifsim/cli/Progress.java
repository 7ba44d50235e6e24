package org.fifsim.cli;

import java.io.PrintStream;
import java.util.function.IntConsumer;

/** A progress bar with an ETA on stderr, shown only when stderr is a terminal and the run is not quiet. */
final class Progress implements IntConsumer {
    private final PrintStream err;
    private final String label;
    private final int total;
    private final boolean shown;
    private final long start = System.nanoTime();
    private long lastPrint;

    Progress(String label, int total, boolean quiet) {
        this.err = System.err;
        this.label = label;
        this.total = total;
        this.shown = !quiet && System.console() != null;
    }

    @Override
    public synchronized void accept(int done) {
        if (!shown) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastPrint < 200_000_000L) {
            return;
        }
        lastPrint = now;
        double elapsed = (now - start) / 1e9;
        double eta = done > 0 ? elapsed / done * (total - done) : Double.NaN;
        int width = 30;
        int filled = (int) Math.round(width * (double) done / total);
        err.printf("\r%s [%s%s] %d/%d replications, %s%s", label, "#".repeat(filled), " ".repeat(width - filled),
                done, total, done < total ? "ETA " + seconds(eta) : "done in " + seconds(elapsed),
                done < total ? "   " : "\n");
        err.flush();
    }

    private static String seconds(double s) {
        if (!Double.isFinite(s)) {
            return "?";
        }
        return s < 90 ? String.format("%.0fs", s) : String.format("%.1fmin", s / 60);
    }
}
