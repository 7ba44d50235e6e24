package org.fifsim.experiment.engine;

import java.util.List;
import java.util.Map;
import org.fifsim.results.ReplicationResult;

/**
 * Where the replications of a command run, as data: this JVM's threads, Apache Spark, or the saved results of an
 * array job's shards. Commands say which; only {@link #open()} builds the engine, so no command constructs one.
 *
 * @param name {@code local} or {@code spark}
 * @param master the Spark master, or null (local, or spark-submit sets it)
 * @param threads parallel replications of the local engine
 * @param replay the shards' results that stand in for an engine ({@code fifsim merge}), or null
 */
public record EngineChoice(String name, String master, int threads, Replay replay) {
    static final String SPARK_ENGINE = "org.fifsim.experiment.engine.spark.SparkEngine";

    /**
     * The results an array job's shards saved, chunk by chunk.
     *
     * @param plan the fingerprint of the plan the shards ran
     * @param threads the parallel replications the shards recorded
     */
    public record Replay(String plan, Map<Integer, List<ReplicationResult>> byChunk, int threads) {
    }

    /** This JVM's threads. */
    public static EngineChoice local(int threads) {
        return new EngineChoice("local", null, threads, null);
    }

    /** True when Spark runs the work (not a replay of shards). */
    public boolean spark() {
        return replay == null && name.equals("spark");
    }

    /** The engine; nothing connects until its first run. */
    public Engine open() throws EngineUnavailable {
        if (replay != null) {
            return new ReplayEngine(replay.plan(), replay.byChunk(), replay.threads());
        }
        return spark() ? spark(master) : new LocalEngine(threads);
    }

    private static Engine spark(String master) throws EngineUnavailable {
        try {
            Class.forName("org.apache.spark.SparkContext", false, EngineChoice.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new EngineUnavailable("--engine spark needs Apache Spark on the class path: start fifsim with "
                    + "./fifsim (it adds Spark from the Maven build) or with spark-submit");
        }
        try {
            return (Engine) Class.forName(SPARK_ENGINE).getConstructor(String.class).newInstance(master);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new EngineUnavailable("cannot load the Spark engine: " + e, e);
        }
    }
}
