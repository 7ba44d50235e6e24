package org.fifsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.fifsim.Version;
import org.fifsim.experiment.engine.Plan;
import org.fifsim.experiment.engine.ReplicationChunk;
import org.fifsim.experiment.engine.ShardSink;
import org.fifsim.results.ReplicationResult;

/**
 * One shard of an array job on disk: {@code shard.json} says which slice of which plan it is and which command
 * planned it; {@code results.bin} holds the result records of its chunks (Java serialisation, so every double comes
 * back to the last bit). Written through {@link ResultsFolder}, so a folder that exists is a finished shard.
 */
public final class ShardFolder implements ShardSink {
    public static final String FORMAT = "fifsim-shard/1";
    static final String META = "shard.json";
    static final String RESULTS = "results.bin";
    /** Only result records and the JDK collections and arrays they are made of are read back. */
    private static final ObjectInputFilter ONLY_RESULTS = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;org.fifsim.results.*;java.util.*;java.lang.*;[D;[J;!*");

    private final Path dir;
    private final int index;
    private final int of;
    private final List<String> command;
    private final int parallelism;

    /**
     * @param dir the shard's folder
     * @param command the command line that planned the shards (merge runs it again without {@code --shard})
     */
    public ShardFolder(Path dir, int index, int of, List<String> command, int parallelism) {
        this.dir = dir;
        this.index = index;
        this.of = of;
        this.command = List.copyOf(command);
        this.parallelism = parallelism;
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
    public void save(Plan plan, List<ReplicationChunk> slice, List<List<ReplicationResult>> results)
            throws IOException {
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
            Json.write(folder.dir().resolve(META), meta);
            try (OutputStream file = Files.newOutputStream(folder.dir().resolve(RESULTS));
                    ObjectOutputStream out = new ObjectOutputStream(
                            new BufferedOutputStream(new GZIPOutputStream(file)))) {
                out.writeInt(slice.size());
                for (int k = 0; k < slice.size(); k++) {
                    out.writeInt(slice.get(k).index());
                    out.writeObject(new ArrayList<>(results.get(k)));
                }
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
            List<String> command, List<Integer> ran) {
    }

    /** Reads {@code shard.json}; an IOException says in one line what is wrong with the folder. */
    public static Meta meta(Path dir) throws IOException {
        JsonNode m;
        try {
            m = Json.MAPPER.readTree(dir.resolve(META).toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new IOException(dir + ": not a finished shard (no " + META + ")");
        } catch (IOException e) {
            throw new IOException(dir + ": " + META + " cannot be read: " + e.getMessage());
        }
        if (m == null || !FORMAT.equals(m.path("format").asText())) {
            throw new IOException(dir + ": " + META + " is not a fifsim shard (format " + FORMAT + ")");
        }
        List<String> command = new ArrayList<>();
        m.path("command").forEach(c -> command.add(c.asText()));
        List<Integer> ran = new ArrayList<>();
        m.path("ran").forEach(c -> ran.add(c.asInt()));
        return new Meta(dir, m.path("shard").asInt(), m.path("of").asInt(), m.path("plan").asText(),
                m.path("chunks").asInt(), m.path("threads").asInt(1), m.path("working_directory").asText(),
                command, ran);
    }

    /** Reads {@code results.bin}: every chunk's results by chunk index. */
    @SuppressWarnings("unchecked")
    public static Map<Integer, List<ReplicationResult>> results(Path dir) throws IOException {
        Map<Integer, List<ReplicationResult>> out = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(dir.resolve(RESULTS));
                ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(new GZIPInputStream(file)))) {
            in.setObjectInputFilter(ONLY_RESULTS);
            int n = in.readInt();
            for (int k = 0; k < n; k++) {
                int index = in.readInt();
                out.put(index, List.copyOf((List<ReplicationResult>) in.readObject()));
            }
        } catch (ClassNotFoundException | ClassCastException | java.io.InvalidClassException e) {
            throw new IOException(dir + ": " + RESULTS + " holds other records than this fifsim writes ("
                    + e.getMessage() + ")");
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            throw new IOException(dir + ": " + RESULTS + " is cut short or damaged");
        }
        return out;
    }
}
