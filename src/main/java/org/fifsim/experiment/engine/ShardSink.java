package org.fifsim.experiment.engine;

import java.io.IOException;
import java.util.List;
import org.fifsim.results.ReplicationResult;

/** Where one shard of an array job keeps the results of its slice of the plan, for {@code fifsim merge}. */
public interface ShardSink {

    /** Slice {@code index} of {@code of}. */
    int index();

    int of();

    /**
     * Saves the slice's chunks with their results (in chunk order) under the plan's fingerprint.
     *
     * @param parallelism the engine's parallel replications, as the merged manifest records them
     */
    void save(Plan plan, List<ReplicationChunk> slice, List<List<ReplicationResult>> results, int parallelism)
            throws IOException;
}
