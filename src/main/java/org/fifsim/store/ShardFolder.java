package org.fifsim.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.fifsim.Version;
import org.fifsim.experiment.ExperimentSpec;
import org.fifsim.experiment.engine.Plan;
import org.fifsim.experiment.engine.ReplicationChunk;
import org.fifsim.experiment.engine.ShardSink;
import org.fifsim.results.ReplicationResult;

/**
 * One shard of an array job on disk: {@code shard.json} says which slice of which plan it is, which command planned
 * it, and the size and SHA-256 of {@code results.bin}, which holds the result records of its chunks in the plain,
 * length-checked form of {@link RecordBinary} (every double back to the last bit). Written through
 * {@link ResultsFolder}, so a folder that exists is a finished shard. Reading checks the format, the fifsim version,
 * the size and the checksum before anything else, so a damaged, edited or foreign file is one line, not a trace.
 */
public final class ShardFolder implements ShardSink {
    /**
     * Version 3: the experiment saved as spec.json.gz, which merge runs again (version 2 saved the command line and
     * version 1 Java serialisation: refused, run such shards again).
     */
    public static final String FORMAT = "fifsim-shard/3";
    static final String META = "shard.json";
    static final String RESULTS = "results.bin";
    /** Compressed: a spec holds every point's resolved text (~5 KB), alike but for the varied keys. */
    static final String SPEC = "spec.json.gz";
    /** The most a spec may unpack to: the 10,000 runs a sweep may have, each its own design, with room to spare. */
    private static final long MAX_SPEC_BYTES = 1L << 30;
    /** The first bytes of results.bin. */
    private static final byte[] MAGIC = "fifsim-results/2\n".getBytes(StandardCharsets.US_ASCII);
    /** shard.json is a few KiB; anything far larger is not one. */
    private static final long MAX_META_BYTES = 1L << 20;

    private final Path dir;
    private final int index;
    private final int of;
    private final List<String> command;
    private final ExperimentSpec spec;

    private ShardFolder(Path dir, int index, int of, List<String> command, ExperimentSpec spec) {
        this.dir = dir;
        this.index = index;
        this.of = of;
        this.command = List.copyOf(command);
        this.spec = spec;
    }

    /**
     * Where shard {@code index} of {@code of} saves its slice.
     *
     * @param command the command line that planned the shards (merge compares the shards' and records it)
     * @param spec the experiment the shards run, saved for merge to run again on their results
     */
    public static ShardSink sink(Path dir, int index, int of, List<String> command, ExperimentSpec spec) {
        return new ShardFolder(dir, index, of, command, spec);
    }

    /** Where shard {@code index} of {@code of} of the results folder {@code target} goes. */
    public static Path beside(Path target, int index, int of) {
        return target.resolveSibling(target.getFileName() + ".shard-" + index + "-of-" + of);
    }

