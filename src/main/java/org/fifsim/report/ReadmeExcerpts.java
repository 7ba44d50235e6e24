package org.fifsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a README's result tables as excerpts of generated output, not hand-written numbers: every block between
 * {@code <!-- excerpt: PATH -->} and {@code <!-- /excerpt -->} is replaced by the file at PATH (relative to the
 * README), e.g. a comparison's {@code summary.md}. Run by {@code scripts/readme-excerpts} after the results are
 * regenerated; the README is rewritten only when every named file exists, and atomically. Blocks between
 * {@code <!-- generated: NAME -->} and {@code <!-- /generated -->} are tables written from the code's declarations
 * ({@link ReadmeTables}: the KPI registry), so the README cannot drift from the code.
 */
public final class ReadmeExcerpts {
    static final Pattern BLOCK = Pattern.compile(
            "(<!-- excerpt: ([^>\\n]+?) -->\\n)(.*?)(<!-- /excerpt -->)", Pattern.DOTALL);
    /** A block written from the code's declarations ({@link ReadmeTables}), not from a file. */
    static final Pattern GENERATED = Pattern.compile(
            "(<!-- generated: ([^>\\n]+?) -->\\n)(.*?)(<!-- /generated -->)", Pattern.DOTALL);

    private ReadmeExcerpts() {
    }

    /** The text with each excerpt block's body replaced by {@code source.apply(path)}, ending in one newline. */
    static String fill(String text, Function<String, String> source) {
        return fill(BLOCK, text, source);
    }

    /** The text with each generated block's body replaced by the table of its name. */
    static String generate(String text) {
        return fill(GENERATED, text, ReadmeTables::table);
    }

    /** The names of the generated blocks whose body is not what the code generates now, in README order. */
    static List<String> stale(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = GENERATED.matcher(text);
        while (m.find()) {
            String want = ReadmeTables.table(m.group(2).strip()).stripTrailing() + "\n";
            if (!m.group(3).equals(want)) {
                out.add(m.group(2).strip());
            }
        }
        return out;
    }

    private static String fill(Pattern blocks, String text, Function<String, String> source) {
        Matcher m = blocks.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String body = source.apply(m.group(2).strip()).stripTrailing() + "\n";
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + body + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Fills the excerpt blocks of {@code readme} from files beside it and the generated blocks from the code; returns
     * how many excerpt blocks there were.
     */
    public static int update(Path readme) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        Path dir = readme.toAbsolutePath().getParent();
        int[] count = {0};
        String filled;
        try {
            filled = fill(generate(text), p -> {
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
