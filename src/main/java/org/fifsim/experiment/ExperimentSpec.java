package org.fifsim.experiment;

import java.nio.file.Path;
import java.util.List;
import org.fifsim.experiment.sweep.Grid;
import org.fifsim.experiment.sweep.Perturbation;
import org.fifsim.experiment.sweep.Vary;
import org.fifsim.explain.Between;
import org.fifsim.optimize.Study;
import org.fifsim.scenario.Scenario;
import org.fifsim.selection.Constraint;
import org.fifsim.selection.Goal;
import org.fifsim.selection.Settings;

/**
 * An experiment as data: what a command asks for once it has read and checked its inputs. A command builds one,
 * {@link Runner} executes it, and a shard saves it so that {@code fifsim merge} runs the same experiment again on
 * the shards' results, without the command line. Every design is a resolved scenario (overrides applied), so a spec
 * means the same on any machine. Explain, select and optimize ask for their replications as they go, so only run,
 * compare, sweep and sensitivity can run as shards and be merged.
 */
public sealed interface ExperimentSpec permits ExperimentSpec.Run, ExperimentSpec.Compare, ExperimentSpec.Sweep,
        ExperimentSpec.Sensitivity, ExperimentSpec.Explain, ExperimentSpec.Select, ExperimentSpec.Optimize {

    /** Where the outputs go and what they record. */
    Output output();

    /** The same experiment with its outputs elsewhere (a merge's {@code --out}, the command without the shard). */
    ExperimentSpec withOutput(Output output);

    /**
     * @param target the results folder
     * @param inputs every file the command read: no output may replace one, and merge refuses them changed
     * @param threads parallel replications, as the manifest records them
     * @param command the command line, as the manifest quotes it
     * @param quiet no progress or speed lines on stderr
     */
    record Output(Path target, List<Path> inputs, int threads, List<String> command, boolean quiet) {
        public Output {
            inputs = List.copyOf(inputs);
            command = List.copyOf(command);
        }
    }

    /**
     * One scenario, its replications from its run section or, with {@code precision}, added until the intervals are
     * narrow enough.
     *
     * @param precision null for a fixed number of replications
     * @param report false for summary.json, replications.csv and manifest.json only
     */
    record Run(Scenario scenario, Precision precision, boolean report, Output output) implements ExperimentSpec {
        @Override
        public Run withOutput(Output o) {
            return new Run(scenario, precision, report, o);
        }
    }

    /**
     * Replications added in batches until the 95% interval of every KPI in {@code kpis} is within {@code target}
     * (relative) of its mean, at most {@code cap}.
     */
    record Precision(double target, List<String> kpis, int cap) {
        public Precision {
            kpis = List.copyOf(kpis);
        }
    }

    /**
     * The baseline and the others on common random numbers (the baseline's seed and replications everywhere).
     *
     * @param claimsFile claims checked against the results, or null
     * @param context finished results folders whose studies of the pair go on the report's first screen
     * @param explain the designs between the baseline and the one other whose difference is split, or null
     */
    record Compare(List<Scenario> scenarios, Path claimsFile, List<Path> context, Between explain, Output output)
            implements ExperimentSpec {
        public Compare {
            scenarios = List.copyOf(scenarios);
            context = List.copyOf(context);
        }

        public int replications() {
            return scenarios.get(0).run().replications();
        }

        @Override
        public Compare withOutput(Output o) {
            return new Compare(scenarios, claimsFile, context, explain, o);
        }
    }

    /**
     * A full factorial: {@code cases.get(s).get(p)} is design s at point p of the grid of {@code varies}, every cell
     * on one seed and replication count.
     *
     * @param names the designs' names, in order
     * @param kpis the KPIs to chart and find crossings for
     * @param kpisGiven true when the user named {@code kpis} (a missing one is then said)
     * @param xKpi the KPI to chart against instead of the first key, or null
     */
    record Sweep(List<String> names, List<Vary> varies, List<List<Scenario>> cases, List<String> kpis,
            boolean kpisGiven, String xKpi, Output output) implements ExperimentSpec {
        public Sweep {
            names = List.copyOf(names);
            varies = List.copyOf(varies);
            cases = cases.stream().map(List::copyOf).toList();
            kpis = List.copyOf(kpis);
        }

        public Grid grid() {
            return Grid.of(varies);
        }

        public int replications() {
            return cases.get(0).get(0).run().replications();
        }

        public long seed() {
            return cases.get(0).get(0).run().seed();
        }

        /** Every run: points x replications x designs. */
        public long runs() {
            return (long) cases.get(0).size() * replications() * cases.size();
        }

        @Override
        public Sweep withOutput(Output o) {
            return new Sweep(names, varies, cases, kpis, kpisGiven, xKpi, o);
        }
    }

    /**
     * One key at a time down and up by {@code delta}: {@code cases} is the base, then each setting low and high (the
     * points of {@link org.fifsim.experiment.sweep.SensitivityOutcome#points}), all on one seed.
     */
    record Sensitivity(String name, double delta, List<Perturbation> settings, List<Scenario> cases,
            List<String> kpis, Output output) implements ExperimentSpec {
        public Sensitivity {
            settings = List.copyOf(settings);
            cases = List.copyOf(cases);
            kpis = List.copyOf(kpis);
        }

        public int replications() {
            return cases.get(0).run().replications();
        }

        public long seed() {
            return cases.get(0).run().seed();
        }

        @Override
        public Sensitivity withOutput(Output o) {
            return new Sensitivity(name, delta, settings, cases, kpis, o);
        }
    }

    /**
     * What B minus A is made of: every design of {@code between} on A's replications, common random numbers, and the
     * Shapley split of the headline differences.
     */
    record Explain(Scenario a, Scenario b, Between between, Output output) implements ExperimentSpec {
        public int replications() {
            return a.run().replications();
        }

        @Override
        public Explain withOutput(Output o) {
            return new Explain(a, b, between, o);
        }
    }

    /**
     * The best of {@code designs} on {@code goal} among those meeting {@code constraints}, with a guarantee, in rounds
     * (feasibility check, then KN) on common random numbers.
     *
     * @param designs the designs in the order the procedure takes them (by name), all on one seed
     */
    record Select(List<Scenario> designs, Goal goal, List<Constraint> constraints, Settings settings, Output output)
            implements ExperimentSpec {
        public Select {
            designs = List.copyOf(designs);
            constraints = List.copyOf(constraints);
        }

        @Override
        public Select withOutput(Output o) {
            return new Select(designs, goal, constraints, settings, o);
        }
    }

    /**
     * The search of a study's decision space on common random numbers, then its clean-up: the generations ask for
     * their replications as they go, each design's scenario laid over {@code study.scenario()} when first named.
     *
     * @param study the study as read, budgets from the command line applied
     * @param base the study's scenario with its {@code set:} overrides
     */
    record Optimize(Study study, Scenario base, Output output) implements ExperimentSpec {
        @Override
        public Optimize withOutput(Output o) {
            return new Optimize(study, base, o);
        }
    }
}
