package org.fifsim;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * fifsim's version and the git commit it was built from, both recorded at build time (Maven resource filtering and
 * git-commit-id-maven-plugin into {@code fifsim-version.properties}), never read from the current folder at run time,
 * which may be an unrelated repository.
 */
public final class Version {
    private static final Properties BUILD = load();
    public static final String VERSION = value("version", "dev");

    private Version() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/fifsim-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable jar resource: the values below say "unknown"
        }
        return p;
    }

    /** A filtered value, or {@code fallback} when the build did not fill it in (left as ${...}). */
    private static String value(String key, String fallback) {
        String v = BUILD.getProperty(key, "").strip();
        return v.isEmpty() || v.startsWith("${") ? fallback : v;
    }

    /** The commit fifsim was built from, "+dirty" if the checkout had changes; "unknown" outside a git checkout. */
    public static String gitCommit() {
        String head = value("commit", null);
        if (head == null) {
            return "unknown";
        }
        return "true".equals(value("dirty", "false")) ? head + "+dirty" : head;
    }
}
