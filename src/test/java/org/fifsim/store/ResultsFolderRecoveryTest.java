package org.fifsim.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a results folder does with the leftovers of a killed run (SIGKILL runs no code), in every state a kill can
 * leave, and what Ctrl-C's shutdown hook does to a folder still being written.
 */
class ResultsFolderRecoveryTest {
    @TempDir
    Path tmp;
    private Process alive;

    @AfterEach
    void stop() {
        if (alive != null) {
            alive.destroyForcibly();
        }
    }

    /** The number of a process that has ended. */
    private static long deadPid() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("true").start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        return p.pid();
    }

    private long livePid() throws IOException {
        alive = new ProcessBuilder("sleep", "60").start();
        return alive.pid();
    }

    /** A folder as fifsim writes it: marked. */
    private static Path folderWith(Path dir, String content) throws IOException {
        Path d = unmarkedFolderWith(dir, content);
        Files.writeString(d.resolve(ResultsFolder.MARKER), ResultsFolder.MARKER_FIRST_LINE + "\n");
        return d;
    }

    private static Path unmarkedFolderWith(Path dir, String content) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("summary.json"), content);
        return dir;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String summary(Path dir) throws IOException {
        return Files.readString(dir.resolve("summary.json"));
    }

    @Test
    void committedResultsAreReadableByOthersLikeAnyFolder() throws Exception {
        Path target = tmp.resolve("shared");
        try (ResultsFolder f = ResultsFolder.open(target)) {
            Files.writeString(f.dir().resolve("summary.json"), "{}");
            f.commit();
        }
        if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(target)));
        }
    }

    @Test
    void killedBetweenTheTwoRenamesOfACommitGetsThePreviousResultsBack() throws Exception {
        Path target = tmp.resolve("run");
        folderWith(tmp.resolve("run.old-" + deadPid()), "previous");
        try (ResultsFolder f = ResultsFolder.open(target)) {
            assertEquals("previous", summary(target), "the previous results were moved back first");
            Files.writeString(f.dir().resolve("summary.json"), "half");
        }
        assertEquals(List.of("run"), names());
        assertEquals("previous", summary(target));
    }

    @Test
    void previousResultsLeftAsideAfterACompleteCommitAreDeleted() throws Exception {
        Path target = folderWith(tmp.resolve("run"), "new");
        folderWith(tmp.resolve("run.old-" + deadPid()), "previous");
        try (ResultsFolder f = ResultsFolder.open(target)) {
            assertEquals("new", summary(target));
        }
        assertEquals(List.of("run"), names());
    }

    @Test
    void aHalfWrittenFolderOfADeadProcessIsDeletedAndNeverPromoted() throws Exception {
        Path target = folderWith(tmp.resolve("run"), "previous");
        folderWith(tmp.resolve("run.tmp-" + deadPid() + "-77"), "half");
        try (ResultsFolder f = ResultsFolder.open(target)) {
            assertEquals(2, names().size(), "the leftover went, the new temporary folder came: " + names());
        }
        assertEquals(List.of("run"), names());
        assertEquals("previous", summary(target));
    }

    @Test
    void foldersOfALiveProcessAreAnotherRunAtWorkAndAreLeftAlone() throws Exception {
        long pid = livePid();
        Path tmpDir = folderWith(tmp.resolve("run.tmp-" + pid + "-1"), "being written");
        Path oldDir = folderWith(tmp.resolve("run.old-" + pid), "being replaced");
        try (ResultsFolder f = ResultsFolder.open(tmp.resolve("run"))) {
            Files.writeString(f.dir().resolve("summary.json"), "mine");
        }
        assertTrue(Files.exists(tmpDir) && Files.exists(oldDir), names().toString());
        assertFalse(Files.exists(tmp.resolve("run")), "another process's results were moved into place");
    }

    @Test
    void siblingsFifsimDidNotMakeAreNeverTouchedHoweverTheyAreNamedOrOld() throws Exception {
        long dead = deadPid();
        List<Path> users = List.of(unmarkedFolderWith(tmp.resolve("run.old-2024"), "notes"),
                unmarkedFolderWith(tmp.resolve("run.tmp-draft"), "draft"),
                unmarkedFolderWith(tmp.resolve("run.tmp-" + dead + "-1"), "unmarked, named like ours"),
                unmarkedFolderWith(tmp.resolve("run.old-" + dead), "unmarked, named like ours"),
                folderWith(tmp.resolve("run.tmp-12345678901234567890"), "marked, not our naming"));
        for (Path p : users) {
            Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(30, ChronoUnit.DAYS)));
        }
        try (ResultsFolder f = ResultsFolder.open(tmp.resolve("run"))) {
            assertTrue(f.dir().getFileName().toString().startsWith("run.tmp-" + ProcessHandle.current().pid() + "-"),
                    "the temporary folder names its process: " + f.dir());
            f.commit();
        }
        for (Path p : users) {
            assertTrue(Files.isDirectory(p), p + " was touched");
        }
        assertTrue(ResultsFolder.marked(tmp.resolve("run")), "a committed folder carries the marker");
    }

    @Test
    void thisProcessesFoldersAreLeftoversUnlessOpen() throws Exception {
        Path mine = folderWith(tmp.resolve("run.tmp-" + ProcessHandle.current().pid() + "-5"), "a failed close");
        try (ResultsFolder first = ResultsFolder.open(tmp.resolve("run"));
                ResultsFolder second = ResultsFolder.open(tmp.resolve("run"))) {
            assertFalse(Files.exists(mine));
            assertTrue(Files.isDirectory(first.dir()), "opening again deleted a folder still being written");
            assertTrue(Files.isDirectory(second.dir()));
        }
        assertEquals(List.of(), names());
    }

    @Test
    void abandoningDeletesTheFolderBeingWrittenAndRefusesItsCommit() throws Exception {
        Path target = folderWith(tmp.resolve("run"), "previous");
        try (ResultsFolder f = ResultsFolder.open(target)) {
            Files.writeString(f.dir().resolve("summary.json"), "half");
            assertTrue(ResultsFolder.abandonAll().contains(target.toAbsolutePath().normalize()));
            assertFalse(Files.exists(f.dir()));
            assertThrows(IOException.class, f::commit);
            assertFalse(f.committed());
        }
        assertEquals(List.of("run"), names());
        assertEquals("previous", summary(target));
    }

    @Test
    void aCommitReplacesThePreviousResultsAndLeavesNothingBeside() throws Exception {
        Path target = folderWith(tmp.resolve("run"), "previous");
        try (ResultsFolder f = ResultsFolder.open(target)) {
            Files.writeString(f.dir().resolve("summary.json"), "new");
            f.commit();
            assertTrue(f.committed());
        }
        assertEquals(List.of("run"), names());
        assertEquals("new", summary(target));
        assertTrue(ResultsFolder.abandonAll().isEmpty(), "a committed folder is not open any more");
    }
}
