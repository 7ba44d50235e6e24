package org.fifsim.optimize;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.fifsim.experiment.SimulationFailure;
import org.fifsim.experiment.engine.EngineUnavailable;
import org.fifsim.selection.Responses;

/**
 * A response source that never runs a (design, replication) twice: it answers from evaluations it already has (this
 * run's, or a stopped run's read back from {@code history.csv}) and asks its source only for the rest, in one call per
 * round, handing each fresh evaluation to a listener so it is saved before the search goes on. Because the search is
 * deterministic given its responses, replaying it over the cache resumes it exactly where it stopped.
 */
public final class CachedResponses implements Responses {

    /**
     * @param source where replications not yet known come from (the simulation)
     * @param known evaluations already made
     * @param fresh told of every new evaluation, once per round, in ask order
     */
    public CachedResponses(Responses source, Collection<Evaluation> known, Consumer<List<Evaluation>> fresh) {
        throw new UnsupportedOperationException("issue 25: being built");
    }

    @Override
    public double[][][] draw(List<Ask> asks) throws SimulationFailure, InterruptedException, EngineUnavailable {
        throw new UnsupportedOperationException("issue 25: being built");
    }
}
