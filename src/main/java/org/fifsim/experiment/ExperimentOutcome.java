package org.fifsim.experiment;

import java.util.List;
import java.util.Map;
import org.fifsim.experiment.sweep.Grid;
import org.fifsim.experiment.sweep.SensitivityOutcome;
import org.fifsim.experiment.sweep.SweepOutcome;
import org.fifsim.experiment.sweep.SweepRun;
import org.fifsim.explain.Attribution;
import org.fifsim.explain.Between;
import org.fifsim.optimize.OptimizeOutcome;
import org.fifsim.optimize.Study;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;
import org.fifsim.selection.Outcome;

/** What {@link Runner} returns for a spec: results and the estimates made from them; writers turn it into files. */
public sealed interface ExperimentOutcome permits ExperimentOutcome.RunOutcome,
        ExperimentOutcome.ComparisonOutcome, ExperimentOutcome.SweptOutcome, ExperimentOutcome.SensitivityRunOutcome,
        ExperimentOutcome.ExplainOutcome, ExperimentOutcome.SelectOutcome, ExperimentOutcome.StudyOutcome {

    ExperimentSpec spec();

    /**
     * @param scenario the scenario as it ran (a precision-driven run: with the replications it reached)
     * @param precision how a precision-driven run ended, or null
     */
    record RunOutcome(ExperimentSpec.Run spec, Scenario scenario, List<ReplicationResult> results,
            PrecisionRun.Outcome precision) implements ExperimentOutcome {
    }

    /**
     * @param results each scenario's replications by name, baseline first
     * @param explained the split of the difference when the spec asked for it, or null
     */
    record ComparisonOutcome(ExperimentSpec.Compare spec, Map<String, List<ReplicationResult>> results,
            Explained explained) implements ExperimentOutcome {
    }

    /**
     * Every design between A and B, priced, and the Shapley split of the headline differences.
     *
     * @param results per design of {@code between}, its priced replications
     */
    record Explained(Between between, List<List<ReplicationResult>> results, Attribution attribution) {
    }

    /**
     * @param grid the points
     * @param outcome estimates, differences and crossings of the charted KPIs
     * @param missing asked KPIs (and the x KPI) that these results do not have: not charted
     */
    record SweptOutcome(ExperimentSpec.Sweep spec, Grid grid, SweepOutcome outcome, SweepRun run,
            List<String> missing) implements ExperimentOutcome {
    }

    /** @param missing asked KPIs that these results do not have: not charted */
    record SensitivityRunOutcome(ExperimentSpec.Sensitivity spec, SensitivityOutcome outcome, SweepRun run,
            List<String> missing) implements ExperimentOutcome {
    }

    /** The explanation of B minus A. */
    record ExplainOutcome(ExperimentSpec.Explain spec, Explained explained) implements ExperimentOutcome {
    }

    /**
     * @param outcome the selection, round by round
     * @param results every replication each design ran, by name in the spec's order
     * @param seconds the wall time of the selection
     */
    record SelectOutcome(ExperimentSpec.Select spec, Outcome outcome, Map<String, List<ReplicationResult>> results,
            double seconds) implements ExperimentOutcome {
    }

    /**
     * @param study the study as it ran: its default {@code delta} set when the file gave none
     * @param outcome the search and its clean-up
     * @param cleanupDesigns each design of the clean-up's scenario, by name
     * @param cleanupResults each design's clean-up replications (KPIs only)
     * @param asTyped the best against the scenario as typed on the best's clean-up replications; null without a best
     * @param seconds the wall time of this run (a resumed study: of the resumed part)
     */
    record StudyOutcome(ExperimentSpec.Optimize spec, Study study, OptimizeOutcome outcome,
            Map<String, Scenario> cleanupDesigns, Map<String, List<ReplicationResult>> cleanupResults, AsTyped asTyped,
            double seconds) implements ExperimentOutcome {
    }

    /**
     * The selected design and the scenario as typed on the same fresh replications, paired.
     *
     * @param design the name the scenario as typed ran under (a design of the space when its values are on the grid)
     * @param from the first replication
     * @param best each replication's values of the best (objective, then constraints)
     * @param typed the same of the scenario as typed
     */
    record AsTyped(String design, int from, double[][] best, double[][] typed) {
    }
}
