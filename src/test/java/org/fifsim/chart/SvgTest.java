package org.fifsim.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Every chart is also a well-formed SVG of the PNG's size beside it, with its words as text, the same every time. */
class SvgTest {

    @TempDir
    Path dir;

    @Test
    void everySampleIsAWellFormedSvgOfTheRequestedSizeWithItsText() throws Exception {
        for (Map.Entry<String, JFreeChart> e : ChartSamples.all().entrySet()) {
            Path png = ChartFiles.write(e.getValue(), dir.resolve(e.getKey() + ".png"), 900, 500);
            Path svg = dir.resolve(e.getKey() + ".svg");
            assertTrue(Files.size(png) > 0, e.getKey() + ".png written");
            Document doc = parse(svg);
            Element root = doc.getDocumentElement();
            assertEquals("svg", root.getLocalName() == null ? root.getTagName() : root.getLocalName(), e.getKey());
            assertEquals("900", root.getAttribute("width"), e.getKey());
            assertEquals("500", root.getAttribute("height"), e.getKey());
            assertTrue(doc.getElementsByTagNameNS("*", "text").getLength() > 3, e.getKey() + ": labels are text");
            String body = Files.readString(svg);
            assertFalse(body.contains("http://") && body.contains("xlink:href=\"http"), "nothing from the network");
        }
    }

    @Test
    void theSameChartGivesTheSameBytes() throws IOException {
        Svg.write(ChartSamples.waterfall(), dir.resolve("a.svg"), 640, 360);
        Svg.write(ChartSamples.waterfall(), dir.resolve("b.svg"), 640, 360);
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.svg")), Files.readAllBytes(dir.resolve("b.svg")));
    }

    @Test
    void theSvgSitsBesideThePng() {
        assertEquals(Path.of("charts", "tornado-x.svg"), ChartFiles.svgOf(Path.of("charts", "tornado-x.png")));
        assertThrows(IllegalArgumentException.class, () -> ChartFiles.svgOf(Path.of("charts", "x.jpg")));
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // the SVG names no DTD; refuse one rather than fetch it
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(svg.toFile());
    }
}
