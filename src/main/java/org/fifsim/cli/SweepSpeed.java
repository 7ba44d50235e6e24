package org.fifsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.fifsim.experiment.sweep.SweepRun;

/** How much work a sweep or sensitivity run did and how fast: the line on stderr (the manifest's: SweepFiles). */
final class SweepSpeed {
    private SweepSpeed() {
    }

    /** {@code COMMAND: N runs, E events in S s on WHERE: R events/s}. */
    static void print(PrintWriter err, String command, SweepRun run, String where) {
        if (Double.isNaN(run.wallSeconds())) {
            err.printf(Locale.ROOT, "%s: %d runs, %,d events, merged from shards (no speed: the shards ran them)%n",
                    command, run.tasks(), run.events());
            err.flush();
            return;
        }
        err.printf(Locale.ROOT, "%s: %d runs, %,d events in %.1f s on %s: %,.0f events/s%n",
                command, run.tasks(), run.events(), run.wallSeconds(), where, run.eventsPerSecond());
        err.flush();
    }
}
