package org.fifsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's build step, with stderr a pipe (a CI log): Maven 3.8 writes colour resets (ESC[0m) even in batch
 * mode, and none of them reaches the log. A stand-in {@code mvn} prints them and "builds" by copying the real jar.
 */
class LauncherIT {
    @TempDir
    Path tmp;

    @Test
    void aBuildOnFirstUseWritesNoEscapeCodesToAPipe() throws Exception {
        Path jar = Path.of("target", "fifsim.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "runs after package");
        Path root = tmp.resolve("checkout");
        Files.createDirectories(root.resolve("src/main"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path launcher = root.resolve("fifsim");
        Files.copy(Path.of("fifsim"), launcher);
        launcher.toFile().setExecutable(true);
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/usr/bin/env bash\n"
                + "printf '\\033[0m\\033[0m' >&2\nprintf '\\033[1mbuilt\\033[m\\n'\n"
                + "mkdir -p target && cp '" + jar + "' target/fifsim.jar && : > target/spark-classpath.txt\n");
        mvn.toFile().setExecutable(true);
        ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), "--version");
        pb.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        pb.redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the launcher ends");
        String out = Files.readString(tmp.resolve("out"), StandardCharsets.UTF_8);
        String err = Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), err);
        assertTrue(err.contains("building") && err.contains("built"), "the build's own words stay: " + err);
        assertFalse(err.contains("\u001b") || out.contains("\u001b"), "no escape code in a log: " + err);
        assertTrue(out.startsWith("fifsim "), out);
    }
}
