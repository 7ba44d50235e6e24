package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fifsim.store.ResultsFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The line an interrupted command prints comes from what {@link ResultsFolder} put in place, the same for every
 * command: issue 28 found sweep, sensitivity and account saying "no results written" after their folder was replaced,
 * because only run and compare told the interruption what they had written.
 */
class InterruptionMessageTest {
    @TempDir
    Path tmp;

    @Test
    void resultsPutInPlaceAreSaidToBeCompleteWhicheverCommandWroteThem() {
        Path sweep = tmp.resolve("sweep");
        assertEquals("interrupted: results in " + sweep + " were already complete",
                Interruption.message(List.of(sweep), List.of(), null));
        assertEquals("interrupted: results in " + sweep + " were already complete",
                Interruption.message(List.of(sweep), List.of(), sweep), "run names its folder before writing it");
    }

    @Test
    void nothingWrittenIsSaidOnlyWhenNothingWasWritten() throws Exception {
        assertEquals("interrupted: no results written", Interruption.message(List.of(), List.of(), null));
        Path fresh = tmp.resolve("fresh");
        assertEquals("interrupted: no results written to " + fresh,
                Interruption.message(List.of(), List.of(fresh), null));
        Path earlier = Files.createDirectories(tmp.resolve("earlier"));
        assertEquals("interrupted: no results written; earlier results in " + earlier + " are intact",
                Interruption.message(List.of(), List.of(), earlier));
    }

    @Test
    void aRunOfSeveralFilesSaysWhichAreCompleteAndWhichNot() {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals("interrupted: no results written to " + b + "; results in " + a + " were already complete",
                Interruption.message(List.of(a), List.of(), b));
        assertEquals("interrupted: no results written to " + b + "; results in " + a + " were already complete",
                Interruption.message(List.of(a), List.of(b), b));
    }

    /** The folder's side: a commit is recorded as complete under the name the command gave. */
    @Test
    void aCommittedFolderIsRecordedUnderItsGivenName() throws Exception {
        Path target = tmp.resolve("done");
        try (ResultsFolder f = ResultsFolder.open(target)) {
            f.commit();
        }
        assertEquals(true, ResultsFolder.completeSoFar().contains(target));
    }
}
