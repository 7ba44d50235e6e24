package org.fifsim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** fifsim's version, from the build, and the git commit of the checkout it runs from, when known. */
public final class Version {
    public static final String VERSION = load();

    private Version() {
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/fifsim-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }

    /** The commit of the repository holding the running jar (or the working directory), "+dirty" if modified. */
    public static String gitCommit() {
        Path dir = Path.of("").toAbsolutePath();
        try {
            Path jar = Path.of(Version.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = jar.getParent() != null ? jar.getParent().getParent() : null;
            if (candidate != null && Files.isDirectory(candidate.resolve(".git"))) {
                dir = candidate;
            }
        } catch (Exception e) {
            // fall back to the working directory
        }
        String head = git(dir, "rev-parse", "HEAD");
        if (head == null) {
            return "unknown";
        }
        String status = git(dir, "status", "--porcelain", "--untracked-files=no");
        return status != null && !status.isBlank() ? head + "+dirty" : head;
    }

    private static String git(Path dir, String... args) {
        try {
            String[] cmd = new String[args.length + 3];
            cmd[0] = "git";
            cmd[1] = "-C";
            cmd[2] = dir.toString();
            System.arraycopy(args, 0, cmd, 3, args.length);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return new String(out, java.nio.charset.StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
