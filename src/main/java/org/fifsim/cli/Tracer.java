package org.fifsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import org.fifsim.experiment.ReplicationRunner;
import org.fifsim.experiment.SimulationFailure;
import org.fifsim.report.TraceCsv;
import org.fifsim.scenario.Scenario;

/**
 * Runs one replication again with the audit trail on. Replication i draws from the same streams every time, so the
 * trace is the trace of the replication in the results. The file appears only when complete.
 */
final class Tracer {
    private Tracer() {
    }

    /** Writes the trace CSV and returns the number of events in it. */
    static long write(Scenario s, int replication, Set<String> components, Path file)
            throws IOException, SimulationFailure {
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
        try {
            long rows;
            try (TraceCsv csv = TraceCsv.open(tmp, components)) {
                ReplicationRunner.run(s, replication, csv);
                rows = csv.rows();
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            return rows;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
