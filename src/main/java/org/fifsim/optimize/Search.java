package org.fifsim.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.fifsim.experiment.engine.EngineUnavailable;
import org.fifsim.experiment.engine.SimulationFailure;
import org.fifsim.selection.Responses;
import org.fifsim.stats.Estimate;
import org.fifsim.stats.PairedDifference;

/**
 * The search phase: a retrospective pattern search in the spirit of R-SPLINE (Wang, Pasupathy &amp; Schmeiser 2013).
 *
 * <p>Under common random numbers the mean over replications 0..m−1 is a deterministic function of the design (a
 * "sample path"), so for a fixed m an ordinary pattern search is well defined: from the incumbent, look at its axis
 * neighbours at a step per variable that starts at a quarter of the range and halves when no neighbour beats the
 * incumbent, plus the point one more move in the direction that just worked; stop at a local optimum of step 1. Then
 * m doubles (the incumbent and its neighbours get the new replications, so precision grows where the search is) and
 * the search restarts from there with smaller steps. After each descent one round looks at the "star" around the
 * optimum (axis neighbours at steps 1, 2, 4, … a quarter of the range) and moves if one beats it. The search stops
 * when no design of that star can beat the optimum by half the indifference zone, δ/2, at 95% confidence (paired),
 * or when the next round would overspend the budget. (Also asking that the optimum survive a doubling of m cost
 * 2.5 times the replications on the newsvendor, whose flat top moves the sample-path optimum at every m, for no
 * measured gain; stopping at δ instead of δ/2 cost 44% less, but 2% of 300 newsvendor studies then selected a design
 * more than δ from the optimum, against 0.3% at δ/2.)
 *
 * <p>Why this and not a library: integer-ordered spaces of a few variables and a few thousand replications are what
 * a study has; a pattern search needs no tuning, uses the ordering of the levels, and every neighbourhood is one
 * request to the engine. Comparing on a sample path with common random numbers is exactly a paired comparison, and a
 * replication once run is reused at every later m. A seeded random sample of 2·d points at the start guards a little
 * against a poor start on a non-convex response; the clean-up then chooses among everything visited.
 *
 * <p>Every decision depends only on the responses and the seed, so a rerun over a cache of a stopped run's
 * evaluations asks for the same replications in the same order and resumes exactly.
 */
final class Search {
    private final DecisionSpace space;
    private final Criteria criteria;
    private final SearchSettings settings;
    private final Responses responses;
    private final Consumer<Generation> progress;
    private final Map<String, Observed> visited = new LinkedHashMap<>();
    private final List<Generation> generations = new ArrayList<>();
    private long total;
    private Observed incumbent;
    private boolean converged;

    Search(DecisionSpace space, Criteria criteria, SearchSettings settings, Responses responses,
            Consumer<Generation> progress) {
        this.space = space;
        this.criteria = criteria;
        this.settings = settings;
        this.responses = responses;
        this.progress = progress;
    }

    void run(int[] start) throws SimulationFailure, InterruptedException, EngineUnavailable {
        int m = settings.perDesign();
        List<Observed> first = new ArrayList<>();
        first.add(design(start));
        first.addAll(sample(start));
        evaluate(first, m);
        incumbent = first.get(0);
        for (Observed d : first) {
            if (d.beats(incumbent, m)) {
                incumbent = d;
            }
        }
        report();
        for (int k = 0;; k++) {
            if (!descend(m, k)) {
                return;
            }
            List<Observed> star = star(incumbent.levels());
            if (!evaluate(star, m)) {
                return;
            }
            Observed best = incumbent;
            for (Observed y : star) {
                if (y.beats(best, m)) {
                    best = y;
                }
            }
            boolean moved = best != incumbent;
            incumbent = best;
            report();
            if (!moved && noneBeatsByHalfDelta(star, m)) {
                converged = true;
                return;
            }
            if (2L * m > settings.budget()) {
                return;
            }
            m *= 2;
        }
    }

    /**
     * The pattern search on the sample path of m replications, steps starting at a quarter of each range halved k
     * times; false when the budget stopped it.
     */
    private boolean descend(int m, int k) throws SimulationFailure, InterruptedException, EngineUnavailable {
        int[] step = new int[space.dimension()];
        for (int i = 0; i < step.length; i++) {
            step[i] = Math.max(1, ((space.variables().get(i).levels() - 1) / 4) >> Math.min(k, 30));
        }
        int[] move = null;
        while (true) {
            List<Observed> hood = neighbours(incumbent.levels(), step, move);
            List<Observed> round = new ArrayList<>();
            round.add(incumbent);
            round.addAll(hood);
            if (!evaluate(round, m)) {
                return false;
            }
            Observed best = incumbent;
            for (Observed y : hood) {
                if (y.beats(best, m)) {
                    best = y;
                }
            }
            if (best != incumbent) {
                move = minus(best.levels(), incumbent.levels());
                incumbent = best;
                report();
                continue;
            }
            move = null;
            report();
            if (Arrays.stream(step).allMatch(s -> s == 1)) {
                return true;
            }
            for (int i = 0; i < step.length; i++) {
                step[i] = Math.max(1, step[i] / 2);
            }
        }
    }

    /**
     * Whether every design of the star is, at 95% confidence on the m paired replications, either infeasible or no
     * better than the incumbent by δ/2 (half the indifference zone for the search, half for the clean-up's choice
     * among what it visited). The star looks at every scale, not only the unit neighbours: on a flat response a unit
     * step gains far less than δ long before the optimum, so unit neighbours alone would stop the search early.
     */
    private boolean noneBeatsByHalfDelta(List<Observed> star, int m) {
        for (Observed y : star) {
            if (y == incumbent || clearlyInfeasible(y, m)) {
                continue;
            }
            Estimate d = PairedDifference.of(incumbent.better(m), y.better(m));
            if (!(d.ci95High() < criteria.goal().delta() / 2)) {
                return false;
            }
        }
        return true;
    }

