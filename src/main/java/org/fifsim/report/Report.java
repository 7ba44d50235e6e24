package org.fifsim.report;

import java.util.List;

/**
 * A report as plain content, free of any format: a title, a subtitle and sections of blocks. {@link MarkdownReport}
 * and {@link HtmlReport} render the same report, so both files always say the same thing.
 *
 * @param title the heading of the whole report, e.g. the scenario name
 * @param subtitle one line under the title (may be empty)
 * @param sections in reading order
 */
public record Report(String title, String subtitle, List<Section> sections) {

    public Report {
        sections = List.copyOf(sections);
    }

    /**
     * One section under its own heading.
     *
     * @param id an anchor for links, [a-z0-9-]
     * @param title the heading
     * @param blocks the content, in order
     */
    public record Section(String id, String title, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }
}
