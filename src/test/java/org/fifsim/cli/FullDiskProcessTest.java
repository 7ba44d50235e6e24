package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk (issue 28): a 256 KiB tmpfs, mounted in a private mount namespace of an unprivileged user
 * ({@code unshare -rm}), so the test needs no root and leaves nothing mounted. Earlier results on it must survive a
 * run that fails for want of space, the failure must name the file, and no temporary folder or file may be left.
 * Skipped where user namespaces are not available.
 */
@EnabledOnOs(OS.LINUX)
class FullDiskProcessTest {
    /** Two days of a one-station line: a trace of several hundred KiB, results of a few KiB without the report. */
    private static final String TWO_DAYS = OutputSafetyCliTest.TINY.replace("horizon: 2h", "horizon: 2d");

    @TempDir
    Path tmp;

    private static boolean unshareWorks() {
        try {
            Process p = new ProcessBuilder("unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /tmp")
                    .redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Mounts the small disk at {@code small}, writes earlier results there, lists their hashes, runs {@code args}
     * (the failing command) and lists again; returns the failing command's exit status.
     */
    private int onAFullDisk(String... args) throws Exception {
        Path small = Files.createDirectories(tmp.resolve("small"));
        Files.writeString(tmp.resolve("tiny.yaml"), TWO_DAYS);
        String fifsim = "\"$JAVA\" -Xmx256m -XX:+UseSerialGC -Djava.awt.headless=true -cp \"$CP\" " + Main.class.getName();
        String script = String.join("\n",
                "set -u",
                "mount -t tmpfs -o size=256k tmpfs small || exit 99",
                fifsim + " run tiny.yaml --out small/res --no-report --quiet > /dev/null 2> earlier-err.txt || exit 98",
                "(cd small && find . -type f -exec sha256sum {} + | sort -k2) > before.txt",
                fifsim + " " + String.join(" ", args) + " > failed-out.txt 2> failed-err.txt",
                "status=$?",
                "(cd small && find . -type f -exec sha256sum {} + | sort -k2) > after.txt",
                "ls -A small > left.txt",
                "exit $status");
        ProcessBuilder pb = new ProcessBuilder("unshare", "-rm", "sh", "-c", script).directory(tmp.toFile())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("sh.txt").toFile());
        pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        pb.environment().put("CP", ForkedFifsim.classpath());
        int status = ForkedFifsim.await(pb.start(), 180);
        assertTrue(status != 99 && status != 98, "setting up the full disk failed: " + Files.readString(
                tmp.resolve("sh.txt")) + (Files.exists(tmp.resolve("earlier-err.txt"))
                        ? Files.readString(tmp.resolve("earlier-err.txt")) : ""));
        return status;
    }

    private void earlierResultsUntouchedAndNothingLeft() throws IOException {
        assertEquals(Files.readString(tmp.resolve("before.txt")), Files.readString(tmp.resolve("after.txt")),
                "the earlier results changed");
        assertTrue(Files.readString(tmp.resolve("before.txt")).contains("./res/summary.json"));
        assertEquals(List.of("res"), Files.readAllLines(tmp.resolve("left.txt")), "debris beside the results");
    }

    private String failureLine() throws IOException {
        List<String> lines = Files.readAllLines(tmp.resolve("failed-err.txt")).stream()
                .filter(l -> !l.startsWith("warning: ")).toList();
        assertEquals(1, lines.size(), lines.toString());
        return lines.get(0);
    }

    @Test
    void aTraceThatDoesNotFitKeepsTheEarlierResultsAndNamesTheTrace() throws Exception {
        assumeTrue(unshareWorks(), "no unprivileged mount namespaces (unshare -rm) here");
        int status = onAFullDisk("run", "tiny.yaml", "--out", "small/res", "--trace", "small/trace.csv", "--quiet");
        assertEquals(Main.FAILURE, status, Files.readString(tmp.resolve("failed-err.txt")));
        String line = failureLine();
        assertTrue(line.startsWith("error: cannot write or read small/trace.csv: No space left on device"), line);
        earlierResultsUntouchedAndNothingLeft();
    }

    @Test
    void resultsThatDoNotFitKeepTheEarlierOnesNameTheFileAndLeaveNoDebris() throws Exception {
        assumeTrue(unshareWorks(), "no unprivileged mount namespaces (unshare -rm) here");
        int status = onAFullDisk("run", "tiny.yaml", "--out", "small/res", "--quiet");
        assertEquals(Main.FAILURE, status, Files.readString(tmp.resolve("failed-err.txt")));
        String line = failureLine();
        assertTrue(line.startsWith("error: cannot write or read ") && line.contains("/small/res.tmp-")
                && line.contains(": No space left on device"), line);
        earlierResultsUntouchedAndNothingLeft();
    }
}
