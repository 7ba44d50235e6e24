package org.fifsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asserts that a report.html opens offline and alone: every image is inside it (a PNG data URI, with its chart
 * and SVG files beside it), every href an anchor in it, nothing from the network.
 */
public final class OfflineHtml {
    private static final Pattern REF = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMG = Pattern.compile("<img src=\"([^\"]*)\" alt=\"([^\"]*)\"");
    private static final String PNG_DATA = "data:image/png;base64,";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private OfflineHtml() {
    }

    /** Checks {@code dir/report.html}; returns the number of charts inlined in it. */
    public static int assertOffline(Path dir) throws IOException {
        String html = Files.readString(dir.resolve(ReportFiles.HTML), StandardCharsets.UTF_8);
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("http://") || lower.contains("https://"), "no absolute URL");
        assertFalse(lower.contains("<script") || lower.contains("@import") || lower.contains("url("),
                "no script, no CSS import or url()");
        Matcher m = REF.matcher(html);
        List<String> anchors = new ArrayList<>();
        int images = 0;
        while (m.find()) {
            String ref = m.group(1);
            if (ref.startsWith("#")) {
                anchors.add(ref.substring(1));
                continue;
            }
            assertTrue(ref.startsWith(PNG_DATA), "a chart inside the page, not a file beside it: "
                    + ref.substring(0, Math.min(60, ref.length())));
            byte[] png = Base64.getDecoder().decode(ref.substring(PNG_DATA.length()));
            assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8), "an inlined PNG");
            images++;
        }
        for (String a : anchors) {
            assertTrue(html.contains("id=\"" + a + "\""), "anchor target #" + a);
        }
        assertTrue(images > 0, "the report shows its charts");
        int charts = 0;
        try (var files = Files.list(dir.resolve("charts"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".png")).toList()) {
                charts++;
                String svg = p.getFileName().toString().replaceFirst("\\.png$", ".svg");
                assertTrue(Files.isRegularFile(p.resolveSibling(svg)), "an SVG beside " + p.getFileName());
            }
        }
        Matcher img = IMG.matcher(html);
        int shown = 0;
        while (img.find()) {
            shown++;
        }
        assertEquals(images, shown, "every image is a chart");
        assertTrue(charts >= images, "each chart shown is a file in charts/ too: " + charts + " files, " + images
                + " shown");
        return images;
    }
}
