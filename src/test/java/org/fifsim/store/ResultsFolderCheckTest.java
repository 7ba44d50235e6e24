package org.fifsim.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where fifsim refuses to write results, before anything is simulated, and where it may. */
class ResultsFolderCheckTest {
    @TempDir
    Path tmp;

    private static String refusal(Path target, List<Path> inputs) {
        return assertThrows(UnsafeOutput.class, () -> ResultsFolder.check(target, inputs)).getMessage();
    }

    private static Path marked(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(ResultsFolder.MARKER), ResultsFolder.MARKER_FIRST_LINE + "\n");
        return dir;
    }

    @Test
    void aNewFolderAnEmptyFolderOrAMarkedFolderMayBeWritten() throws IOException {
        assertDoesNotThrow(() -> ResultsFolder.check(tmp.resolve("new/deeper"), List.of()));
        Files.createDirectories(tmp.resolve("empty"));
        assertDoesNotThrow(() -> ResultsFolder.check(tmp.resolve("empty"), List.of()));
        Path previous = marked(tmp.resolve("previous"));
        Files.writeString(previous.resolve("summary.json"), "{}");
        Files.createDirectories(previous.resolve("charts"));
        assertDoesNotThrow(() -> ResultsFolder.check(previous, List.of()));
        assertEquals(List.of(), probes(), "the writability probe leaves nothing behind");
    }

    private List<String> probes() throws IOException {
        try (var s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".fifsim-probe")).toList();
        }
    }

    @Test
    void theRootTheCurrentFolderAndItsParentsAreRefused() {
        assertTrue(refusal(Path.of("/"), List.of()).contains("is the root folder"));
        Path cwd = Path.of("").toAbsolutePath();
        assertTrue(refusal(Path.of(""), List.of()).contains("is the current folder"));
        assertTrue(refusal(Path.of("."), List.of()).contains("is the current folder"));
        assertTrue(refusal(cwd.getParent(), List.of()).contains("is the current folder or holds it"));
    }

    @Test
    void aFolderHoldingTheInputIsRefused() throws IOException {
        Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
        Path input = Files.writeString(scenarios.resolve("a.yaml"), "name: a\n");
        String why = refusal(scenarios, List.of(input));
        assertTrue(why.contains("holds the input"), why);
        assertTrue(why.startsWith("results folder " + scenarios), why);
    }

    @Test
    void aFileAUsersFolderALinkAndResultsHoldingResultsAreRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("README.md"), "mine");
        assertTrue(refusal(file, List.of()).contains("is a file"));
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "mine");
        assertTrue(refusal(notes, List.of()).contains("is not a fifsim results folder"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), marked(tmp.resolve("real")));
        assertTrue(refusal(link, List.of()).contains("symbolic link"));
        Path outer = marked(tmp.resolve("outer"));
        marked(outer.resolve("inner"));
        assertTrue(refusal(outer, List.of()).contains("holds other results"));
        Path fake = Files.createDirectories(tmp.resolve("fake"));
        Files.writeString(fake.resolve(ResultsFolder.MARKER), "something else\n");
        assertTrue(refusal(fake, List.of()).contains("is not a fifsim results folder"), "the marker's content counts");
    }

    @Test
    void aParentThatIsAFileAndANameTooLongAreRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("plain"), "mine");
        assertTrue(refusal(file.resolve("sub/results"), List.of()).contains(file + " is a file, not a folder"));
        assertTrue(refusal(tmp.resolve("x".repeat(245)), List.of()).contains("longer than"));
        assertEquals("mine", Files.readString(file));
    }

    /** Only where permissions bind (not as root): old results that cannot be removed are found before simulating. */
    @Test
    void aMarkedFolderHoldingAReadOnlyFolderIsRefused() throws IOException {
        Path previous = marked(tmp.resolve("previous"));
        Path charts = Files.createDirectories(previous.resolve("charts"));
        Files.writeString(charts.resolve("a.png"), "png");
        Files.setPosixFilePermissions(charts, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(charts), "permissions do not bind here");
            assertTrue(refusal(previous, List.of()).contains("read-only folder"));
        } finally {
            Files.setPosixFilePermissions(charts, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void openRefusesToo() throws IOException {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "mine");
        assertThrows(UnsafeOutput.class, () -> ResultsFolder.open(notes));
        assertEquals("mine", Files.readString(notes.resolve("todo.txt")));
    }

    @Test
    void aUsersFolderThatAppearsWhileSimulatingIsNotReplacedAtCommit() throws IOException {
        Path target = tmp.resolve("late");
        try (ResultsFolder f = ResultsFolder.open(target)) {
            Files.createDirectories(target);
            Files.writeString(target.resolve("mine.txt"), "mine");
            assertThrows(UnsafeOutput.class, f::commit);
        }
        assertEquals("mine", Files.readString(target.resolve("mine.txt")));
        try (var s = Files.list(tmp)) {
            assertEquals(List.of("late"), s.map(p -> p.getFileName().toString()).toList());
        }
    }
}
