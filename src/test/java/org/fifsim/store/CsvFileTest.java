package org.fifsim.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fifsim.report.Synthetic;
import org.fifsim.results.Details;
import org.fifsim.results.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Free-text names with commas, quotes and line breaks read back exactly from every CSV fifsim writes, and a name a
 * spreadsheet would run as a formula is neutralised (issue 14).
 */
class CsvFileTest {
    private static final String COMMA = "station/stack, seal/utilisation";
    private static final String QUOTE = "station/the \"fast\" one/utilisation";
    private static final String BREAK = "station/two\nlines/utilisation";
    private static final String FORMULA = "=HYPERLINK(\"http://x\",\"click\")";

    @TempDir
    Path tmp;

    private static List<List<String>> read(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader r = CsvReader.builder().build(file, StandardCharsets.UTF_8)) {
            for (CsvRow row : r) {
                rows.add(row.getFields());
            }
        }
        return rows;
    }

    @Test
    void textThatLooksLikeAFormulaGetsAnApostropheNumbersDoNot() {
        assertEquals("'" + FORMULA, CsvFile.text(FORMULA));
        assertEquals("'@SUM(A1)", CsvFile.text("@SUM(A1)"));
        assertEquals("'+cmd|' /C calc'!A0", CsvFile.text("+cmd|' /C calc'!A0"));
        assertEquals("'-x", CsvFile.text("-x"));
        for (String plain : new String[] {"-10%", "+5", "-1.5e3", "stacking", "36000", ""}) {
            assertEquals(plain, CsvFile.text(plain));
        }
        assertEquals("-0.5", CsvFile.number(-0.5));
        assertEquals("", CsvFile.number(Double.NaN));
    }

    @Test
    void replicationColumnNamesReadBackExactly() throws IOException {
        ReplicationResult r = Synthetic.result(0, false, 0);
        Map<String, Double> details = new LinkedHashMap<>();
        for (String name : new String[] {COMMA, QUOTE, BREAK, FORMULA}) {
            details.put(name, 0.5);
        }
        ReplicationResult odd = new ReplicationResult(0, r.kpis(), Details.ofColumns(details), r.balance(), r.events(),
                r.series(),
                r.leadTimes(), r.activity(), r.profiles());
        Path file = tmp.resolve("replications.csv");
        ReplicationsCsv.write(file, List.of(odd));
        List<List<String>> rows = read(file);
        assertEquals(2, rows.size(), "a line break inside a name is no new row");
        List<String> head = rows.get(0);
        assertEquals(List.of(COMMA, QUOTE, BREAK, "'" + FORMULA), head.subList(head.size() - 4, head.size()));
        assertEquals(head.size(), rows.get(1).size());
        assertEquals("0.5", rows.get(1).get(head.size() - 1));
    }

    @Test
    void traceComponentsAndEventsReadBackExactly() throws IOException {
        Path file = tmp.resolve("trace.csv");
        try (TraceCsv t = TraceCsv.open(file, Set.of())) {
            t.record(3600.5, COMMA, "start", 7);
            t.record(7200, BREAK, FORMULA, TraceCsv.NO_PACK);
        }
        List<List<String>> rows = read(file);
        assertEquals(List.of("time_s", "time_h", "component", "event", "pack_id"), rows.get(0));
        assertEquals(List.of("3600.500", "1.000139", COMMA, "start", "7"), rows.get(1));
        assertEquals(List.of("7200.000", "2.000000", BREAK, "'" + FORMULA, ""), rows.get(2));
    }
}
