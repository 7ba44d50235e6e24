package org.fifsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fifsim.experiment.ExperimentSpec;
import org.fifsim.experiment.Runner;
import org.fifsim.experiment.Watch;
import org.fifsim.experiment.engine.EngineChoice;
import org.fifsim.experiment.engine.EngineUnavailable;
import org.fifsim.experiment.engine.ShardSink;
import org.fifsim.store.ResultsFolder;
import org.fifsim.store.ShardFolder;
import org.fifsim.store.UnsafeOutput;
import picocli.CommandLine.Option;

/** Where the replications run: this machine's threads or Spark, all of the work or one shard of an array job. */
final class EngineOptions {
    /**
     * The masters fifsim itself can start Spark with: in this JVM ({@code local}, {@code local[N]}, {@code local[*]},
     * optionally with a task retry count) or a standalone cluster ({@code spark://HOST:PORT}, several for a
     * high-availability pair). YARN and Kubernetes need Spark modules fifsim does not carry (Mesos left Spark in 4.0):
     * there, spark-submit sets the master and --master is left out.
     */
    private static final Pattern MASTER = Pattern.compile(
            "local(\\[([1-9][0-9]{0,3}|\\*)(,[0-9]{1,3})?\\])?|spark://[^\\s/]+/?");
    /** One {@code HOST:PORT} of a standalone master URL. */
    private static final Pattern HOST_PORT = Pattern.compile("([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]):([0-9]{1,5})");
    static final String MASTERS = "local, local[N] or spark://HOST:PORT";
    private static final Pattern SHARD = Pattern.compile("([0-9]{1,6})/([0-9]{1,6})");
    static final int MAX_SHARDS = 100_000;

    @Option(names = "--engine", paramLabel = "NAME",
            description = "local (default: this machine's threads) or spark (Apache Spark; see --master)")
    String engine = "local";

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master for --engine spark: local, local[N] or spark://HOST:PORT; leave out under "
                    + "spark-submit (the way to YARN and Kubernetes)")
    String master;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "run only slice I of N (I from 0) of the work, into DIR.shard-I-of-N; "
                    + "'fifsim merge' joins the N shards into DIR")
    String shard;

    /** {@code --shard I/N} as numbers, set by {@link #check()}, which every command calls before {@link #service}. */
    private int shardIndex;
    private int shardCount;

    /** A problem with the values, or null. */
    String check() {
        if (!engine.equals("local") && !engine.equals("spark")) {
            return "--engine must be local or spark, got '" + engine + "'";
        }
        if (master != null && !engine.equals("spark")) {
            return "--master needs --engine spark";
        }
        if (master != null) {
            String bad = masterProblem(master);
            if (bad != null) {
                return bad;
            }
        }
        if (engine.equals("spark") && master == null && System.getProperty("spark.master") == null) {
            return "--engine spark needs --master (" + MASTERS + ") unless spark-submit runs it";
        }
        if (shard != null) {
            Matcher m = SHARD.matcher(shard.strip());
            if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > MAX_SHARDS
                    || Integer.parseInt(m.group(1)) >= Integer.parseInt(m.group(2))) {
                return "--shard must be I/N with 0 <= I < N <= " + MAX_SHARDS + " (e.g. 0/8 for the first of 8), got '"
                        + shard + "'";
            }
            shardIndex = Integer.parseInt(m.group(1));
            shardCount = Integer.parseInt(m.group(2));
        }
        return null;
    }

    /** Why {@code url} is not a master fifsim can start Spark with, or null. */
    static String masterProblem(String url) {
        if (url.startsWith("yarn") || url.startsWith("k8s://") || url.startsWith("mesos://")) {
            return "--master must be " + MASTERS + ", got '" + url + "': YARN and Kubernetes masters need "
                    + "spark-submit (leave --master out there; see the README, More than one machine)";
        }
        if (!MASTER.matcher(url).matches()) {
            return "--master must be " + MASTERS + ", got '" + url + "'";
        }
        if (url.startsWith("spark://")) {
            for (String hostPort : url.substring("spark://".length()).replaceAll("/$", "").split(",", -1)) {
                Matcher m = HOST_PORT.matcher(hostPort);
                if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 65_535) {
                    return "--master spark://HOST:PORT needs a host and a port from 1 to 65535 for each master, got '"
                            + url + "'";
                }
            }
        }
        return null;
    }

    /** The closing line of a shard: its results wait beside the command's folder for {@code fifsim merge}. */
    void printShardSaved(java.io.PrintWriter out, String what, Path target) {
        out.printf("%s: shard %s saved beside %s; join the shards with 'fifsim merge'%n", what, shard, target);
        out.flush();
    }

    /** Where the work ran, for the closing line: "2 threads" or "Spark local[2]". */
    String where(int threads) {
        if (engine.equals("spark")) {
            return "Spark " + (master != null ? master : System.getProperty("spark.master", ""));
        }
        return threads + " threads";
    }

    boolean sharded() {
        return shard != null;
    }

    /** Where the work runs, as data for the runner. */
    EngineChoice choice(int threads) {
        return new EngineChoice(engine, master, threads, null);
    }

    /**
     * The runner of a command's experiments. Nothing starts here: an engine connects on its first run, after every
     * input is read. A shard saves {@code spec} beside its target, so {@code fifsim merge} can run it again.
     */
    Runner runner(ExperimentSpec spec, Watch watch) throws EngineUnavailable, UnsafeOutput {
        ExperimentSpec.Output o = spec.output();
        return new Runner(choice(o.threads()), shard(o.target(), o.inputs(), o.command(), spec), watch);
    }

    /**
     * The runner of {@code fifsim merge}: the shards' saved results replayed on this machine's threads, in the plan
     * they ran, so the saved spec runs as the command did without simulating again.
     */
    static Runner replaying(EngineChoice.Replay shards, int threads, Watch watch) throws EngineUnavailable {
        return new Runner(new EngineChoice("local", null, threads, shards), null, watch);
    }

    private ShardSink shard(Path target, List<Path> inputs, List<String> command, ExperimentSpec spec)
            throws UnsafeOutput {
        if (!sharded()) {
            return null;
        }
        Path dir = ShardFolder.beside(target, shardIndex, shardCount);
        ResultsFolder.check(dir, inputs); // before anything is simulated, as for every results folder
        return ShardFolder.sink(dir, shardIndex, shardCount, command, spec);
    }
}
