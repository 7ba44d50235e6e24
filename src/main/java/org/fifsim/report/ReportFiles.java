package org.fifsim.report;

import java.io.IOException;
import java.nio.file.Path;
import org.fifsim.store.OutputPaths;

/** Writes a report as report.md (charts linked) and report.html (charts inlined) into a results folder. */
public final class ReportFiles {
    public static final String MARKDOWN = "report.md";
    public static final String HTML = "report.html";

    private ReportFiles() {
    }

    public static void write(Path dir, Report report) throws IOException {
        OutputPaths.writeString(dir.resolve(MARKDOWN), MarkdownReport.render(report));
        OutputPaths.writeString(dir.resolve(HTML), HtmlReport.render(report, dir));
    }
}
