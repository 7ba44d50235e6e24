package org.fifsim.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.jfree.chart.JFreeChart;

/** Writes charts as PNG files, headless. */
public final class Png {

    static {
        // Touch ChartStyle so its headless default is in place before any AWT use.
        ChartStyle.color(0);
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
        // the image JFreeChart's own PNG export draws (ChartUtils: ARGB, no rendering info), encoded here
        BufferedImage image = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_ARGB, null);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            encode(image, out);
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

    /**
     * Encodes an ARGB image as an 8-bit PNG with the same pixels ImageIO's writer stores (which JFreeChart's export
     * uses), without its per-row trial of all five filters, which made encoding a third of a report's time
     * (profiled). Every row gets the "Up" filter (each byte minus the one above it): a chart is mostly flat colour
     * and horizontal lines, so most bytes become zero and deflate fast at level 4. An image with no transparent
     * pixel (every chart: its background is opaque) is stored as RGB, a quarter fewer bytes to deflate. Against
     * unfiltered RGBA at level 6 (the last encoder), measured on a run's seven charts: 2.6 times faster and a fifth
     * smaller.
     */
    static void encode(BufferedImage image, OutputStream out) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int channels = opaque(pixels, w * h) ? 3 : 4;
        out.write(SIGNATURE);
        ByteBuffer header = ByteBuffer.allocate(13).putInt(w).putInt(h)
                .put((byte) 8).put((byte) (channels == 3 ? 2 : 6)).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array(), 13);
        ByteArrayOutputStream data = new ByteArrayOutputStream(64 * 1024);
        Deflater deflater = new Deflater(4);
        try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater, 1 << 16)) {
            byte[] row = new byte[1 + channels * w];
            row[0] = 2; // filter type Up; the row above the first is all zero
            for (int y = 0; y < h; y++) {
                upRow(pixels, y * w, y == 0 ? -1 : (y - 1) * w, w, channels, row);
                z.write(row);
            }
        } finally {
            deflater.end();
        }
        chunk(out, "IDAT", data.toByteArray(), data.size());
        chunk(out, "IEND", new byte[0], 0);
    }

    private static boolean opaque(int[] pixels, int n) {
        for (int i = 0; i < n; i++) {
            if (pixels[i] >>> 24 != 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** One row as R, G, B(, A) bytes, each minus the same byte of the row above ({@code above} -1: none). */
    private static void upRow(int[] pixels, int at, int above, int w, int channels, byte[] row) {
        for (int x = 0, i = 1; x < w; x++, i += channels) {
            int p = pixels[at + x];
            int q = above < 0 ? 0 : pixels[above + x];
            row[i] = (byte) ((p >>> 16) - (q >>> 16));
            row[i + 1] = (byte) ((p >>> 8) - (q >>> 8));
            row[i + 2] = (byte) (p - q);
            if (channels == 4) {
                row[i + 3] = (byte) ((p >>> 24) - (q >>> 24));
            }
        }
    }

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private static void chunk(OutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        out.write(ByteBuffer.allocate(4).putInt(length).array());
        out.write(name);
        out.write(data, 0, length);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** Writes {@code chart} at the default size, {@link ChartStyle#WIDTH} x {@link ChartStyle#HEIGHT}. */
    public static Path write(JFreeChart chart, Path file) throws IOException {
        return write(chart, file, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }
}
