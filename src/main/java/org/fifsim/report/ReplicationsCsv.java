package org.fifsim.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fifsim.results.ReplicationResult;

/** replications.csv: column {@code replication}, one column per KPI, then the detail columns (per station, stage). */
public final class ReplicationsCsv {
    private ReplicationsCsv() {
    }

    public static void write(Path file, List<ReplicationResult> results) throws IOException {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("no replications to write");
        }
        List<String> columns = new ArrayList<>(results.get(0).kpis().keySet());
        List<String> details = new ArrayList<>(results.get(0).details().keySet());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("replication");
            for (String c : columns) {
                w.write("," + c);
            }
            for (String c : details) {
                w.write("," + c);
            }
            w.write("\n");
            for (ReplicationResult r : results) {
                w.write(Integer.toString(r.replication()));
                for (String c : columns) {
                    w.write("," + number(r.kpis().get(c)));
                }
                for (String c : details) {
                    w.write("," + number(r.details().get(c)));
                }
                w.write("\n");
            }
        }
    }

    /** Shortest text that reads back as the same double; empty for a missing or non-finite value. */
    static String number(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString(v.longValue());
        }
        return Double.toString(v);
    }
}
