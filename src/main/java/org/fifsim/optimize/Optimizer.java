package org.fifsim.optimize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.fifsim.experiment.engine.EngineUnavailable;
import org.fifsim.experiment.engine.SimulationFailure;
import org.fifsim.selection.Constraint;
import org.fifsim.selection.Goal;
import org.fifsim.selection.Outcome;
import org.fifsim.selection.Responses;
import org.fifsim.selection.Round;
import org.fifsim.selection.SelectionProcedure;
import org.fifsim.selection.Settings;
import org.fifsim.stats.Estimate;
import org.fifsim.stats.PairedDifference;

/**
 * The cheapest design that meets service: a search over the decision space on common random numbers, then a clean-up
 * (Boesel, Nelson &amp; Kim 2003) that screens every visited design on the data collected and selects among the
 * survivors on fresh replications.
 *
 * <p>The search ({@link Search}) is a retrospective pattern search in the spirit of R-SPLINE and COMPASS, written
 * here rather than taken from a library: the spaces are small integer grids (a handful of variables, tens of levels
 * each), where a neighbourhood search uses the order of the levels and a genetic algorithm (Jenetics) would spend
 * most of its replications on designs far from anything good; under common random numbers the mean of replications
 * 0..m−1 is a deterministic function, so a pattern search on it compares neighbours paired and reuses every cached
 * replication when m grows; and each neighbourhood is one request, so the engine runs it in parallel. Designs are
 * compared feasible first (constraint means within their bounds), then by objective; while none is feasible the
 * search walks toward feasibility (the sum of the constraints' excesses in units of their tolerances). It stops when
 * nothing around its optimum, at any scale, can beat it by δ/2 at 95% confidence, or when the budget would be
 * overspent.
 *
 * <p>The clean-up spends the error α = 1 − pcs of {@code settings.cleanup()} in two halves: α/2 on the screen
 * ({@link Screen}) and α/2 on the selection, which therefore runs at pcs 1 − α/2 on replications numbered from
 * {@link OptimizeOutcome#firstCleanupReplication()}, which the search never used. So the selected design is the best
 * (feasible) design visited with probability at least 1 − α when it beats the others by δ (Boesel, Nelson &amp; Kim
 * 2003), as long as no more than {@code cleanupDesigns} survive the screen; when more survive, the best by the
 * search's estimates go on, and the statement holds among them only.
 */
public final class Optimizer {
    private final DecisionSpace space;
    private final Criteria criteria;
    private final SearchSettings settings;

    public Optimizer(DecisionSpace space, Goal goal, List<Constraint> constraints, SearchSettings settings) {
        this.space = space;
        this.criteria = new Criteria(goal, constraints);
        this.settings = settings;
    }

    /**
     * Searches from {@code start}, asking {@code responses} for replications of designs named by
     * {@link DecisionSpace#name(int[])}, one call per generation.
     */
    public OptimizeOutcome run(int[] start, Responses responses, Consumer<Generation> progress)
            throws SimulationFailure, InterruptedException, EngineUnavailable {
        return run(start, responses, progress, round -> { });
    }

    /** As {@link #run(int[], Responses, Consumer)}, also telling {@code cleanupProgress} of each clean-up round. */
    public OptimizeOutcome run(int[] start, Responses responses, Consumer<Generation> progress,
            Consumer<Round> cleanupProgress) throws SimulationFailure, InterruptedException, EngineUnavailable {
        if (!space.contains(start)) {
            throw new IllegalArgumentException("the start is not a point of the decision space");
        }
        Search search = new Search(space, criteria, settings, responses, progress);
        search.run(start);
        List<Observed> visited = search.visited();
        double alpha = 1 - settings.cleanup().pcs();
        List<Observed> survivors = new Screen(criteria, alpha / 2).survivors(visited);
        Observed reference = search.incumbent();
        String startName = space.name(start);
        List<Observed> sent = survivors.isEmpty() ? List.of(closest(visited, reference))
                : sent(survivors, reference, startName);
        int first = search.firstUnused();
        Settings c = settings.cleanup();
        Settings cleanup = new Settings(c.n0(), c.batch(), 1 - alpha / 2, c.maxReplications(), first);
        Outcome outcome = new SelectionProcedure(criteria.goal(), criteria.constraints(), cleanup)
                .run(sent.stream().map(d -> d.name).toList(), responses, cleanupProgress);
        int[] bestLevels = null;
        for (Observed d : visited) {
            if (d.name.equals(outcome.selected())) {
                bestLevels = d.levels();
            }
        }
        List<Visited> rows = new ArrayList<>();
        for (Observed d : visited) {
            rows.add(visited(d, survivors.contains(d)));
        }
        return new OptimizeOutcome(outcome.selected(), bestLevels, start, rows, search.generations(), outcome,
                search.total(), first, search.converged());
    }

