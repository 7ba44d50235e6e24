package org.fifsim.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options shared by run, compare, sweep, sensitivity and explain: they override the scenario's run section, with the
 * shared {@link WorkOptions} and the run limits.
 */
final class RunOptions {
    @Option(names = "--replications", paramLabel = "N", description = "replications (default: the scenario's)")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "base seed (default: the scenario's)")
    Long seed;

    @Mixin
    WorkOptions work = new WorkOptions();

    @Option(names = "--max-events", paramLabel = "N",
            description = "refuse a run estimated to need more model events than N (default 5e10, hours of work)")
    String maxEvents;

    /** Problems with the values, or null. */
    String check() {
        if (replications != null && (replications < 1 || replications > 10_000)) {
            return "--replications must be between 1 and 10000, got " + replications;
        }
        if (seed != null && seed < 0) {
            return "--seed must not be negative, got " + seed;
        }
        String bad = work.check();
        return bad != null ? bad : Limits.maxEventsProblem(maxEvents);
    }

    /**
     * Refuses scenarios (as they will run, options applied) whose estimated work or memory exceeds the limits: prints
     * one line per problem and returns false.
     */
    boolean withinLimits(java.util.List<org.fifsim.scenario.Scenario> scenarios, java.io.PrintWriter err) {
        java.util.List<String> problems = Limits.problems(scenarios, threads(), Limits.maxEvents(maxEvents),
                Runtime.getRuntime().maxMemory());
        problems.forEach(err::println);
        err.flush();
        return problems.isEmpty();
    }

    int threads() {
        return work.threads();
    }

    boolean quiet() {
        return work.quiet();
    }

    org.fifsim.scenario.Scenario apply(org.fifsim.scenario.Scenario s) {
        var run = s.run();
        if (replications != null) {
            run = run.withReplications(replications);
        }
        if (seed != null) {
            run = run.withSeed(seed);
        }
        return s.withRun(run);
    }
}
