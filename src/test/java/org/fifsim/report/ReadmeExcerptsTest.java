package org.fifsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README blocks between excerpt markers come from generated files; the rest of the README is left as written. */
class ReadmeExcerptsTest {
    @TempDir
    Path tmp;

    @Test
    void replacesOnlyTheMarkedBlocks() throws Exception {
        Files.createDirectories(tmp.resolve("results/cmp"));
        Files.writeString(tmp.resolve("results/cmp/summary.md"), "| a | b |\n|---|---|\n| 1 | 2 |\n\n");
        Path readme = tmp.resolve("README.md");
        Files.writeString(readme, "# Title\n\nHand-written $1 text.\n<!-- excerpt: results/cmp/summary.md -->\n"
                + "| old | numbers |\n<!-- /excerpt -->\nAfter.\n", StandardCharsets.UTF_8);
        assertEquals(1, ReadmeExcerpts.update(readme));
        assertEquals("# Title\n\nHand-written $1 text.\n<!-- excerpt: results/cmp/summary.md -->\n"
                + "| a | b |\n|---|---|\n| 1 | 2 |\n<!-- /excerpt -->\nAfter.\n", Files.readString(readme));
        // a second run changes nothing
        String once = Files.readString(readme);
        ReadmeExcerpts.update(readme);
        assertEquals(once, Files.readString(readme));
    }

    @Test
    void aMissingSourceLeavesTheReadmeAsItWas() throws Exception {
        Path readme = tmp.resolve("README.md");
        String text = "<!-- excerpt: results/none/summary.md -->\nkept\n<!-- /excerpt -->\n";
        Files.writeString(readme, text);
        assertThrows(NoSuchFileException.class, () -> ReadmeExcerpts.update(readme));
        assertEquals(text, Files.readString(readme));
    }
}
