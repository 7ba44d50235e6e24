package org.fifsim.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/** Writes charts as PNG files, headless. */
public final class Png {

    static {
        // Touch ChartStyle so its headless default is in place before any AWT use.
        ChartStyle.color(0);
        // ImageIO buffers encoded images in a file in java.io.tmpdir by default: a full or read-only system temp
        // folder then fails every chart with a raw trace. A chart fits in memory; write straight to the file.
        ImageIO.setUseCache(false);
    }

    private Png() {
    }

    /**
     * Writes {@code chart} as a {@code width} x {@code height} PNG to {@code file}, creating
     * missing parent directories, and returns {@code file}.
     *
     * @throws IllegalArgumentException if the size is not positive (or absurdly large)
     * @throws IOException if the file cannot be written
     */
    public static Path write(JFreeChart chart, Path file, int width, int height) throws IOException {
        if (chart == null) {
            throw new IllegalArgumentException("Png.write: chart is null");
        }
        if (file == null) {
            throw new IllegalArgumentException("Png.write: file is null");
        }
        if (width <= 0 || height <= 0 || width > 20_000 || height > 20_000) {
            throw new IllegalArgumentException(
                    "Png.write: size must be 1..20000 pixels each way, got " + width + " x " + height);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // compression 3 of 9: several times faster than the default for files a few percent larger
        try {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height, null, false, 3);
        } catch (IOException e) {
            // a full disk says "No space left on device" without the file: name it
            if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
                throw e;
            }
            throw (IOException) new java.nio.file.FileSystemException(file.toString(), null, e.getMessage())
                    .initCause(e);
        }
        return file;
    }

    /** Writes {@code chart} at the default size, {@link ChartStyle#WIDTH} x {@link ChartStyle#HEIGHT}. */
    public static Path write(JFreeChart chart, Path file) throws IOException {
        return write(chart, file, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }
}
