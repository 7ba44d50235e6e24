package org.fifsim.report.selection;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRow;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.fifsim.results.KpiValues;
import org.fifsim.results.Kpis;
import org.fifsim.store.CsvFile;
import org.fifsim.store.OutputPaths;

/**
 * {@value #FILE}: every evaluation of a study, one row per (design, replication), appended as each round comes back
 * so that a stopped search loses nothing and the same command resumes it. Columns: {@code design}, each decided key
 * (the design's value), {@code replication}, the objective KPI, each constraint KPI, then every other KPI the
 * replication reported (for the reports of a resumed study). Numbers are written so they read back as the same
 * doubles: a resumed search sees exactly what the stopped one saw.
 */
public final class HistoryCsv {
    public static final String FILE = "history.csv";

    private final Path file;
    private final List<String> prefix;
    private List<String> header;

    /**
     * One evaluation with everything the file keeps.
     *
     * @param design the design's name
     * @param decision each decided key's value as text, in the keys' order ("" when a key is not set)
     * @param replication the replication number
     * @param values the objective, then each constraint's KPI
     * @param kpis every KPI of the replication
     */
    public record Row(String design, List<String> decision, int replication, double[] values,
            KpiValues kpis) {
        public Row {
            decision = List.copyOf(decision);
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /** A history written by another study (other keys or KPIs): never mixed with this one's. */
    public static final class Foreign extends Exception {
        private static final long serialVersionUID = 1L;

        Foreign(String message) {
            super(message);
        }
    }

    private HistoryCsv(Path file, List<String> prefix, List<String> header) {
        this.file = file;
        this.prefix = prefix;
        this.header = header;
    }

    /** The fixed first columns: design, the keys, replication, the objective and constraint KPIs. */
    static List<String> prefix(List<String> keys, List<String> columns) {
        List<String> out = new ArrayList<>();
        out.add("design");
        out.addAll(keys);
        out.add("replication");
        out.addAll(columns);
        return out;
    }

    /**
     * The rows of an existing history (none when the file does not exist). A last row cut short by a kill is
     * dropped (and cut from the file by {@link #append}), since it was never complete.
     */
    public static List<Row> read(Path file, List<String> keys, List<String> columns) throws IOException, Foreign {
        List<Row> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        List<String> prefix = prefix(keys, columns);
        String text = complete(Files.readString(file, StandardCharsets.UTF_8));
        List<String> header = null;
        try (CsvReader r = CsvReader.builder().build(text)) {
            for (CsvRow row : r) {
                if (row.isEmpty()) {
                    continue;
                }
                if (header == null) {
                    header = row.getFields();
                    if (header.size() < prefix.size() || !header.subList(0, prefix.size()).equals(prefix)) {
                        throw new Foreign(file + " was written by another study (its columns are " + String.join(",",
                                header.subList(0, Math.min(header.size(), prefix.size()))) + ", this study's "
                                + String.join(",", prefix) + ")");
                    }
                    continue;
                }
                if (row.getFieldCount() != header.size()) {
                    throw new Foreign(file + ":" + row.getOriginalLineNumber() + ": has " + row.getFieldCount()
                            + " fields, the header " + header.size() + " (not as fifsim wrote it)");
                }
                out.add(row(row, header, keys.size(), columns.size(), file));
            }
        }
        return out;
    }

    private static Row row(CsvRow row, List<String> header, int keys, int columns, Path file) throws Foreign {
        try {
            String design = row.getField(0);
            List<String> decision = row.getFields().subList(1, 1 + keys);
            int replication = Integer.parseInt(row.getField(1 + keys));
            double[] values = new double[columns];
            for (int c = 0; c < columns; c++) {
                String v = row.getField(2 + keys + c);
                values[c] = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
            }
            KpiValues.Builder kpis = KpiValues.builder();
            // an empty cell is a KPI with no value in that replication (packs per incident without an incident):
            // NaN, as the replication had it, so the summaries read it back with the same keys they wrote
            for (int c = 2 + keys; c < header.size(); c++) {
                String v = row.getField(c);
                if (Kpis.get(header.get(c)) == null) {
                    throw new Foreign(file + ": column " + header.get(c) + " is no KPI (not as fifsim wrote it)");
                }
                kpis.put(header.get(c), v.isEmpty() ? Double.NaN : Double.parseDouble(v));
            }
            return new Row(design, decision, replication, values, kpis.build());
        } catch (NumberFormatException e) {
            throw new Foreign(file + ":" + row.getOriginalLineNumber() + ": not a number where one belongs ("
                    + e.getMessage() + "), so not as fifsim wrote it");
        }
    }

    /** The text up to its last line end: a row cut short by a kill is not part of the history. */
    private static String complete(String text) {
        int end = text.lastIndexOf('\n');
        return end < 0 ? "" : text.substring(0, end + 1);
    }

    /**
     * Opens a history for appending: a row cut short at its end is removed first; a new file gets its header with
     * the first rows.
     */
    public static HistoryCsv append(Path file, List<String> keys, List<String> columns) throws IOException {
        List<String> header = null;
        if (Files.exists(file)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String whole = complete(text);
            if (whole.length() != text.length()) {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.truncate(whole.getBytes(StandardCharsets.UTF_8).length);
                }
            }
            if (!whole.isEmpty()) {
                try (CsvReader r = CsvReader.builder().build(whole)) {
                    header = r.iterator().next().getFields();
                }
            }
        }
        return new HistoryCsv(file, prefix(keys, columns), header);
    }

    /** Appends the rows and writes them through to the file before returning. */
    public void write(List<Row> rows) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        StringWriter text = new StringWriter();
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(text);
        if (header == null) {
            TreeSet<String> others = new TreeSet<>(rows.get(0).kpis().names());
            others.removeAll(prefix);
            header = new ArrayList<>(prefix);
            header.addAll(others);
            csv.writeRow(header);
        }
        for (Row r : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(CsvFile.text(r.design()));
            r.decision().forEach(d -> cells.add(CsvFile.text(d)));
            cells.add(Integer.toString(r.replication()));
            for (double v : r.values) {
                cells.add(CsvFile.number(v));
            }
            for (String k : header.subList(prefix.size(), header.size())) {
                cells.add(CsvFile.number(r.kpis().find(k)));
            }
            csv.writeRow(cells);
        }
        csv.close();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer b = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(false);
        } catch (IOException e) {
            throw OutputPaths.naming(file, e);
        }
    }
}
