package org.fifsim.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.fifsim.model.Trace;

/**
 * The audit trail of one replication as CSV ({@code time_s,time_h,component,event,pack_id}), streamed to disk as the
 * model runs so a year of events never sits in memory. An empty component set keeps every event.
 */
public final class TraceCsv implements Trace, Closeable {
    public static final String HEADER = "time_s,time_h,component,event,pack_id";
    private final BufferedWriter out;
    private final Set<String> components;
    private final StringBuilder line = new StringBuilder(96);
    private long rows;

    private TraceCsv(BufferedWriter out, Set<String> components) {
        this.out = out;
        this.components = Set.copyOf(components);
    }

    /** Creates (or replaces) {@code file} and writes the header. */
    public static TraceCsv open(Path file, Set<String> components) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        w.write(HEADER);
        w.write('\n');
        return new TraceCsv(w, components);
    }

    @Override
    public void record(double time, String component, String event, long packId) {
        if (!components.isEmpty() && !components.contains(component)) {
            return;
        }
        line.setLength(0);
        fixed(line, Math.round(time * 1000), 3);
        line.append(',');
        fixed(line, Math.round(time / 3600 * 1e6), 6);
        line.append(',').append(field(component)).append(',').append(field(event)).append(',');
        if (packId != NO_PACK) {
            line.append(packId);
        }
        line.append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    /** Events written so far. */
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** {@code scaled / 10^decimals} in fixed notation, without the cost of String.format on millions of rows. */
    static void fixed(StringBuilder sb, long scaled, int decimals) {
        if (scaled < 0) {
            sb.append('-');
            scaled = -scaled;
        }
        long unit = (long) Math.pow(10, decimals);
        sb.append(scaled / unit).append('.');
        String frac = Long.toString(scaled % unit);
        sb.append("0".repeat(decimals - frac.length())).append(frac);
    }

    private static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
