package org.fifsim.chart;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.batik.svggen.DefaultErrorHandler;
import org.apache.batik.svggen.DefaultExtensionHandler;
import org.apache.batik.svggen.DefaultStyleHandler;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGIDGenerator;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;

/**
 * Writes charts as SVG files, for slides and print: the same drawing as the PNG, as vectors. Drawn through Apache
 * Batik's Java2D-to-SVG generator (Apache-2.0) into a JDK DOM document; text stays text, so it can be edited.
 */
public final class Svg {
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>\\s*");
    /**
     * The JDK's DOM, looked up once: a new DocumentBuilderFactory per chart configured a whole parser just to hand back
     * the same shared DOMImplementation, a tenth of an SVG's time (profiled).
     */
    private static final DOMImplementation DOM = domImplementation();

    static {
        // Touch ChartStyle so its headless default is in place before any AWT use.
        ChartStyle.color(0);
    }

    private Svg() {
    }

    /**
     * Writes {@code chart} as a {@code width} x {@code height} SVG to {@code file}, creating missing parent
     * directories, and returns {@code file}.
     *
     * @throws IllegalArgumentException if the chart or file is null or the size is not positive
     * @throws IOException if the file cannot be written
     */
    public static Path write(JFreeChart chart, Path file, int width, int height) throws IOException {
        if (chart == null || file == null) {
            throw new IllegalArgumentException("Svg.write: chart and file are required");
        }
        if (width <= 0 || height <= 0 || width > 20_000 || height > 20_000) {
            throw new IllegalArgumentException(
                    "Svg.write: size must be 1..20000 pixels each way, got " + width + " x " + height);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text(chart, width, height), StandardCharsets.UTF_8);
        return file;
    }

    /** The SVG text of {@code chart} drawn at {@code width} x {@code height}: what {@link #write} stores. */
    static String text(JFreeChart chart, int width, int height) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(context(), false);
        g2.setSVGCanvasSize(new java.awt.Dimension(width, height));
        chart.draw(g2, new Rectangle(0, 0, width, height));
        StringWriter text = new StringWriter(64 * 1024);
        try {
            // useCss: style attributes, which every browser and slide tool reads
            g2.stream(text, true);
        } finally {
            g2.dispose();
        }
        // Batik names the SVG 1.0 DTD by its web address: no viewer needs it, and an offline file names none
        return DOCTYPE.matcher(text.toString()).replaceFirst("");
    }

    /**
     * A generator context of its own per chart: ids of clip paths and gradients count from 1 in every file, so the
     * same chart gives the same bytes, and charts drawn in parallel share nothing.
     */
    private static Context context() {
        Document doc = DOM.createDocument("http://www.w3.org/2000/svg", "svg", null);
        Context ctx = new Context(doc);
        ctx.setComment("fifsim chart");
        // text as <text> elements, not outlines: smaller files that slide tools can edit
        ctx.setEmbeddedFontsOn(false);
        ctx.setPrecision(3);
        ctx.fastNumbers();
        return ctx;
    }

    private static DOMImplementation domImplementation() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not configured", e);
        }
    }

    /**
     * What {@code SVGGeneratorContext.createDefault} builds, with {@link SvgDecimals} for Batik's number format at
     * precision 3 (the same text, much faster).
     */
    private static final class Context extends SVGGeneratorContext {
        Context(Document doc) {
            super(doc);
            setIDGenerator(new SVGIDGenerator());
            setExtensionHandler(new DefaultExtensionHandler());
            setImageHandler(new ImageHandlerBase64Encoder());
            setStyleHandler(new DefaultStyleHandler());
            setErrorHandler(new DefaultErrorHandler());
        }

        /** Call after {@code setPrecision(3)}, which sets Batik's own format. */
        void fastNumbers() {
            if (getPrecision() != 3) {
                throw new IllegalStateException("SvgDecimals writes precision 3 only");
            }
            decimalFormat = new SvgDecimals();
        }
    }
}
