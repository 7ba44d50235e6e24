package org.fifsim.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.fifsim.model.Trace;

/**
 * The audit trail of one replication as CSV ({@code time_s,time_h,component,event,pack_id}), streamed to disk as the
 * model runs so a year of events never sits in memory, through {@link CsvFile}. An empty component set keeps every
 * event.
 */
public final class TraceCsv implements Trace, Closeable {
    public static final String HEADER = "time_s,time_h,component,event,pack_id";
    private final CsvFile out;
    private final Set<String> components;
    private final StringBuilder number = new StringBuilder(24);
    private final String[] row = new String[5];
    private long rows;

    private TraceCsv(CsvFile out, Set<String> components) {
        this.out = out;
        this.components = Set.copyOf(components);
    }

    /** Creates (or replaces) {@code file} and writes the header. */
    public static TraceCsv open(Path file, Set<String> components) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        CsvFile csv = CsvFile.create(file);
        csv.row(HEADER.split(","));
        return new TraceCsv(csv, components);
    }

    /** Writes one event; a failure to write (a full disk) is an {@link java.io.UncheckedIOException}. */
    @Override
    public void record(double time, String component, String event, long packId) {
        if (!components.isEmpty() && !components.contains(component)) {
            return;
        }
        row[0] = fixed(Math.round(time * 1000), 3);
        row[1] = fixed(Math.round(time / 3600 * 1e6), 6);
        row[2] = CsvFile.text(component);
        row[3] = CsvFile.text(event);
        row[4] = packId != NO_PACK ? Long.toString(packId) : "";
        out.row(row);
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
    private String fixed(long scaled, int decimals) {
        number.setLength(0);
        fixed(number, scaled, decimals);
        return number.toString();
    }

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
}
