package org.fifsim.report;

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

/** manifest.json: what is needed to reproduce a result (program version and commit, input hash, seed, Java). */
public final class Manifest {
    private Manifest() {
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
        command.forEach(cmd::add);
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
