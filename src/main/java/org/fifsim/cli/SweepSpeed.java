package org.fifsim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import org.fifsim.experiment.sweep.SweepRun;
import org.fifsim.report.Json;

/** How much work a sweep or sensitivity run did and how fast: the manifest's fields and the line on stderr. */
final class SweepSpeed {
    private SweepSpeed() {
    }

    /** Adds runs, events, wall seconds and events per second to a manifest. */
    static void record(ObjectNode manifest, SweepRun run) {
        manifest.put("runs", run.tasks());
        manifest.put("events", run.events());
        Json.put(manifest, "wall_seconds", run.wallSeconds());
        Json.put(manifest, "events_per_second", run.eventsPerSecond());
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
