package org.fifsim.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fifsim.experiment.ExperimentOutcome;
import org.fifsim.experiment.ExperimentSpec;
import org.fifsim.experiment.engine.Experiment;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Durations;
import org.fifsim.scenario.RunSpec;
import org.fifsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code fifsim bench}: times replications in this JVM on one thread and on all cores, and prints seconds per
 * replication-year, model events per second, peak heap and the process's CPU seconds per replication-year. Whole-process timing, JVM start included, is the
 * {@code bench} script's job.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures speed: seconds per replication-year, events per second and peak heap, on 1 thread "
                + "and on all cores. Writes nothing (--report writes into a temporary folder it removes).")
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "scenarios (default scenarios/bench-packline.yaml scenarios/seres-fif.yaml)")
    private List<Path> files;

    @Option(names = "--replications", paramLabel = "N", description = "replications per measurement (default 4)")
    private int replications = 4;

    @Option(names = "--threads", paramLabel = "T", description = "thread counts to measure (default 1 and all cores)",
            split = ",")
    private List<Integer> threads;

    @Option(names = "--report", description = "also time the report and charts of one replication, written to a "
            + "temporary folder that is removed afterwards (first write cold, then the median of three)")
    private boolean report;

    @Option(names = "--horizon", paramLabel = "D", description = "replications of this length (e.g. 60d) instead of "
            + "the scenario's, its warm-up kept: what the many short replications of a search cost")
    private String horizon;

    @Option(names = "--warmup-runs", paramLabel = "N", description = "untimed runs first, to warm the JIT (default 1)")
    private int warmupRuns = 1;

    @Override
    public Integer call() throws Exception {
        String bad = check();
        if (bad != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), bad);
        }
        List<Path> inputs = files == null || files.isEmpty()
                ? List.of(Path.of("scenarios/bench-packline.yaml"), Path.of("scenarios/seres-fif.yaml")) : files;
        List<Scenario> scenarios = Inputs.read(inputs, spec.commandLine().getErr());
        if (scenarios == null) {
            return Main.BAD_INPUT;
        }
        if (horizon != null) {
            double h;
            try {
                h = Durations.parseSeconds(horizon);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--horizon " + e.getMessage());
            }
            for (Scenario s : scenarios) {
                if (!(h > s.run().warmup())) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "--horizon must be longer than " + s.name() + "'s warm-up, got " + horizon);
                }
            }
            scenarios = scenarios.stream().map(s -> s.withRun(new RunSpec(h, s.run().warmup(),
                    s.run().replications(), s.run().seed()))).toList();
        }
        List<Integer> counts = threads != null ? threads
                : List.of(1, Experiment.defaultThreads()).stream().distinct().toList();
        // the whole measurement, warm-up included, within the limits of a run (work and heap)
        int most = counts.stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Scenario> whole = scenarios.stream().map(s -> s.withRun(s.run().withReplications(
                replications * counts.size() + warmupRuns))).toList();
        List<String> tooBig = Limits.problems(whole, most, Limits.DEFAULT_MAX_EVENTS, Runtime.getRuntime().maxMemory());
        if (!tooBig.isEmpty()) {
            tooBig.forEach(spec.commandLine().getErr()::println);
            spec.commandLine().getErr().flush();
            return Main.BAD_INPUT;
        }
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-16s %7s %5s %9s %12s %12s %10s %9s %14s%n", "scenario", "threads", "reps", "wall s",
                "s/rep-year", "events/s", "speed-up", "heap MiB", "cpu s/rep-year");
        for (Scenario original : scenarios) {
            Scenario s = original.withRun(original.run().withReplications(replications));
            for (int i = 0; i < warmupRuns; i++) {
                Experiment.run(s.withRun(s.run().withReplications(1)), 1, d -> { });
            }
            double serialWall = Double.NaN;
            for (int t : counts) {
                resetPeaks();
                System.gc();
                long t0 = System.nanoTime();
                long c0 = processCpuNanos();
                List<ReplicationResult> r = Experiment.run(s, t, d -> { });
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = (processCpuNanos() - c0) / 1e9;
                long events = r.stream().mapToLong(ReplicationResult::events).sum();
                double years = replications * s.run().horizon() / Durations.YEAR;
                if (t == 1) {
                    serialWall = wall;
                }
                out.printf(Locale.ROOT, "%-16s %7d %5d %9.2f %12.3f %12s %10s %9.0f %14.3f%n", s.name(), t, replications,
                        wall, wall / years, String.format(Locale.ROOT, "%,.0f", events / wall),
                        t == 1 || Double.isNaN(serialWall) ? "" : String.format(Locale.ROOT, "%.2fx", serialWall / wall),
                        peakHeapMiB(), cpu / years);
                out.flush();
            }
            if (report) {
                timeReport(s, out);
            }
        }
        return Main.OK;
    }

    /** The report and charts of one replication after its simulation: cold (first in this JVM), then warm. */
    private static void timeReport(Scenario s, java.io.PrintWriter out) throws Exception {
        Scenario one = s.withRun(s.run().withReplications(1));
        List<ReplicationResult> r = Experiment.run(one, 1, d -> { });
        Path tmp = java.nio.file.Files.createTempDirectory("fifsim-bench-report");
        try {
            double[] walls = new double[4];
            for (int i = 0; i < walls.length; i++) {
                Path target = tmp.resolve("r" + i);
                long t0 = System.nanoTime();
                org.fifsim.report.Publish.run(new ExperimentOutcome.RunOutcome(new ExperimentSpec.Run(one, null, true,
                        new ExperimentSpec.Output(target, List.of(), 1, List.of("bench"), true)), one, r, null));
                walls[i] = (System.nanoTime() - t0) / 1e9;
            }
            double[] warm = java.util.Arrays.copyOfRange(walls, 1, walls.length);
            java.util.Arrays.sort(warm);
            out.printf(Locale.ROOT, "%-16s report and charts of 1 replication: %.2f s cold, %.2f s warm (median of 3)%n",
                    s.name(), walls[0], warm[1]);
            out.flush();
        } finally {
            // only what this method created
            try (var paths = java.nio.file.Files.walk(tmp)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Problems with the options alone, or null: the same bounds as {@code run}'s. */
    private String check() {
        if (replications < 1 || replications > 1000) {
            return "--replications must be between 1 and 1000, got " + replications;
        }
        if (warmupRuns < 0 || warmupRuns > 100) {
            return "--warmup-runs must be between 0 and 100, got " + warmupRuns;
        }
        if (threads != null) {
            if (threads.isEmpty() || threads.size() > 16) {
                return "--threads takes 1 to 16 thread counts, got " + threads.size();
            }
            for (int t : threads) {
                if (t < 1 || t > 1024) {
                    return "--threads must be between 1 and 1024, got " + t;
                }
            }
        }
        return null;
    }

    /**
     * CPU time of the whole process (simulation, GC and JIT), or -1 where the JVM does not tell: on a machine shared
     * with other work the wall time measures the load as much as fifsim, the CPU time much less so.
     */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    private static double peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1024.0 * 1024.0);
    }
}
