package org.fifsim.experiment.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;

/**
 * The work of one command as a list of chunks, cell by cell (a cell is one scenario at one point), each cell's
 * replications cut into chunks. The plan depends on the inputs only, never on the engine or the machine, so shards
 * of an array job that plan the same inputs agree on every chunk.
 *
 * @param chunks the tasks, in plan order
 * @param cellSizes replications per cell, in cell order
 */
public record Plan(List<ReplicationChunk> chunks, List<Integer> cellSizes) {
    /** About what one task should take: long enough that a cluster's per-task cost is noise. */
    static final double TASK_SECONDS = 30;
    /** A cell is cut into at least this many chunks when it has the replications, so one cell still spreads. */
    static final int MIN_CHUNKS_PER_CELL = 4;

    public Plan {
        chunks = List.copyOf(chunks);
        cellSizes = List.copyOf(cellSizes);
    }

    /**
     * Replications {@code from..from+count-1} of every scenario of every row: {@code cells.get(s).get(p)} is scenario s
     * at point p; cells are numbered point by point, then scenario (the order results come back in).
     */
    public static Plan of(List<List<Scenario>> cells, int from, int count, boolean lean) {
        List<ReplicationChunk> chunks = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        int points = cells.get(0).size();
        for (int p = 0; p < points; p++) {
            for (List<Scenario> row : cells) {
                Scenario s = row.get(p);
                int cell = sizes.size();
                sizes.add(count);
                // as many chunks as the size asks for, sizes differing by at most one, so no straggler at the end
                int size = chunkSize(s, count);
                int k = (count + size - 1) / size;
                for (int i = 0, r = from; i < k; i++) {
                    int n = count / k + (i < count % k ? 1 : 0);
                    chunks.add(new ReplicationChunk(chunks.size(), cell, s, r, n, lean));
                    r += n;
                }
            }
        }
        return new Plan(chunks, sizes);
    }

    /**
     * Each request its own cell, in request order, cut into chunks as {@link #of(List, int, int, boolean)} cuts a
     * cell: requests of any shape (other designs, ranges and counts) in one plan, so one engine call runs them all.
     */
    public static Plan of(List<Request> requests, boolean lean) {
        List<ReplicationChunk> chunks = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (Request q : requests) {
            int cell = sizes.size();
            sizes.add(q.count());
            int size = chunkSize(q.design(), q.count());
            int k = (q.count() + size - 1) / size;
            for (int i = 0, r = q.from(); i < k; i++) {
                int n = q.count() / k + (i < q.count() % k ? 1 : 0);
                chunks.add(new ReplicationChunk(chunks.size(), cell, q.design(), r, n, lean));
                r += n;
            }
        }
        return new Plan(chunks, sizes);
    }

    /** Replications per chunk: about {@link #TASK_SECONDS} of work, but at least four chunks when there are four. */
    static int chunkSize(Scenario s, int replications) {
        double seconds = Math.max(1e-3, Cost.seconds(s)); // the estimate the run limits use, not a second guess
        int byTime = (int) Math.max(1, Math.floor(TASK_SECONDS / seconds));
        int bySpread = (replications + MIN_CHUNKS_PER_CELL - 1) / MIN_CHUNKS_PER_CELL;
        return Math.max(1, Math.min(byTime, bySpread));
    }

    /** Chunk results (in chunk order) joined per cell, replications in order. */
    public List<List<ReplicationResult>> cells(List<List<ReplicationResult>> byChunk) {
        List<List<ReplicationResult>> cells = new ArrayList<>();
        cellSizes.forEach(n -> cells.add(new ArrayList<>(n)));
        for (int k = 0; k < chunks.size(); k++) {
            cells.get(chunks.get(k).cell()).addAll(byChunk.get(k));
        }
        return cells.stream().map(List::copyOf).toList();
    }

    /** Total replications. */
    public int replications() {
        return chunks.stream().mapToInt(ReplicationChunk::count).sum();
    }

    /** The chunks of slice {@code i} of {@code n}: contiguous, sizes differing by at most one. */
    public List<ReplicationChunk> slice(int i, int n) {
        int size = chunks.size();
        return chunks.subList((int) ((long) i * size / n), (int) ((long) (i + 1) * size / n));
    }

    /** SHA-256 over every chunk's inputs: shards of different inputs have different fingerprints. */
    public String fingerprint() {
        return fingerprint(chunks);
    }

    static String fingerprint(List<ReplicationChunk> chunks) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (ReplicationChunk c : chunks) {
                md.update(c.identity().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
