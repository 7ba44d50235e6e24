package org.fifsim.experiment.engine.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starting the JVMs of the Spark tests: the packaged jar, Spark from the build, loopback only. */
final class SparkJvms {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path JAR = PROJECT.resolve("target/fifsim.jar");
    static final Path SPARK_HOME = PROJECT.resolve("target/spark-home");
    /** The JDK 17 openings Spark needs (its launcher's list), for JVMs we start without spark-submit's launcher. */
    static final List<String> OPENS = List.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io",
            "java.net", "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic",
            "jdk.internal.ref", "sun.nio.ch", "sun.nio.cs", "sun.security.action", "sun.util.calendar");

    /** A small random scenario (breakdowns, random cycles) of a few simulated days. */
    static final String SMALL = org.fifsim.cli.SweepCliTest.SMALL.replace(
            "run: {horizon: 3d, warmup: 1d, replications: 2, seed: 7}",
            "run: {horizon: 5d, warmup: 1d, replications: 4, seed: 11}");

    private SparkJvms() {
    }

    static void assumeBuilt() {
        assertTrue(Files.isRegularFile(JAR), "run after 'mvn package': " + JAR);
        assertTrue(Files.isDirectory(SPARK_HOME.resolve("jars")), "run after 'mvn pre-integration-test': "
                + SPARK_HOME.resolve("jars"));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** java with Spark's openings, a small heap and the given class path. */
    static List<String> javaWith(String classPath, String heap) {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx" + heap, "-XX:+UseSerialGC"));
        OPENS.forEach(p -> cmd.add("--add-opens=java.base/" + p + "=ALL-UNNAMED"));
        cmd.addAll(List.of("-Djava.awt.headless=true", "-cp", classPath));
        return cmd;
    }

    static String sparkJars() {
        return SPARK_HOME.resolve("jars") + File.separator + "*";
    }

    /** A process with its output in {@code log}, bound to loopback, Spark home set. */
    static Process start(List<String> cmd, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(PROJECT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", SPARK_HOME.toString());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        // a Spark home without a RELEASE build: the worker's executor launcher asks for the Scala version
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().remove("SPARK_CONF_DIR");
        return pb.start();
    }

    /** Runs a process to its end (at most {@code minutes}); its exit status. */
    static int finish(Process p, int minutes) throws InterruptedException {
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            stop(p);
            throw new AssertionError("did not finish in " + minutes + " min: " + p.info().commandLine().orElse("?"));
        }
        return p.exitValue();
    }

    /** Stops a process we started, and the processes it started, by their handles. */
    static void stop(Process p) {
        if (p == null) {
            return;
        }
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        try {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
    }

    static void sameBytes(Path a, Path b, String... files) throws IOException {
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)),
                    f + " differs between " + a + " and " + b);
        }
    }
}
