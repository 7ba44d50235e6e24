package org.fifsim.experiment;

import java.util.List;
import java.util.Map;
import org.fifsim.experiment.sweep.Grid;
import org.fifsim.experiment.sweep.SensitivityOutcome;
import org.fifsim.experiment.sweep.SweepOutcome;
import org.fifsim.experiment.sweep.SweepRun;
import org.fifsim.explain.Attribution;
import org.fifsim.explain.Between;
import org.fifsim.results.ReplicationResult;
import org.fifsim.scenario.Scenario;

/** What {@link Runner} returns for a spec: results and the estimates made from them; writers turn it into files. */
public sealed interface ExperimentOutcome permits ExperimentOutcome.RunOutcome,
        ExperimentOutcome.ComparisonOutcome, ExperimentOutcome.SweptOutcome, ExperimentOutcome.SensitivityRunOutcome {

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
}
