package org.fifsim.optimize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.fifsim.experiment.engine.EngineUnavailable;
import org.fifsim.experiment.engine.SimulationFailure;
import org.fifsim.selection.Responses;

/**
 * A response source that never runs a (design, replication) twice: it answers from evaluations it already has (this
 * run's, or a stopped run's read back from {@code history.csv}) and asks its source only for the rest, in one call per
 * round, handing each fresh evaluation to a listener so it is saved before the search goes on. Because the search is
 * deterministic given its responses, replaying it over the cache resumes it exactly where it stopped.
 */
public final class CachedResponses implements Responses {
    private final Responses source;
    private final Consumer<List<Evaluation>> fresh;
    private final Map<String, Map<Integer, double[]>> known = new HashMap<>();
    private long drawn;

    /**
     * @param source where replications not yet known come from (the simulation)
     * @param known evaluations already made
     * @param fresh told of every new evaluation, once per round that ran any, by design in the order first asked and
     *     then by replication
     */
    public CachedResponses(Responses source, Collection<Evaluation> known, Consumer<List<Evaluation>> fresh) {
        this.source = source;
        this.fresh = fresh;
        for (Evaluation e : known) {
            this.known.computeIfAbsent(e.design(), d -> new HashMap<>()).put(e.replication(), e.values());
        }
    }

    @Override
    public double[][][] draw(List<Ask> asks) throws SimulationFailure, InterruptedException, EngineUnavailable {
        // the missing replications of each design, merged over all asks of the round: an overlap is run once
        Map<String, TreeSet<Integer>> missing = new LinkedHashMap<>();
        for (Ask a : asks) {
            Map<Integer, double[]> have = known.getOrDefault(a.design(), Map.of());
            for (int r = a.from(); r < a.from() + a.count(); r++) {
                if (!have.containsKey(r)) {
                    missing.computeIfAbsent(a.design(), d -> new TreeSet<>()).add(r);
                }
            }
        }
        if (!missing.isEmpty()) {
            fetch(missing);
        }
        double[][][] out = new double[asks.size()][][];
        for (int a = 0; a < asks.size(); a++) {
            Ask ask = asks.get(a);
            Map<Integer, double[]> have = known.get(ask.design());
            out[a] = new double[ask.count()][];
            for (int j = 0; j < ask.count(); j++) {
                out[a][j] = have.get(ask.from() + j).clone();
            }
        }
        return out;
    }

    /** Replications asked of the source so far (what this run cost). */
    public long drawn() {
        return drawn;
    }

    /** One call to the source for every missing replication, a contiguous run of them as one ask. */
    private void fetch(Map<String, TreeSet<Integer>> missing)
            throws SimulationFailure, InterruptedException, EngineUnavailable {
        List<Ask> ranges = new ArrayList<>();
        missing.forEach((design, reps) -> {
            int from = reps.first();
            int previous = from;
            for (int r : reps.tailSet(from, false)) {
                if (r != previous + 1) {
                    ranges.add(new Ask(design, from, previous - from + 1));
                    from = r;
                }
                previous = r;
            }
            ranges.add(new Ask(design, from, previous - from + 1));
        });
        double[][][] got = source.draw(ranges);
        List<Evaluation> made = new ArrayList<>();
        for (int a = 0; a < ranges.size(); a++) {
            Ask range = ranges.get(a);
            if (got[a].length != range.count()) {
                throw new IllegalStateException("asked " + range + ", got " + got[a].length + " replications");
            }
            Map<Integer, double[]> have = known.computeIfAbsent(range.design(), d -> new HashMap<>());
            for (int j = 0; j < range.count(); j++) {
                Evaluation e = new Evaluation(range.design(), range.from() + j, got[a][j]);
                have.put(e.replication(), e.values());
                made.add(e);
            }
        }
        drawn += made.size();
        fresh.accept(List.copyOf(made));
    }
}
