package org.fifsim.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.fifsim.Version;
import org.fifsim.scenario.Scenario;

/**
 * manifest.json: what is needed to reproduce a result (program version, the command, input hashes, seeds); and
 * run.json beside it: this run of it (the commit fifsim was built from, Java, machine, time, threads, wall time).
 * Rerunning the same command on the same inputs rewrites manifest.json byte for byte, so results kept under version
 * control stay clean; run.json changes every time and is kept out of version control.
 */
public final class Manifest {
    public static final String FILE = "manifest.json";
    public static final String RUN_FILE = "run.json";
    /** Facts about this run, not about the results: they go to run.json. */
    static final List<String> RUN_KEYS = List.of("git_commit", "java_version", "java_vendor", "os", "created",
            "threads", "wall_seconds", "events_per_second", "command_as_typed");
    /** Options that change how a run looks or how fast it goes, never its results. */
    private static final List<String> PRESENTATION_FLAGS = List.of("-q", "--quiet");
    private static final List<String> SPEED_OPTIONS = List.of("--threads");

    private Manifest() {
    }

    /**
     * Writes {@code manifest} as manifest.json (what reproduces the results) and run.json (this run) into
     * {@code dir}; the tree itself is left as it is.
     */
    public static void write(Path dir, ObjectNode manifest) throws IOException {
        ObjectNode results = manifest.deepCopy();
        ObjectNode run = Json.object();
        for (String k : RUN_KEYS) {
            if (results.has(k)) {
                run.set(k, results.remove(k));
            }
        }
        Json.write(dir.resolve(FILE), results);
        Json.write(dir.resolve(RUN_FILE), run);
    }

    /** The command without the options that cannot change a result ({@code -q}, {@code --threads T}). */
    static List<String> reproducing(List<String> command) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < command.size(); i++) {
            String a = command.get(i);
            if (PRESENTATION_FLAGS.contains(a)) {
                continue;
            }
            if (SPEED_OPTIONS.contains(a)) {
                i++; // and its value
                continue;
            }
            if (SPEED_OPTIONS.stream().anyMatch(o -> a.startsWith(o + "="))) {
                continue;
            }
            out.add(a);
        }
        return out;
    }

    public static ObjectNode build(List<Scenario> scenarios, int replications, int threads, List<String> command)
            throws IOException {
        ObjectNode root = Json.object();
        root.put("fifsim_version", Version.VERSION);
        root.put("git_commit", Version.gitCommit());
        root.put("java_version", System.getProperty("java.version"));
        root.put("java_vendor", System.getProperty("java.vendor"));
        root.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        root.put("created", Instant.now().toString());
        root.put("replications", replications);
        root.put("threads", threads);
        ArrayNode cmd = root.putArray("command");
        reproducing(command).forEach(cmd::add);
        ArrayNode typed = root.putArray("command_as_typed");
        command.forEach(typed::add);
        ArrayNode files = root.putArray("scenarios");
        for (Scenario s : scenarios) {
            ObjectNode f = files.addObject();
            f.put("name", s.name());
            f.put("file", s.source() == null ? "" : s.source().toString());
            // a scenario built in memory (tests, sweeps) may name a file that is not there
            f.put("sha256", s.source() == null || !Files.isReadable(s.source()) ? "" : sha256(s.source()));
            f.put("seed", s.run().seed());
        }
        return root;
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
