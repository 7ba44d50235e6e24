package org.fifsim.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/** Checks that a written PNG is a real image of the right size with a drawn plot. */
final class PngAssertions {

    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngAssertions() {
    }

    /** Writes {@code chart} to {@code file} and checks it; returns the decoded image. */
    static BufferedImage writeAndCheck(JFreeChart chart, Path file, int width, int height) throws IOException {
        Png.write(chart, file, width, height);
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(8, in.readNBytes(head, 0, 8));
        }
        assertArrayEquals(PNG_SIGNATURE, head, "PNG signature");
        BufferedImage img = ImageIO.read(file.toFile());
        assertNotNull(img, "ImageIO decodes the file");
        assertEquals(width, img.getWidth(), "width");
        assertEquals(height, img.getHeight(), "height");

        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                colours.add(img.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertTrue(colours.size() > 30, "an image with text and series has many colours, got " + colours.size());

        Rectangle2D area = dataArea(chart, width, height);
        int coloured = 0;
        int total = 0;
        for (int y = (int) area.getMinY() + 1; y < (int) area.getMaxY() - 1; y++) {
            for (int x = (int) area.getMinX() + 1; x < (int) area.getMaxX() - 1; x++) {
                total++;
                if (saturated(new Color(img.getRGB(x, y)))) {
                    coloured++;
                }
            }
        }
        assertTrue(total > 0, "plot area is not empty: " + area);
        assertTrue(coloured > total / 200, "series drawn inside the plot area: " + coloured + " of " + total
                + " pixels in colour");
        return img;
    }

    /** The data area the chart gets at this size (rendering is deterministic). */
    static Rectangle2D dataArea(JFreeChart chart, int width, int height) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.createBufferedImage(width, height, info);
        return info.getPlotInfo().getDataArea();
    }

    /** A palette colour, as opposed to white, grey grid, black text or anti-aliasing near them. */
    static boolean saturated(Color c) {
        int max = Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue()));
        int min = Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue()));
        return max - min >= 60;
    }

    /** Pixels of exactly this colour. */
    static int count(BufferedImage img, Color colour) {
        int target = colour.getRGB() & 0xFFFFFF;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == target) {
                    n++;
                }
            }
        }
        return n;
    }
}
