package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts fifsim in a JVM of its own, on this test JVM's classpath, for tests that signal, kill or starve it. */
final class ForkedFifsim {
    private ForkedFifsim() {
    }

    /** The classpath of this test JVM (surefire's real one, not its manifest-only booter jar). */
    static String classpath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    /**
     * Starts {@code java [jvmOptions] org.fifsim.cli.Main args} in {@code dir} as its current folder, stdout and stderr
     * to {@code stdout.txt} and {@code stderr.txt} there. A signal ignored by the parent stays ignored in the child (a background job of
     * a non-interactive shell ignores SIGINT), so the child starts through {@code env --default-signal=INT} where env
     * supports it, as if from an interactive terminal.
     */
    static Process start(Path dir, List<String> jvmOptions, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (envResetsSignals()) {
            cmd.addAll(List.of("env", "--default-signal=INT"));
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-Djava.awt.headless=true", "-cp", classpath(), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
    }

    /** Waits for the end; fails the test after {@code seconds}. */
    static int await(Process p, int seconds) throws InterruptedException {
        boolean ended = p.waitFor(seconds, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "fifsim did not end within " + seconds + " s");
        return p.exitValue();
    }

    /**
     * Whether a started child will act on SIGINT: env can reset it, or it is not ignored here to begin with
     * (Linux: bit 2 of SigIgn in /proc/self/status).
     */
    static boolean sigintReachesChildren() {
        if (envResetsSignals()) {
            return true;
        }
        try {
            String ignored = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("SigIgn:")).findFirst().orElse("SigIgn: 0").substring(7).trim();
            return (Long.parseLong(ignored, 16) & 2) == 0;
        } catch (IOException | RuntimeException e) {
            return true; // no /proc: assume the usual case, a terminal or CI runner that does not ignore it
        }
    }

    private static Boolean envResets;

    private static synchronized boolean envResetsSignals() {
        if (envResets == null) {
            try {
                Process p = new ProcessBuilder("env", "--default-signal=INT", "true").redirectErrorStream(true)
                        .start();
                envResets = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                envResets = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                envResets = false;
            }
        }
        return envResets;
    }
}
