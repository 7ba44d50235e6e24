package org.fifsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a README's result tables as excerpts of generated output, not hand-written numbers: every block between
 * {@code <!-- excerpt: PATH -->} and {@code <!-- /excerpt -->} is replaced by the file at PATH (relative to the
 * README), e.g. a comparison's {@code summary.md}. Run by {@code scripts/readme-excerpts} after the results are
 * regenerated; the README is rewritten only when every named file exists, and atomically.
 */
public final class ReadmeExcerpts {
    static final Pattern BLOCK = Pattern.compile(
            "(<!-- excerpt: ([^>\\n]+?) -->\\n)(.*?)(<!-- /excerpt -->)", Pattern.DOTALL);

    private ReadmeExcerpts() {
    }

    /** The text with each block's body replaced by {@code source.apply(path)}, ending in one newline. */
    static String fill(String text, Function<String, String> source) {
        Matcher m = BLOCK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String body = source.apply(m.group(2).strip()).stripTrailing() + "\n";
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + body + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Fills the blocks of {@code readme} from files beside it; returns how many blocks there were. */
    public static int update(Path readme) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        Path dir = readme.toAbsolutePath().getParent();
        int[] count = {0};
        String filled;
        try {
            filled = fill(text, p -> {
                count[0]++;
                try {
                    return Files.readString(dir.resolve(p), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        if (!filled.equals(text)) {
            Path tmp = Files.createTempFile(dir, ".readme", ".tmp");
            Files.writeString(tmp, filled, StandardCharsets.UTF_8);
            Files.move(tmp, readme, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return count[0];
    }

    /** {@code ReadmeExcerpts [README.md]}: exit 0 when done, 2 when a named file is missing (README untouched). */
    public static void main(String[] args) throws IOException {
        Path readme = Path.of(args.length > 0 ? args[0] : "README.md");
        try {
            int n = update(readme);
            System.out.println("readme-excerpts: " + readme + ": " + n + " excerpt block(s) filled");
        } catch (NoSuchFileException e) {
            boolean readmeMissing = !Files.exists(readme);
            System.err.println("error: " + readme + (readmeMissing ? ": no such file"
                    : ": excerpt source missing: " + e.getFile() + " (regenerate the results first); README left "
                    + "as it was"));
            System.exit(2);
        }
    }
}
