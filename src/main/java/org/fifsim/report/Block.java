package org.fifsim.report;

import java.util.List;
import org.fifsim.analysis.CheckResult;

/** One piece of report content. Text is plain (renderers escape it); numbers are already formatted. */
public sealed interface Block {

    /** A paragraph of prose. */
    record Paragraph(String text) implements Block {
    }

    /** Short name-value facts, e.g. run settings. */
    record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    /** One fact of {@link Facts}. */
    record Fact(String name, String value) {
    }

    /** A bullet list of sentences. */
    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A table. {@code numeric[i]} right-aligns column i; {@code muted} rows (by index) are drawn faded, e.g. a
     * difference whose interval includes zero.
     */
    record Table(List<String> header, boolean[] numeric, List<List<String>> rows, List<Integer> muted)
            implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            muted = List.copyOf(muted);
            if (numeric.length != header.size()) {
                throw new IllegalArgumentException("one alignment per column: " + numeric.length + " vs "
                        + header.size());
            }
            for (List<String> r : rows) {
                if (r.size() != header.size()) {
                    throw new IllegalArgumentException("row has " + r.size() + " cells, header " + header.size());
                }
            }
        }
    }

    /**
     * A chart beside the report.
     *
     * @param file path relative to the report, e.g. {@code charts/kpis-packs.png}
     * @param title short title (alt text)
     * @param caption one line saying what to look for
     * @param width image width in pixels
     * @param height image height in pixels
     */
    record Figure(String file, String title, String caption, int width, int height) implements Block {
    }

    /** A highlighted remark: a warning the reader must not miss, or a plain note. */
    record Notice(Level level, String text) implements Block {
    }

    /** How loud a {@link Notice} is. */
    enum Level {
        NOTE, WARNING
    }

    /** Built-in checks with their outcome. */
    record Checks(List<CheckResult> results) implements Block {
        public Checks {
            results = List.copyOf(results);
        }
    }
}
