package org.fifsim.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.fifsim.experiment.ReplicationRunner;
import org.fifsim.experiment.SimulationFailure;
import org.fifsim.report.OutputPaths;
import org.fifsim.report.TraceCsv;
import org.fifsim.report.UnsafeOutput;
import org.fifsim.scenario.Scenario;

/**
 * Runs one replication again with the audit trail on. Replication i draws from the same streams every time, so the
 * trace is the trace of the replication in the results. The file appears only when complete.
 */
final class Tracer {
    private static final String WHAT = "trace file";

    private Tracer() {
    }

    /**
     * Refuses, before simulating, a trace file that would replace what fifsim did not write: an existing file must be
     * a trace (its first line the trace header), never a folder, a link or one of {@code inputs}.
     */
    static void check(Path file, Collection<Path> inputs) throws UnsafeOutput {
        Path abs = file.toAbsolutePath().normalize();
        for (Path in : inputs) {
            if (OutputPaths.real(in).equals(OutputPaths.real(abs))) {
                throw new UnsafeOutput(WHAT, abs, "is the input scenario; name a new file for the trace");
            }
        }
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(abs) || !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
                throw new UnsafeOutput(WHAT, abs, "exists and is not a file; name a new file for the trace");
            }
            if (!isTrace(abs)) {
                throw new UnsafeOutput(WHAT, abs, "exists and is not a fifsim trace (its first line is not '"
                        + TraceCsv.HEADER + "'); name a new file, or remove this one yourself");
            }
        }
        OutputPaths.checkWritable(WHAT, abs);
    }

    private static boolean isTrace(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] head = new char[TraceCsv.HEADER.length() + 1];
            int n = r.read(head);
            return n == head.length && new String(head).equals(TraceCsv.HEADER + "\n");
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the trace CSV and returns the number of events in it. */
    static long write(Scenario s, int replication, Set<String> components, Path file)
            throws IOException, SimulationFailure {
        check(file, List.of());
        Path abs = file.toAbsolutePath().normalize();
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
