package org.fifsim.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.results.ReplicationResult;

/**
 * replications.csv: column {@code replication}, one column per KPI, then the detail columns (per station, stage),
 * written by {@link CsvFile}.
 */
public final class ReplicationsCsv {
    private ReplicationsCsv() {
    }

    public static void write(Path file, List<ReplicationResult> results) throws IOException {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("no replications to write");
        }
        List<String> columns = new ArrayList<>(results.get(0).kpis().names());
        List<String> details = new ArrayList<>(results.get(0).details().columns().keySet());
        try (CsvFile csv = CsvFile.create(file)) {
            List<String> row = new ArrayList<>();
            row.add("replication");
            columns.forEach(c -> row.add(CsvFile.text(c)));
            details.forEach(c -> row.add(CsvFile.text(c)));
            csv.row(row);
            for (ReplicationResult r : results) {
                row.clear();
                row.add(Integer.toString(r.replication()));
                columns.forEach(c -> row.add(CsvFile.number(r.kpis().find(c))));
                Map<String, Double> values = r.details().columns();
                details.forEach(c -> row.add(CsvFile.number(values.get(c))));
                csv.row(row);
            }
        }
    }
}
