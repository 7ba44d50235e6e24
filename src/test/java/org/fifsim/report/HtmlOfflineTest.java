package org.fifsim.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fifsim.results.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report opens offline: every src and href points to a file beside it or an anchor in it. */
class HtmlOfflineTest {
    private static final Pattern REF = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    @TempDir
    Path tmp;

    @Test
    void runReportReferencesOnlyFilesThatExistAndNothingOnTheNetwork() throws Exception {
        Path target = tmp.resolve("out");
        List<ReplicationResult> results = Synthetic.results(3, true, 24);
        RunWriter.write(target, Synthetic.scenario("12h"), results, 2, List.of("run", "synth.yaml"));
        assertOffline(target);
        assertTrue(Files.exists(target.resolve(ReportFiles.MARKDOWN)), "report.md");
        String md = Files.readString(target.resolve(ReportFiles.MARKDOWN), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)").matcher(md);
        int images = 0;
        while (m.find()) {
            images++;
            assertTrue(Files.isRegularFile(target.resolve(m.group(1))), "Markdown image " + m.group(1));
        }
        assertTrue(images >= 8, "Markdown shows the charts: " + images);
    }

    /** Asserts the offline rules on {@code dir/report.html}; returns the number of local files it references. */
    static int assertOffline(Path dir) throws Exception {
        String html = Files.readString(dir.resolve(ReportFiles.HTML), StandardCharsets.UTF_8);
        String lower = html.toLowerCase();
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
