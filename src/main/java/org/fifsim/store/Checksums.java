package org.fifsim.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@value #FILE}: the SHA-256 of each file a later command reads back ({@link #COVERED}), written by
 * {@link ResultsFolder#commit()} into every folder of the results that holds one, so that {@code account} refuses a
 * file changed since fifsim wrote it. Deterministic (names in a fixed order, digests of the bytes), so identical
 * runs still give identical folders. Folders without it (results written before it existed) are read as before.
 */
public final class Checksums {
    /** The file holding the digests, beside the files it covers. */
    public static final String FILE = "checksums.json";
    /** The files read back by later commands, in the order they are listed. */
    static final List<String> COVERED = List.of(ActivityJson.ACTIVITY, ActivityJson.FACTORS, "summary.json");

    private Checksums() {
    }

    /** Writes {@value #FILE} into every folder under {@code root} (itself included) holding a covered file. */
    static void writeAll(Path root) throws IOException {
        List<Path> dirs;
        try (Stream<Path> walk = Files.walk(root)) {
            dirs = walk.filter(Files::isDirectory).sorted().toList();
        }
        for (Path dir : dirs) {
            ObjectNode sums = Json.object();
            for (String name : COVERED) {
                Path f = dir.resolve(name);
                if (Files.isRegularFile(f)) {
                    sums.put(name, sha256(f));
                }
            }
            if (!sums.isEmpty()) {
                Json.write(dir.resolve(FILE), Json.object().put("algorithm", "SHA-256").set("files", sums));
            }
        }
    }

    /**
     * Why a file of {@code dir} cannot be trusted ("…/summary.json: changed since fifsim wrote it"), or null when
     * every file {@value #FILE} lists is as written, or there is no {@value #FILE}.
     */
    public static String problem(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return null;
        }
        JsonNode files;
        try {
            files = Json.MAPPER.readTree(file.toFile()).path("files");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return file + ": changed since fifsim wrote it (not JSON)";
        }
        if (!files.isObject() || files.isEmpty()) {
            return file + ": changed since fifsim wrote it (lists no files)";
        }
        for (String name : COVERED) {
            Path f = dir.resolve(name);
            JsonNode want = files.get(name);
            if (want == null) {
                if (Files.exists(f)) {
                    return f + ": not in " + FILE + ", so not as fifsim wrote it";
                }
                continue;
            }
            if (!Files.isRegularFile(f)) {
                continue; // a missing file is named by the reader
            }
            if (!want.asText().equals(sha256(f))) {
                return f + ": changed since fifsim wrote it";
            }
        }
        return null;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
