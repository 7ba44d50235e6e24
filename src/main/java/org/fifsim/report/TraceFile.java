package org.fifsim.report;

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
import org.fifsim.experiment.engine.ReplicationRunner;
import org.fifsim.experiment.engine.SimulationFailure;
import org.fifsim.scenario.Scenario;
import org.fifsim.store.OutputPaths;
import org.fifsim.store.TraceCsv;
import org.fifsim.store.UnsafeOutput;

/**
 * Runs one replication again with the audit trail on. Replication i draws from the same streams every time, so the
 * trace is the trace of the replication in the results. The file appears only when complete.
 */
public final class TraceFile {
    private static final String WHAT = "trace file";

    private TraceFile() {
    }

    /**
     * Refuses, before simulating, a trace file that would replace what fifsim did not write: an existing file must be
     * a trace (its first line the trace header), never a folder, a link or one of {@code inputs}.
     */
    public static void check(Path file, Collection<Path> inputs) throws UnsafeOutput {
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

    /**
     * A complete trace in a temporary file beside its place: written before the run's results, so a trace that cannot
     * be written (a full disk) leaves the earlier results untouched, and moved into place only after them.
     */
    public static final class Pending implements AutoCloseable {
        private final Path tmp;
        private final Path file;
        private final long rows;

        private Pending(Path tmp, Path file, long rows) {
            this.tmp = tmp;
            this.file = file;
            this.rows = rows;
        }

        public long rows() {
            return rows;
        }

        /** Puts the trace in place (a rename in its own folder, which needs no space). */
        public void publish() throws IOException {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }

        /** Deletes the temporary file unless published. */
        @Override
        public void close() throws IOException {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes the trace CSV to a temporary file; a failure names the trace file and leaves nothing behind. */
    public static Pending write(Scenario s, int replication, Set<String> components, Path file)
            throws IOException, SimulationFailure {
        check(file, List.of());
        Path abs = file.toAbsolutePath().normalize();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
        try {
            // a temporary file is private (0600); a trace is shared like any file the user makes
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString(
                        "rw-r--r--"));
            }
            long rows;
            try (TraceCsv csv = TraceCsv.open(tmp, components)) {
                ReplicationRunner.run(s, replication, csv);
                rows = csv.rows();
            }
            return new Pending(tmp, abs, rows);
        } catch (java.io.UncheckedIOException e) {
            Files.deleteIfExists(tmp);
            throw failed(file, e.getCause());
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw failed(file, e);
        } catch (SimulationFailure e) {
            Files.deleteIfExists(tmp);
            // the trace could not be written while the model ran
            if (e.getCause() instanceof java.io.UncheckedIOException u) {
                throw failed(file, u.getCause());
            }
            if (e.getCause() instanceof IOException io) {
                throw failed(file, io);
            }
            throw e;
        } catch (RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** A failure to write the trace, naming the trace file as the user gave it (not its temporary file). */
    private static IOException failed(Path file, IOException e) {
        String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage() != null ? e.getMessage() : OutputPaths.reason(e);
        return (IOException) new java.nio.file.FileSystemException(file.toString(), null, why).initCause(e);
    }
}
