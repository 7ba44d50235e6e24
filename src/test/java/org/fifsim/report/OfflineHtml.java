package org.fifsim.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asserts that a report.html opens offline: every src and href is a file beside it or an anchor in it. */
public final class OfflineHtml {
    private static final Pattern REF = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private OfflineHtml() {
    }

    /** Checks {@code dir/report.html}; returns the number of local files it references. */
    public static int assertOffline(Path dir) throws IOException {
        String html = Files.readString(dir.resolve(ReportFiles.HTML), StandardCharsets.UTF_8);
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("http://") || lower.contains("https://"), "no absolute URL");
        assertFalse(lower.contains("<script") || lower.contains("@import") || lower.contains("url("),
                "no script, no CSS import or url()");
        Matcher m = REF.matcher(html);
        List<String> anchors = new ArrayList<>();
        int files = 0;
        while (m.find()) {
            String ref = m.group(1);
            assertFalse(ref.startsWith("//"), "protocol-relative reference " + ref);
            assertFalse(ref.contains(":"), "no scheme (file:, data:, javascript:) in " + ref);
            if (ref.startsWith("#")) {
                anchors.add(ref.substring(1));
                continue;
            }
            assertFalse(ref.startsWith("/") || ref.contains(".."), "stays beside the report: " + ref);
            assertTrue(Files.isRegularFile(dir.resolve(ref)), "referenced file exists: " + ref);
            files++;
        }
        for (String a : anchors) {
            assertTrue(html.contains("id=\"" + a + "\""), "anchor target #" + a);
        }
        assertTrue(files > 0, "the report shows its charts");
        return files;
    }
}