    /**
     * The designs the selection gets, at most {@code cleanupDesigns} and no more than its budget's first stage
     * allows: the best design the search believes feasible, then the others by objective. Doubtful designs cheaper
     * than the best believed feasible are the real contenders (a constrained optimum lies on the boundary), so they
     * are not ranked behind every feasible-looking one; the best feasible-looking one goes first so the selection
     * never ends with none feasible when the search knew one.
     *
     * <p>The start (the scenario as typed, usually) goes too when it survived the screen: the answer should be the best
     * of the designs visited including the one the planner typed, or a lucky streak of the search could leave the
     * typed design outside the guarantee while it is in fact better.
     *
     * <p>The objective is ranked by each design's paired difference from the search's incumbent on their common
     * replications (a design's own mean carries all the noise that common random numbers cancel), at its lower 95%
     * bound, so a barely-sampled design that looked lucky on a few replications does not push out well-known ones.
     */
    private List<Observed> sent(List<Observed> survivors, Observed reference, String startName) {
        int most = Math.min(settings.cleanupDesigns(),
                Math.max(1, settings.cleanup().maxReplications() / settings.cleanup().n0()));
        Map<Observed, Double> score = new HashMap<>();
        survivors.forEach(d -> score.put(d, pessimistic(d, reference)));
        Comparator<Observed> byObjective = Comparator.comparingDouble((Observed d) -> score.get(d)).reversed();
        List<Observed> out = new ArrayList<>();
        survivors.stream().filter(d -> d.feasible(d.n())).sorted(byObjective).findFirst().ifPresent(out::add);
        survivors.stream().filter(d -> d.name.equals(startName) && !out.contains(d) && out.size() < most)
                .forEach(out::add);
        survivors.stream().filter(d -> !out.contains(d)).sorted(byObjective).limit(most - out.size())
                .forEach(out::add);
        return out;
    }

    /** When screening left none: the design nearest to feasibility (then the best), so the selection says why. */
    private static Observed closest(List<Observed> visited, Observed reference) {
        return visited.stream().min(Comparator.comparingDouble((Observed d) -> d.violation(d.n()))
                .thenComparing(Comparator.comparingDouble((Observed d) -> pessimistic(d, reference)).reversed()))
                .orElseThrow();
    }

    /** The one-sided 95% lower bound on d's objective minus the reference's, paired on their common replications. */
    private static double pessimistic(Observed d, Observed reference) {
        if (d == reference) {
            return 0;
        }
        int r = Math.min(d.n(), reference.n());
        return PairedDifference.of(reference.better(r), d.better(r), 0.90).ci95Low();
    }

    private Visited visited(Observed d, boolean survived) {
        int n = d.n();
        Estimate e = Estimate.of(d.better(n));
        List<Double> constraintMeans = new ArrayList<>();
        for (int l = 0; l < criteria.constraints().size(); l++) {
            constraintMeans.add(criteria.constraintKpi(l, d.meanExcess(l, n)));
        }
        return new Visited(d.name, d.levels(), n, criteria.kpi(e.mean()), e.halfWidth(), constraintMeans,
                d.feasible(n), survived);
    }
}
