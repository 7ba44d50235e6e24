package org.fifsim.experiment.engine;

import java.util.List;
import java.util.function.IntConsumer;
import org.fifsim.results.ReplicationResult;

/**
 * Runs the chunks of a plan somewhere: on this JVM's threads ({@link LocalEngine}) or on a cluster. Every engine
 * returns the same records for the same chunks, so statistics, reports and files do not depend on the engine.
 */
public interface Engine extends AutoCloseable {

    /**
     * Runs every chunk and returns each chunk's results in chunk order (replications in order within a chunk).
     *
     * @param progress told the number of finished replications (an engine may tell only at the end)
     */
    List<List<ReplicationResult>> run(List<ReplicationChunk> chunks, IntConsumer progress)
            throws SimulationFailure, InterruptedException, EngineUnavailable;

    /** Connects to the cluster, if any, so its start-up is not counted as the work's time. */
    default void start() throws EngineUnavailable {
    }

    /** True when the results are replayed from shards: the time taken is then not the simulation's. */
    default boolean replays() {
        return false;
    }

    /** Parallel replications, as recorded in manifest.json ("threads"). */
    int parallelism();

    /** Releases the engine's threads or cluster connection. */
    @Override
    void close();
}
