package org.fifsim.optimize;

import java.util.List;
import java.util.function.Consumer;
import org.fifsim.experiment.SimulationFailure;
import org.fifsim.experiment.engine.EngineUnavailable;
import org.fifsim.selection.Constraint;
import org.fifsim.selection.Goal;
import org.fifsim.selection.Responses;

/**
 * The cheapest design that meets service: a search over the decision space on common random numbers, then a clean-up
 * (Boesel, Nelson &amp; Kim 2003) that screens every visited design on the data collected and selects among the
 * survivors on fresh replications.
 */
public final class Optimizer {

    public Optimizer(DecisionSpace space, Goal goal, List<Constraint> constraints, SearchSettings settings) {
        throw new UnsupportedOperationException("issue 25: being built");
    }

    /**
     * Searches from {@code start}, asking {@code responses} for replications of designs named by
     * {@link DecisionSpace#name(int[])}, one call per generation.
     */
    public OptimizeOutcome run(int[] start, Responses responses, Consumer<Generation> progress)
            throws SimulationFailure, InterruptedException, EngineUnavailable {
        throw new UnsupportedOperationException("issue 25: being built");
    }
}
