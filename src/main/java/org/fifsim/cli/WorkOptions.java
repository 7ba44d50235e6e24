package org.fifsim.cli;

import picocli.CommandLine.Option;

/**
 * How a command works, not what it computes: parallel replications and progress. Shared by every command that runs
 * replications (run, compare, sweep, sensitivity, explain, select), so the names and help text are one.
 */
final class WorkOptions {
    @Option(names = "--threads", paramLabel = "T", description = "parallel replications (default: all cores)")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "no progress on stderr")
    boolean quiet;

    /** A problem with the values, or null. */
    String check() {
        if (threads != null && (threads < 1 || threads > 1024)) {
            return "--threads must be between 1 and 1024, got " + threads;
        }
        return null;
    }

    int threads() {
        return threads != null ? threads : org.fifsim.experiment.engine.Experiment.defaultThreads();
    }

    boolean quiet() {
        return quiet;
    }
}
