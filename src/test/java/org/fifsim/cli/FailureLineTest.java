package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fifsim.experiment.engine.SimulationFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a failure that is not bad input prints: one line saying what failed and why, never a stack trace. */
class FailureLineTest {
    @TempDir
    Path tmp;

    @Test
    void aFullDiskNamesTheFileAndTheReason() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "no /dev/full here");
        IOException real = assertThrows(IOException.class, () -> Files.write(full, new byte[1 << 16]));
        String line = Main.failure(new UncheckedIOException(real));
        assertTrue(line.contains("No space left on device"), line);
        assertEquals("cannot write or read /x/charts/a.png: No space left on device", Main.failure(
                new UncheckedIOException(new FileSystemException("/x/charts/a.png", null, "No space left on device"))));
    }

    @Test
    void aFailedReplicationSaysWhichAndWhyOnOneLine() {
        String line = Main.failure(new SimulationFailure("x", 3, new OutOfMemoryError("Java heap space")));
        assertTrue(line.startsWith("replication 3 of x failed: java.lang.OutOfMemoryError: Java heap space; give Java"),
                line);
        assertEquals(1, line.lines().count());
        assertEquals(1, Main.failure(new IllegalStateException("two\nlines")).lines().count());
    }

    /** A read-only or missing system temp folder: charts are encoded in memory (ImageIO's disk cache is off). */
    @Test
    void aRunWithAReportNeedsNoSystemTempFolder() throws Exception {
        Path f = Files.writeString(tmp.resolve("tiny.yaml"), OutputSafetyCliTest.TINY);
        Process p = ForkedFifsim.start(tmp, List.of("-Xmx256m", "-Djava.io.tmpdir=" + tmp.resolve("no-such-folder")),
                "run", f.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
        assertEquals(Main.OK, ForkedFifsim.await(p, 180), Files.readString(tmp.resolve("stderr.txt")));
        assertTrue(Files.exists(tmp.resolve("out/report.html")));
    }
}
