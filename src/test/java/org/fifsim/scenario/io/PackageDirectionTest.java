package org.fifsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scenario packages are read by the rest of fifsim and read nothing of it back: the accounting prices a scenario
 * with the factor definitions the scenario reader checks against, never the other way round (no package cycle).
 */
class PackageDirectionTest {
    private static final Path SCENARIO = Path.of("src/main/java/org/fifsim/scenario");

    @Test
    void theScenarioPackagesNameNoAccountingReportCliOrModelClass() throws IOException {
        assertTrue(Files.isDirectory(SCENARIO), "run from the project folder");
        List<String> offending;
        try (Stream<Path> files = Files.walk(SCENARIO)) {
            offending = files.filter(f -> f.toString().endsWith(".java")).flatMap(PackageDirectionTest::lines)
                    .filter(l -> l.matches(".*org\\.fifsim\\.(accounting|report|cli|model|experiment)\\..*")
                            && !l.strip().startsWith("*") && !l.strip().startsWith("//"))
                    .toList();
        }
        assertEquals(List.of(), offending);
    }

    private static Stream<String> lines(Path f) {
        try {
            return Files.readAllLines(f).stream().map(l -> f.getFileName() + ": " + l);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
