import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Compares builds on a busy machine: {@code java scripts/PairCpu.java SCENARIO ROUNDS JAR...} loads each fifsim jar
 * in its own class loader in one JVM, runs one warm-up replication of each, then replications 0..ROUNDS-1 of each
 * build in turn, and prints each build's thread CPU seconds per replication (min, median) and the median of its
 * per-round ratio to the first jar. Builds alternated replication by replication see the same load, so the ratio
 * holds where wall times (and even whole-process CPU) swing by 20% between runs.
 */
public class PairCpu {
    /** Where the build keeps its replication runner: experiment.engine since 2026-12-07, experiment before. */
    private static Class<?> replicationRunner(ClassLoader l) throws ClassNotFoundException {
        try {
            return l.loadClass("org.fifsim.experiment.engine.ReplicationRunner");
        } catch (ClassNotFoundException e) {
            return l.loadClass("org.fifsim.experiment.ReplicationRunner");
        }
    }

    public static void main(String[] a) throws Exception {
        Path scenario = Path.of(a[0]);
        int rounds = Integer.parseInt(a[1]);
        int k = a.length - 2;
        Object[] sc = new Object[k];
        Method[] run = new Method[k];
        for (int j = 0; j < k; j++) {
            ClassLoader l = new URLClassLoader(new URL[] {Path.of(a[2 + j]).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> sClass = l.loadClass("org.fifsim.scenario.Scenario");
            sc[j] = l.loadClass("org.fifsim.scenario.io.ScenarioReader").getMethod("read", Path.class).invoke(null, scenario);
            run[j] = replicationRunner(l).getMethod("run", sClass, int.class);
            run[j].invoke(null, sc[j], 1000); // warm-up
        }
        var mx = ManagementFactory.getThreadMXBean();
        double[][] cpu = new double[k][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int j = 0; j < k; j++) {
                long t0 = mx.getCurrentThreadCpuTime();
                run[j].invoke(null, sc[j], r);
                cpu[j][r] = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
            }
        }
        for (int j = 0; j < k; j++) {
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = cpu[j][r] / cpu[0][r];
            }
            Arrays.sort(ratio);
            double[] c = cpu[j].clone();
            Arrays.sort(c);
            System.out.printf("%-12s %s cpu min %.3f median %.3f  ratio to first: median %.3f%n",
                    Path.of(a[2 + j]).getFileName(), scenario.getFileName(), c[0], c[rounds / 2], ratio[rounds / 2]);
        }
    }
}
