package org.fifsim.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fifsim.results.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report opens offline: every src and href points to a file beside it or an anchor in it. */
class HtmlOfflineTest {
    @TempDir
    Path tmp;

    @Test
    void runReportReferencesOnlyFilesThatExistAndNothingOnTheNetwork() throws Exception {
        Path target = tmp.resolve("out");
        List<ReplicationResult> results = Synthetic.results(3, true, 24);
        RunWriter.write(target, Synthetic.scenario("12h"), results, 2, List.of("run", "synth.yaml"));
        OfflineHtml.assertOffline(target);
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
}
