package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A command parses its options, reads its inputs, builds an experiment spec, hands it to the runner and publishes the
 * outcome: no file of {@code cli/} opens an engine, drives the experiment service or writes results itself, so every
 * command runs and writes its experiment the one way {@code fifsim merge} does too.
 */
class CommandsOnlyDelegateTest {
    private static final Path CLI = Path.of("src/main/java/org/fifsim/cli");

    /** What only the experiment and report layers may do, and the one cli file allowed to make the runner. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "new (ExperimentService|LocalEngine|SparkEngine|ReplayEngine)\\b|\\bExperimentService\\b"
                    + "|\\w*Writer\\.write(Into|ten)?\\(|\\bJson\\.write\\(|\\bSweepFiles\\.write\\("
                    + "|\\bFiles\\.(write|writeString|move|copy|newBufferedWriter|newOutputStream)\\("
                    + "|\\bnew Runner\\(");
    private static final String RUNNER_FACTORY = "EngineOptions.java";

    @Test
    void noCommandRunsAnEngineOrWritesResultsItself() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(CLI)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(offences(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        assertEquals(List.of(), found, "cli/ must build a spec, run it with Runner and publish with report.Publish");
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        String source = """
                class Bad {
                    void call() throws Exception {
                        try (ExperimentService s = new ExperimentService(new LocalEngine(2), null)) { }
                        RunWriter.write(target, s, results, 1, cmd);
                        Json.write(target.resolve("x.json"), node);
                        Files.write(target.resolve("study.yaml"), bytes);
                        new Runner(choice, null, Watch.NONE);
                    }
                }
                """;
        List<String> found = offences("Bad.java", source);
        assertEquals(7, found.size(), found.toString());
        assertTrue(offences(RUNNER_FACTORY, "return new Runner(choice, shard, watch);").isEmpty());
        assertTrue(offences("Ok.java", "Publish.run(outcome, warmup, note, null); out.println(line);").isEmpty());
    }

    /** Each forbidden use in {@code text}, as FILE:LINE: the use. */
    private static List<String> offences(String file, String text) {
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//") || line.startsWith("import ")) {
                continue; // a comment may name what the code must not do
            }
            Matcher m = FORBIDDEN.matcher(line);
            while (m.find()) {
                if (!(file.equals(RUNNER_FACTORY) && m.group().equals("new Runner("))) {
                    out.add(file + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        return out;
    }
}
