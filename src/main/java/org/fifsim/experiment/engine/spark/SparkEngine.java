package org.fifsim.experiment.engine.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.fifsim.experiment.engine.Engine;
import org.fifsim.experiment.engine.EngineUnavailable;
import org.fifsim.experiment.engine.ReplicationChunk;
import org.fifsim.experiment.engine.SimulationFailure;
import org.fifsim.results.ReplicationResult;
import scala.Tuple2;

/**
 * Apache Spark: one Spark task per chunk, a partition per task, the result records collected to the driver, where the
 * local code writes every file. Each task reads the resolved scenario text and builds its own simulators, so nothing
 * from DSOL is serialised, and a retried task returns the same records. Spark starts on the first run, after every
 * input has been read; a master that cannot be reached is one line within seconds, not Spark's minute of retries.
 */
public final class SparkEngine implements Engine {
    /** How long to wait for a standalone master's port before giving up. */
    static final int CONNECT_TIMEOUT_MS = 5_000;

    private final String master;
    private JavaSparkContext context;

    /** @param master the master URL, or null when spark-submit sets it */
    public SparkEngine(String master) {
        this.master = master;
    }

    @Override
    public List<List<ReplicationResult>> run(List<ReplicationChunk> chunks, IntConsumer progress)
            throws SimulationFailure, EngineUnavailable {
        if (chunks.isEmpty()) {
            return List.of();
        }
        for (ReplicationChunk c : chunks) {
            if (c.text() == null) {
                throw new IllegalArgumentException("a scenario built in memory cannot run on Spark");
            }
        }
        JavaSparkContext sc = context();
        List<Tuple2<Integer, List<ReplicationResult>>> done;
        try {
            done = sc.parallelize(chunks, chunks.size()).map(SparkEngine::runChunk).collect();
        } catch (Exception e) { // Scala throws SparkException, a checked exception, without declaring it
            if (sc.sc().isStopped()) {
                throw new EngineUnavailable("the Spark application was stopped: " + oneLine(e), e);
            }
            throw new SimulationFailure("a Spark task", -1, rootCause(e));
        }
        List<List<ReplicationResult>> out = new ArrayList<>(chunks.size());
        for (int k = 0; k < chunks.size(); k++) {
            out.add(null);
        }
        // each chunk's place in the list, looked up once per returned chunk (a scan per chunk would be quadratic)
        Map<Integer, Integer> slots = new HashMap<>();
        for (int k = chunks.size() - 1; k >= 0; k--) {
            slots.put(chunks.get(k).index(), k); // backwards: an index given twice keeps its first place
        }
        int replications = 0;
        for (Tuple2<Integer, List<ReplicationResult>> d : done) {
            Integer slot = slots.get(d._1());
            if (slot == null) {
                throw new IllegalStateException("Spark returned a chunk that was not sent: " + d._1());
            }
            out.set(slot, d._2());
            replications += d._2().size();
        }
        progress.accept(replications);
        return out;
    }

    /** Starts Spark and waits for a first executor (a one-element job), so start-up is not counted as work. */
    @Override
    public void start() throws EngineUnavailable {
        context().parallelize(List.of(0), 1).count();
    }

    /** What a Spark task does: run the chunk's replications in order, keyed by the chunk's index. */
    private static Tuple2<Integer, List<ReplicationResult>> runChunk(ReplicationChunk chunk) throws SimulationFailure {
        return new Tuple2<>(chunk.index(), new ArrayList<>(chunk.runAll()));
    }

