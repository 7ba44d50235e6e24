package org.fifsim.store;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Every CSV fifsim writes goes through FastCSV (RFC 4180): a field is quoted when it holds a comma, a quote or a line
 * break, so free-text names read back exactly; UTF-8, LF line ends. A text cell a spreadsheet would run as a formula
 * ({@code =HYPERLINK(...)}, {@code +cmd}, {@code @SUM}) gets a leading apostrophe, the usual guard (OWASP "CSV
 * injection"); numbers are written as numbers and never prefixed.
 */
public final class CsvFile implements Closeable {
    /** A number as people write it, perhaps with a percent sign: {@code -12}, {@code +0.5e3}, {@code -10%}. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[+-]?[0-9.][0-9.eE+-]*%?");

    private final CsvWriter out;
    private final Path file;

    private CsvFile(CsvWriter out, Path file) {
        this.out = out;
        this.file = file;
    }

    /** Creates or replaces {@code file}; a failure to write it, then or later, names it. */
    public static CsvFile create(Path file) throws IOException {
        try {
            return new CsvFile(CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8),
                    file);
        } catch (IOException e) {
            throw OutputPaths.naming(file, e);
        }
    }

    /** One row of cells made with {@link #text} and {@link #number}. */
    public CsvFile row(Iterable<String> cells) {
        try {
            out.writeRow(cells);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException(OutputPaths.naming(file, e.getCause()));
        }
        return this;
    }

    public CsvFile row(String... cells) {
        try {
            out.writeRow(cells);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException(OutputPaths.naming(file, e.getCause()));
        }
        return this;
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } catch (IOException e) {
            throw OutputPaths.naming(file, e);
        }
    }

    /** A text cell, with an apostrophe before what a spreadsheet would take for a formula. */
    public static String text(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char c = s.charAt(0);
        boolean formula = c == '=' || c == '@' || c == '\t' || c == '\r'
                || (c == '+' || c == '-') && !NUMBER_LIKE.matcher(s).matches();
        return formula ? "'" + s : s;
    }

    /** Shortest text that reads back as the same double; empty for a missing or non-finite value. */
    public static String number(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString(v.longValue());
        }
        return Double.toString(v);
    }
}
