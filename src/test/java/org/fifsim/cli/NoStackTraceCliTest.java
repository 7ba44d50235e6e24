package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input from issue 28 that once gave a stack trace or exit 1: each is now exit 2 with its problem on the first
 * line of stderr, no trace, and nothing written.
 */
class NoStackTraceCliTest extends CapturedCli {
    @TempDir
    Path tmp;
    private Path tiny;

    @BeforeEach
    void scenario() throws IOException {
        tiny = Files.writeString(tmp.resolve("tiny.yaml"), OutputSafetyCliTest.TINY);
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    /** Exit 2; the first line is the problem and says {@code says}; no stack trace; nothing written. */
    private void badInput(String says, String... args) {
        assertEquals(Main.BAD_INPUT, execute(args), err.toString(StandardCharsets.UTF_8));
        List<String> lines = errLines();
        assertTrue(lines.get(0).startsWith("error: ") && lines.get(0).contains(says), lines.toString());
        assertTrue(lines.size() <= 2 && lines.stream().skip(1).allMatch(l -> l.startsWith("try 'fifsim ")),
                lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.contains("Exception") || l.contains("\tat ")), lines.toString());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @ParameterizedTest(name = "--master {0}")
    @ValueSource(strings = {"yarn", "mesos://127.0.0.1:1", "k8s://https://127.0.0.1:1"})
    void mastersFifsimCannotStartAreRefusedNamingTheOnesItCan(String master) {
        badInput("--master must be local, local[N] or spark://HOST:PORT, got '" + master + "'", "run",
                tiny.toString(), "--engine", "spark", "--master", master, "--out", tmp.resolve("out").toString());
        assertTrue(errLines().get(0).contains("spark-submit"), errLines().get(0));
    }

    @ParameterizedTest(name = "--master {0}")
    @ValueSource(strings = {"spark://127.0.0.1:99999", "spark://127.0.0.1:0", "spark://:7077", "spark://host",
        "spark://a:1,", "local[0]", "local[x]"})
    void aMalformedMasterIsBadInputNotAFailure(String master) {
        badInput("--master", "run", tiny.toString(), "--engine", "spark", "--master", master, "--out",
                tmp.resolve("out").toString());
    }

    /**
     * Something on the master's port that accepts and never answers, or answers as another server: one line and exit
     * 1 within the probe's 5 s (the guard below only catches a hang: Spark's own retries took 64 s).
     */
    @Test
    void aPortThatIsNoSparkMasterIsOneLine() throws Exception {
        List<Socket> held = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ServerSocket silent = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress());
                ServerSocket junk = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            Thread accepting = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException e) {
                    // closed at the end of the test
                }
            });
            Thread answering = new Thread(() -> {
                try {
                    while (true) {
                        try (Socket c = junk.accept()) {
                            c.getInputStream().read(new byte[64]);
                            c.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                    }
                } catch (IOException e) {
                    // closed at the end of the test
                }
            });
            accepting.setDaemon(true);
            answering.setDaemon(true);
            accepting.start();
            answering.start();
            for (ServerSocket s : List.of(silent, junk)) {
                String master = "spark://127.0.0.1:" + s.getLocalPort();
                int status = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
                        () -> execute("run", tiny.toString(), "--engine", "spark", "--master", master, "--quiet",
                                "--out", tmp.resolve("out").toString()));
                assertEquals(Main.FAILURE, status, err.toString(StandardCharsets.UTF_8));
                List<String> lines = errLines();
                assertEquals(1, lines.size(), lines.toString());
                assertTrue(lines.get(0).startsWith("error: cannot reach the Spark master at " + master + " (something "
                        + (s == silent ? "accepts connections on that port but does not answer"
                                : "answers on that port, but not") + " as a Spark master"), lines.get(0));
                assertFalse(Files.exists(tmp.resolve("out")));
            }
        } finally {
            for (Socket c : List.copyOf(held)) {
                c.close();
            }
        }
    }
}