    /** The incumbent's axis neighbours at steps 1, 2, 4, … up to a quarter of each range: one look at every scale. */
    private List<Observed> star(int[] x) {
        List<Observed> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            int top = space.variables().get(i).levels() - 1;
            int widest = Math.max(1, top / 4);
            for (int step = 1; step <= widest; step *= 2) {
                for (int sign = -1; sign <= 1; sign += 2) {
                    int[] y = x.clone();
                    y[i] = Math.max(0, Math.min(top, x[i] + sign * step));
                    Observed d = design(y);
                    if (y[i] != x[i] && !out.contains(d)) {
                        out.add(d);
                    }
                }
            }
        }
        return out;
    }

    private boolean clearlyInfeasible(Observed y, int m) {
        for (int l = 0; l < criteria.constraints().size(); l++) {
            if (Estimate.of(y.excess(l, m)).ci95Low() > 0) {
                return true;
            }
        }
        return false;
    }

    /** One request: every design brought up to m replications; false (nothing asked) when it would overspend. */
    private boolean evaluate(Collection<Observed> designs, int m)
            throws SimulationFailure, InterruptedException, EngineUnavailable {
        List<Responses.Ask> asks = new ArrayList<>();
        List<Observed> asked = new ArrayList<>();
        long count = 0;
        for (Observed d : designs) {
            if (d.n() < m && !asked.contains(d)) {
                asks.add(new Responses.Ask(d.name, d.n(), m - d.n()));
                asked.add(d);
                count += m - d.n();
            }
        }
        if (asks.isEmpty()) {
            return true;
        }
        if (total + count > settings.budget()) {
            return false;
        }
        double[][][] got = responses.draw(asks);
        for (int a = 0; a < asks.size(); a++) {
            if (got[a].length != asks.get(a).count()) {
                throw new IllegalStateException("asked " + asks.get(a) + ", got " + got[a].length + " replications");
            }
            for (double[] row : got[a]) {
                asked.get(a).add(row);
            }
        }
        total += count;
        return true;
    }

    /** A generation for the log: reported after each round's decision, whether or not it asked anything new. */
    private void report() {
        int n = incumbent.n();
        boolean feasible = incumbent.feasible(n);
        Estimate e = Estimate.of(incumbent.better(n));
        Generation g = new Generation(generations.size(), total, visited().size(), feasible ? incumbent.name : null,
                feasible ? criteria.kpi(e.mean()) : Double.NaN, feasible ? e.halfWidth() : Double.NaN);
        if (!generations.isEmpty() && sameState(generations.get(generations.size() - 1), g)) {
            return;
        }
        generations.add(g);
        progress.accept(g);
    }

    private static boolean sameState(Generation a, Generation b) {
        return a.replications() == b.replications() && a.visited() == b.visited()
                && java.util.Objects.equals(a.best(), b.best());
    }

    /** The axis neighbours at the given steps (clamped to the grid), then one more of the last move if there was one. */
    private List<Observed> neighbours(int[] x, int[] step, int[] move) {
        List<Observed> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            int top = space.variables().get(i).levels() - 1;
            for (int sign = -1; sign <= 1; sign += 2) {
                int[] y = x.clone();
                y[i] = Math.max(0, Math.min(top, x[i] + sign * step[i]));
                if (y[i] != x[i]) {
                    out.add(design(y));
                }
            }
        }
        if (move != null) {
            int[] y = x.clone();
            for (int i = 0; i < y.length; i++) {
                y[i] = Math.max(0, Math.min(space.variables().get(i).levels() - 1, x[i] + move[i]));
            }
            Observed p = design(y);
            if (!Arrays.equals(y, x) && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** A seeded sample of up to 2·d points other than the start, at most a quarter of the budget. */
    private List<Observed> sample(int[] start) {
        long affordable = (settings.budget() / settings.perDesign() - 1) / 4;
        int wanted = (int) Math.min(2L * space.dimension(), affordable);
        SplittableRandom random = new SplittableRandom(settings.seed());
        List<Observed> out = new ArrayList<>();
        for (int attempt = 0; attempt < 20 * wanted && out.size() < wanted; attempt++) {
            int[] y = new int[space.dimension()];
            for (int i = 0; i < y.length; i++) {
                y[i] = random.nextInt(space.variables().get(i).levels());
            }
            Observed d = design(y);
            if (!Arrays.equals(y, start) && !out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    private Observed design(int[] levels) {
        String name = space.name(levels);
        return visited.computeIfAbsent(name, n -> new Observed(n, levels, criteria));
    }

    private static int[] minus(int[] a, int[] b) {
        int[] d = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    /** Every design looked at, in the order first visited; a design is visited when a round first asks for it. */
    List<Observed> visited() {
        return visited.values().stream().filter(d -> d.n() > 0).toList();
    }

    List<Generation> generations() {
        return List.copyOf(generations);
    }

    /** The design the search ended on. */
    Observed incumbent() {
        return incumbent;
    }

    long total() {
        return total;
    }

    boolean converged() {
        return converged;
    }

    /** The first replication number no design of the search used: where the clean-up's fresh range starts. */
    int firstUnused() {
        return visited.values().stream().mapToInt(Observed::n).max().orElse(0);
    }
}