    public Path dir() {
        return dir;
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public int of() {
        return of;
    }

    @Override
    public void save(Plan plan, List<ReplicationChunk> slice, List<List<ReplicationResult>> results,
            int parallelism) throws IOException {
        try (ResultsFolder folder = ResultsFolder.open(dir)) {
            ObjectNode meta = Json.object();
            meta.put("format", FORMAT);
            meta.put("fifsim_version", Version.VERSION);
            meta.put("shard", index);
            meta.put("of", of);
            meta.put("plan", plan.fingerprint());
            meta.put("chunks", plan.chunks().size());
            meta.put("threads", parallelism);
            meta.put("working_directory", Path.of("").toAbsolutePath().toString());
            ArrayNode cmd = meta.putArray("command");
            command.forEach(cmd::add);
            ArrayNode ran = meta.putArray("ran");
            slice.forEach(c -> ran.add(c.index()));
            byte[] bin = binary(slice, results);
            meta.put("results_bytes", bin.length);
            meta.put("results_sha256", sha256(bin));
            if (spec == null) {
                throw new IllegalStateException("a shard saves the experiment it ran; this one was not given");
            }
            byte[] specBytes = gzip(Json.MAPPER.writeValueAsBytes(SpecJson.write(spec)));
            meta.put("spec_bytes", specBytes.length);
            meta.put("spec_sha256", sha256(specBytes));
            Json.write(folder.dir().resolve(META), meta);
            Path specFile = folder.dir().resolve(SPEC);
            try {
                Files.write(specFile, specBytes);
            } catch (IOException e) {
                throw OutputPaths.naming(specFile, e);
            }
            Path file = folder.dir().resolve(RESULTS);
            try {
                Files.write(file, bin);
            } catch (IOException e) {
                throw OutputPaths.naming(file, e);
            }
            folder.commit();
        }
    }

    /**
     * What a finished shard says about itself.
     *
     * @param ran the chunk indices it ran
     */
    public record Meta(Path dir, int shard, int of, String plan, int chunks, int threads, String workingDirectory,
            List<String> command, List<Integer> ran, long resultsBytes, String resultsSha256, long specBytes,
            String specSha256) {
    }

    private static byte[] binary(List<ReplicationChunk> slice, List<List<ReplicationResult>> results)
            throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(b)) {
            out.write(MAGIC);
            out.writeInt(slice.size());
            for (int k = 0; k < slice.size(); k++) {
                out.writeInt(slice.get(k).index());
                out.writeInt(results.get(k).size());
                for (ReplicationResult r : results.get(k)) {
                    RecordBinary.write(out, ReplicationResult.class, r);
                }
            }
        }
        return b.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(b)) {
            out.write(bytes);
        }
        return b.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Reads {@code shard.json}; an IOException says in one line what is wrong with the folder. */
    public static Meta meta(Path dir) throws IOException {
        Path file = dir.resolve(META);
        JsonNode m;
        try {
            if (!Files.isDirectory(dir)) {
                throw new IOException(dir + ": not a finished shard (" + (Files.exists(dir) ? "not a folder"
                        : "no such folder") + ")");
            }
            if (Files.exists(file) && (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || Files.size(file) > MAX_META_BYTES)) {
                throw new IOException(dir + ": " + META + " is not a shard's (not a plain file of at most 1 MiB)");
            }
            m = Json.MAPPER.readTree(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new IOException(dir + ": not a finished shard (no " + META + ")");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(dir + ": " + META + " is not JSON: " + e.getOriginalMessage());
        }
        String format = m == null ? "" : m.path("format").asText();
        if (format.startsWith("fifsim-shard/") && !FORMAT.equals(format)) {
            throw new IOException(dir + ": a shard in the format " + format + ", and this fifsim reads only " + FORMAT
                    + ": run the shard again with this fifsim");
        }
        if (!FORMAT.equals(format)) {
            throw new IOException(dir + ": " + META + " is not a fifsim shard (format " + FORMAT + ")");
        }
        String version = m.path("fifsim_version").asText();
        if (!Version.VERSION.equals(version)) {
            throw new IOException(dir + ": a shard written by fifsim " + version + ", and this is fifsim "
                    + Version.VERSION + ": shards of one job must come from one fifsim; run it again with this one");
        }
        for (String key : List.of("shard", "of", "chunks", "results_bytes", "spec_bytes")) {
            if (!m.path(key).canConvertToLong() || m.path(key).asLong() < 0 || m.path(key).asLong() > Integer.MAX_VALUE
                    || !m.path(key).isIntegralNumber()) {
                throw new IOException(dir + ": " + META + ": " + key + " must be a whole number, got "
                        + m.path(key));
            }
        }
        List<String> command = new ArrayList<>();
        m.path("command").forEach(c -> command.add(c.asText()));
        List<Integer> ran = new ArrayList<>();
        m.path("ran").forEach(c -> ran.add(c.asInt()));
        return new Meta(dir, m.path("shard").asInt(), m.path("of").asInt(), m.path("plan").asText(),
                m.path("chunks").asInt(), m.path("threads").asInt(1), m.path("working_directory").asText(),
                command, ran, m.path("results_bytes").asLong(), m.path("results_sha256").asText(),
                m.path("spec_bytes").asLong(), m.path("spec_sha256").asText());
    }

    /**
     * Reads {@code spec.json.gz}, the experiment the shard ran, after checking its size and SHA-256 against
     * {@code shard.json}; an IOException says in one line what is wrong.
     */
    public static JsonNode spec(Meta meta) throws IOException {
        Path file = meta.dir().resolve(SPEC);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(meta.dir() + ": not a finished shard (" + SPEC + " is " + (Files.exists(file,
                    LinkOption.NOFOLLOW_LINKS) ? "not a plain file" : "missing") + ")");
        }
        if (Files.size(file) != meta.specBytes() || meta.specBytes() > MAX_SPEC_BYTES) {
            throw new IOException(meta.dir() + ": " + SPEC + " is " + Files.size(file) + " bytes where " + META
                    + " says " + meta.specBytes() + ": it was cut short or changed; run the shard again");
        }
        byte[] bytes = Files.readAllBytes(file);
        if (!sha256(bytes).equals(meta.specSha256())) {
            throw new IOException(meta.dir() + ": " + SPEC + " does not match the checksum in " + META
                    + ": it was changed after the shard was written; run the shard again");
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] json = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_SPEC_BYTES + 1));
            if (json.length > MAX_SPEC_BYTES) {
                throw new IOException(meta.dir() + ": " + SPEC + " unpacks to more than a spec can hold");
            }
            return Json.MAPPER.readTree(json);
        } catch (java.util.zip.ZipException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(meta.dir() + ": " + SPEC + " is not a saved experiment: " + e.getMessage(), e);
        }
    }

    /** Reads {@code results.bin} of the shard {@code dir}: every chunk's results by chunk index. */
    public static Map<Integer, List<ReplicationResult>> results(Path dir) throws IOException {
        return results(meta(dir));
    }

    /**
     * Reads {@code results.bin}, after checking that it is a plain file of the size and SHA-256 {@code shard.json}
     * declares: only then is a byte of it parsed, and the parse never reads past the declared size.
     */
    public static Map<Integer, List<ReplicationResult>> results(Meta meta) throws IOException {
        Path dir = meta.dir();
        Path file = dir.resolve(RESULTS);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(dir + ": not a finished shard (" + RESULTS + " is " + (Files.exists(file,
                    LinkOption.NOFOLLOW_LINKS) ? "not a plain file" : "missing") + ")");
        }
        long size = Files.size(file);
        if (size != meta.resultsBytes()) {
            throw new IOException(dir + ": " + RESULTS + " is " + size + " bytes where " + META + " says "
                    + meta.resultsBytes() + ": it was cut short or changed; run the shard again");
        }
        byte[] bin;
        try (InputStream in = Files.newInputStream(file)) {
            bin = in.readNBytes((int) meta.resultsBytes());
        }
        if (!sha256(bin).equals(meta.resultsSha256())) {
            throw new IOException(dir + ": " + RESULTS + " does not match the checksum in " + META
                    + ": it was changed after the shard was written; run the shard again");
        }
        ByteBuffer in = ByteBuffer.wrap(bin);
        Map<Integer, List<ReplicationResult>> out = new LinkedHashMap<>();
        try {
            byte[] magic = new byte[MAGIC.length];
            if (in.remaining() < MAGIC.length || !java.util.Arrays.equals(readInto(in, magic), MAGIC)) {
                throw new RecordBinary.Malformed("does not start as fifsim's results do");
            }
            int chunks = in.getInt();
            if (chunks < 0 || chunks > in.remaining() / 8) {
                throw new RecordBinary.Malformed("declares " + chunks + " chunks");
            }
            for (int k = 0; k < chunks; k++) {
                int index = in.getInt();
                int n = in.getInt();
                if (n < 0 || n > in.remaining()) {
                    throw new RecordBinary.Malformed("declares " + n + " results for chunk " + index);
                }
                List<ReplicationResult> results = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    Object r = RecordBinary.read(in, ReplicationResult.class);
                    if (r == null) {
                        throw new RecordBinary.Malformed("holds an empty result in chunk " + index);
                    }
                    results.add((ReplicationResult) r);
                }
                if (out.put(index, List.copyOf(results)) != null) {
                    throw new RecordBinary.Malformed("holds chunk " + index + " twice");
                }
            }
            if (in.hasRemaining()) {
                throw new RecordBinary.Malformed("has " + in.remaining() + " bytes after its last chunk");
            }
        } catch (RecordBinary.Malformed e) {
            throw new IOException(dir + ": " + RESULTS + " " + e.getMessage() + ": run the shard again");
        } catch (java.nio.BufferUnderflowException e) {
            throw new IOException(dir + ": " + RESULTS + " ends in the middle of a record: run the shard again");
        }
        return out;
    }

    private static byte[] readInto(ByteBuffer in, byte[] b) {
        in.get(b);
        return b;
    }
}
