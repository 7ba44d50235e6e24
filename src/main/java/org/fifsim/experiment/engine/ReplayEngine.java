package org.fifsim.experiment.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.fifsim.results.ReplicationResult;

/**
 * Hands back the results that the shards of an array job saved, chunk by chunk, instead of simulating: the command
 * that planned the shards then writes the same outputs as one run. Refuses a plan other than the shards'.
 */
public final class ReplayEngine implements Engine {
    private final String fingerprint;
    private final Map<Integer, List<ReplicationResult>> byChunk;
    private final int parallelism;

    /**
     * @param fingerprint the plan the shards ran ({@link Plan#fingerprint()})
     * @param byChunk every chunk's results by chunk index
     * @param parallelism what the shards recorded as their parallel replications
     */
    public ReplayEngine(String fingerprint, Map<Integer, List<ReplicationResult>> byChunk, int parallelism) {
        this.fingerprint = fingerprint;
        this.byChunk = Map.copyOf(byChunk);
        this.parallelism = parallelism;
    }

    @Override
    public List<List<ReplicationResult>> run(List<ReplicationChunk> chunks, IntConsumer progress)
            throws EngineUnavailable {
        if (!Plan.fingerprint(chunks).equals(fingerprint) || chunks.size() != byChunk.size()) {
            throw new EngineUnavailable("the shards were run on other inputs than the files now give (a scenario file "
                    + "changed since, or the command differs); run the shards again", true, null);
        }
        List<List<ReplicationResult>> out = new ArrayList<>();
        int done = 0;
        for (ReplicationChunk c : chunks) {
            List<ReplicationResult> r = byChunk.get(c.index());
            out.add(r);
            done += r.size();
        }
        progress.accept(done);
        return out;
    }

    @Override
    public boolean replays() {
        return true;
    }

    @Override
    public int parallelism() {
        return parallelism;
    }

    @Override
    public void close() {
        // nothing held
    }
}
