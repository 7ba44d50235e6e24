package org.fifsim.chart;

import java.io.IOException;
import java.nio.file.Path;

import org.jfree.chart.JFreeChart;

/**
 * Writes one chart in both forms a report needs: {@code NAME.png} for the page and {@code NAME.svg} beside it for
 * slides and print.
 */
public final class ChartFiles {

    private ChartFiles() {
    }

    /**
     * Writes {@code chart} to {@code png} and to the {@code .svg} of the same name beside it; returns {@code png}.
     *
     * @throws IllegalArgumentException if {@code png} does not end in {@code .png} or the size is not positive
     * @throws IOException if either file cannot be written
     */
    public static Path write(JFreeChart chart, Path png, int width, int height) throws IOException {
        Png.write(chart, png, width, height);
        Svg.write(chart, svgOf(png), width, height);
        return png;
    }

    /** As {@link #write(JFreeChart, Path, int, int)} at {@link ChartStyle#WIDTH} x {@link ChartStyle#HEIGHT}. */
    public static Path write(JFreeChart chart, Path png) throws IOException {
        return write(chart, png, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /** The SVG beside a PNG: {@code charts/a.png} gives {@code charts/a.svg}. */
    public static Path svgOf(Path png) {
        String name = png == null ? "" : png.getFileName().toString();
        if (!name.endsWith(".png")) {
            throw new IllegalArgumentException("ChartFiles: a chart file ends in .png, got '" + png + "'");
        }
        return png.resolveSibling(name.substring(0, name.length() - 4) + ".svg");
    }
}
