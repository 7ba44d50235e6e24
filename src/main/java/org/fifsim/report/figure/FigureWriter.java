package org.fifsim.report.figure;

import java.io.IOException;
import java.nio.file.Path;
import org.fifsim.chart.ChartFiles;
import org.fifsim.chart.ChartStyle;
import org.fifsim.report.Block;
import org.jfree.chart.JFreeChart;

/** Writes charts into {@code charts/} of a results folder and returns them as report figures. */
final class FigureWriter {
    static final String FOLDER = "charts";
    static final int WIDTH = 900;
    static final int HEIGHT = 500;
    private final Path resultsDir;

    FigureWriter(Path resultsDir) {
        this.resultsDir = resultsDir;
    }

    Block.Figure write(JFreeChart chart, String name, String title, String caption) throws IOException {
        return write(chart, name, WIDTH, HEIGHT, title, caption);
    }

    Block.Figure write(JFreeChart chart, String name, int width, int height, String title, String caption)
            throws IOException {
        ChartStyle.titleIfNone(chart, title);
        String file = FOLDER + "/" + name + ".png";
        ChartFiles.write(chart, resultsDir.resolve(FOLDER).resolve(name + ".png"), width, height);
        return new Block.Figure(file, title, caption, width, height);
    }

    /** A file-name part from free text: lower case, [a-z0-9-]. */
    static String slug(String s) {
        String out = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return out.isEmpty() ? "x" : out;
    }
}
