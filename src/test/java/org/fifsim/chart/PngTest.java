package org.fifsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** The PNG encoder is lossless: ImageIO reads back every pixel, opaque (stored as RGB) or not (RGBA). */
class PngTest {

    @Test
    void anOpaqueImageComesBackPixelForPixelAsRgb() throws IOException {
        BufferedImage image = image(37, 23, true, 1);
        byte[] png = encoded(image);
        assertEquals(2, png[25], "colour type RGB");
        assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(png)));
    }

    @Test
    void anImageWithTransparencyComesBackPixelForPixelAsRgba() throws IOException {
        BufferedImage image = image(41, 19, false, 2);
        byte[] png = encoded(image);
        assertEquals(6, png[25], "colour type RGBA");
        assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(png)));
    }

    @Test
    void flatRowsAndOneRowImagesToo() throws IOException {
        for (int[] size : new int[][] {{1, 1}, {1, 9}, {9, 1}, {300, 200}}) {
            BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++) {
                    image.setRGB(x, y, y % 7 == 0 ? 0xFF102030 : 0xFFFFFFFF);
                }
            }
            assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(encoded(image))));
        }
    }

    /** Random pixels: every byte value in every channel, and neighbours that differ both ways. */
    private static BufferedImage image(int w, int h, boolean opaque, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = random.nextInt();
                image.setRGB(x, y, opaque ? argb | 0xFF000000 : argb);
            }
        }
        return image;
    }

    private static byte[] encoded(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Png.encode(image, out);
        return out.toByteArray();
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage read) {
        assertEquals(expected.getWidth(), read.getWidth());
        assertEquals(expected.getHeight(), read.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int e = expected.getRGB(x, y);
                int r = read.getRGB(x, y);
                if ((e >>> 24) == 0) {
                    assertEquals(0, r >>> 24, "transparent at " + x + "," + y);
                } else {
                    assertEquals(Integer.toHexString(e), Integer.toHexString(r), "pixel " + x + "," + y);
                }
            }
        }
    }
}