    private JavaSparkContext context() throws EngineUnavailable {
        if (context != null) {
            return context;
        }
        // before any Spark class is touched: spark-submit passes the master as a system property
        String url = master != null ? master : System.getProperty("spark.master", "");
        reachable(url);
        SparkConf conf = new SparkConf().setAppName("fifsim");
        if (master != null) {
            conf.setMaster(master);
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        if (url.startsWith("local")) {
            // everything stays on this machine: bind to loopback, never to a public interface
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        Path jar = applicationJar();
        if (jar != null && !conf.contains("spark.jars")) {
            conf.setJars(new String[] {jar.toString()}); // executors on other JVMs need fifsim's classes
        }
        try {
            context = new JavaSparkContext(conf);
            context.setLogLevel("WARN");
            return context;
        } catch (RuntimeException e) {
            throw new EngineUnavailable("cannot start Spark with master " + url + ": " + oneLine(rootCause(e)), e);
        }
    }

    /**
     * A standalone master that does not answer, or answers as something else, fails here within
     * {@link #CONNECT_TIMEOUT_MS}, not after Spark's three 20 s registration retries and their logged traces: the
     * port must accept a connection and answer a request in Spark's own transport framing (see {@link #speaksSpark}).
     */
    static void reachable(String url) throws EngineUnavailable {
        if (!url.startsWith("spark://")) {
            return;
        }
        long deadline = System.nanoTime() + CONNECT_TIMEOUT_MS * 1_000_000L;
        String last = "no address";
        for (String hostPort : url.substring("spark://".length()).replaceAll("/$", "").split(",")) {
            int colon = hostPort.lastIndexOf(':');
            String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            int port;
            try {
                port = colon < 0 ? 7077 : Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                last = "no port";
                continue;
            }
            int left = (int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000L);
            try (Socket s = new Socket()) {
                try {
                    s.connect(new InetSocketAddress(host, port), left);
                } catch (IOException | IllegalArgumentException e) {
                    last = s(e);
                    continue;
                }
                try {
                    s.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000L));
                    if (speaksSpark(s)) {
                        return;
                    }
                    last = "something answers on that port, but not as a Spark master";
                } catch (java.net.SocketTimeoutException e) {
                    last = "something accepts connections on that port but does not answer as a Spark master";
                } catch (IOException e) {
                    last = "something answers on that port, but not as a Spark master (" + s(e) + ")";
                }
            } catch (IOException e) {
                last = s(e); // closing the socket failed: nothing to add
            }
        }
        throw new EngineUnavailable("cannot reach the Spark master at " + url + " (" + last + ", waited at most "
                + CONNECT_TIMEOUT_MS / 1000 + " s)");
    }

    private static String s(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Spark's transport message types (network-common {@code Message.Type}): a request, and its two answers. */
    private static final byte RPC_REQUEST = 3;
    private static final byte RPC_RESPONSE = 4;
    private static final byte RPC_FAILURE = 5;

    /**
     * Sends one request in Spark's transport framing (frame length, type, request id, body length, body) with a body
     * that is no Spark message: a Spark RPC server answers it with a failure frame for that request id at once, while
     * a port that only accepts never answers and another server answers something else.
     */
    static boolean speaksSpark(Socket s) throws IOException {
        long id = 0x6669_6673_696dL; // "fifsim"
        byte[] body = {0};
        java.io.DataOutputStream out = new java.io.DataOutputStream(s.getOutputStream());
        out.writeLong(8 + 1 + 8 + 4 + body.length);
        out.writeByte(RPC_REQUEST);
        out.writeLong(id);
        out.writeInt(body.length);
        out.write(body);
        out.flush();
        java.io.DataInputStream in = new java.io.DataInputStream(s.getInputStream());
        long frame = in.readLong();
        byte type = in.readByte();
        return frame >= 17 && frame < (1 << 24) && (type == RPC_FAILURE || type == RPC_RESPONSE)
                && in.readLong() == id;
    }

    /** The jar fifsim runs from, or null when it runs from a classes folder (tests, IDE). */
    private static Path applicationJar() {
        try {
            var where = SparkEngine.class.getProtectionDomain().getCodeSource();
            if (where == null) {
                return null;
            }
            Path p = Path.of(where.getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static String oneLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }

    @Override
    public int parallelism() {
        return context != null ? context.defaultParallelism() : 0;
    }

    @Override
    public void close() {
        if (context != null) {
            context.stop();
            context = null;
        }
    }
}
