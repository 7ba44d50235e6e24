package org.fifsim.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.fifsim.experiment.engine.EngineUnavailable;
import org.fifsim.experiment.engine.SimulationFailure;

/**
 * The best of N designs among those that meet the service constraints, with a probability guarantee: first the
 * sequential feasibility check (Andradóttir &amp; Kim 2010) with error α_F, then Kim &amp; Nelson's fully sequential KN with
 * common random numbers on the feasible designs with error α_S, so P(correct selection) ≥ 1 − α_F − α_S whenever the
 * best feasible design beats the next by at least δ.
 *
 * <p>It samples in rounds: every contender gets the same {@code batch} replication numbers, all asked in one call, so
 * a round runs in parallel on any engine, and screening always compares designs at equal r on the same replications
 * (what keeps the guarantee in rounds, Luo et al. 2015). Designs are handled in name order, whatever order they are
 * given in, and the numbers of a replication depend only on (design, replication), so the same inputs give the same
 * selection whatever the order and the engine.
 *
 * <p>KN uses η for all k designs, not only the feasible ones: the feasible set is random, and the larger k only makes
 * the screening more careful.
 */
public final class SelectionProcedure {
    private static final String FIRST = "first stage";
    private final Goal goal;
    private final List<Constraint> constraints;
    private final Settings settings;

    public SelectionProcedure(Goal goal, List<Constraint> constraints, Settings settings) {
        this.goal = goal;
        this.constraints = List.copyOf(constraints);
        this.settings = settings;
    }

    /**
     * Runs the selection.
     *
     * @param designs the designs' names, distinct, at least one
     * @param source their responses: replication {@code settings.first() + j} is the j-th value of a design
     * @param progress told of each round as it is decided (the command prints it)
     */
    public Outcome run(List<String> designs, Responses source, Consumer<Round> progress)
            throws SimulationFailure, InterruptedException, EngineUnavailable {
        List<String> names = new ArrayList<>(new TreeSet<>(designs));
        if (names.isEmpty() || names.size() != designs.size()) {
            throw new IllegalArgumentException("a selection needs at least one design and distinct names");
        }
        int k = names.size();
        int s = constraints.size();
        int n0 = settings.n0();
        if ((long) k * n0 > settings.maxReplications()) {
            throw new IllegalArgumentException("the budget of " + settings.maxReplications() + " replications is less "
                    + "than the first stage of " + k + " designs x " + n0);
        }
        double alpha = 1 - settings.pcs();
        double alphaF = s == 0 ? 0 : alpha / 2;
        double alphaS = alpha - alphaF;
        double etaF = s == 0 ? Double.NaN : FeasibilityCheck.eta(alphaF / ((double) k * s), n0);
        double h2F = Kn.h2(etaF, n0);
        double etaS = k < 2 ? Double.NaN : Kn.eta(alphaS, k, n0);
        double h2S = Kn.h2(etaS, n0);
        return new Run(names, source, progress, alphaF, alphaS, etaF, h2F, etaS, h2S).go();
    }

    /** The state of one selection. */
    private final class Run {
        final List<String> names;
        final Responses source;
        final Consumer<Round> progress;
        final double alphaF;
        final double alphaS;
        final double etaF;
        final double h2F;
        final double etaS;
        final double h2S;
        final int k;
        final Samples[] data;
        final Feasibility[][] verdicts;
        final Feasibility[] feasibility;
        final double[][] variance;
        final int[] eliminatedIn;
        final List<Round> rounds = new ArrayList<>();
        /** KN's contenders, once the feasibility check is over; null before. */
        List<Integer> survivors;
        double[][] pairVariance;
        long total;
        long equalAllocation;

        Run(List<String> names, Responses source, Consumer<Round> progress, double alphaF, double alphaS,
                double etaF, double h2F, double etaS, double h2S) {
            this.names = names;
            this.source = source;
            this.progress = progress;
            this.alphaF = alphaF;
            this.alphaS = alphaS;
            this.etaF = etaF;
            this.h2F = h2F;
            this.etaS = etaS;
            this.h2S = h2S;
            k = names.size();
            data = new Samples[k];
            verdicts = new Feasibility[k][constraints.size()];
            feasibility = new Feasibility[k];
            variance = new double[k][constraints.size()];
            eliminatedIn = new int[k];
            for (int i = 0; i < k; i++) {
                data[i] = new Samples(constraints.size());
                java.util.Arrays.fill(verdicts[i], Feasibility.UNDECIDED);
                feasibility[i] = constraints.isEmpty() ? Feasibility.FEASIBLE : Feasibility.UNDECIDED;
                eliminatedIn[i] = -1;
            }
        }

        Outcome go() throws SimulationFailure, InterruptedException, EngineUnavailable {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                all.add(i);
            }
            draw(all, i -> settings.n0());
            double[][] firstStage = new double[k][];
            for (int i = 0; i < k; i++) {
                firstStage[i] = data[i].better;
            }
            equalAllocation = EqualAllocation.total(firstStage, settings.n0(), alphaS, goal.delta());
            for (int i = 0; i < k; i++) {
                for (int l = 0; l < constraints.size(); l++) {
                    variance[i][l] = FeasibilityCheck.variance(data[i].excess[l], settings.n0());
                }
            }
            for (int round = 0;; round++) {
                String phase = round == 0 ? FIRST : survivors == null ? "feasibility" : "selection";
                int each = mostReplications(); // what this round's checks see, before they remove designs
                List<String> feasibleNow = new ArrayList<>();
                List<String> infeasibleNow = new ArrayList<>();
                checkFeasibility(feasibleNow, infeasibleNow);
                List<String> eliminated = new ArrayList<>();
                if (survivors == null && undecided().isEmpty()) {
                    survivors = new ArrayList<>();
                    for (int i = 0; i < k; i++) {
                        if (feasibility[i] == Feasibility.FEASIBLE) {
                            survivors.add(i);
                        }
                    }
                    pairVariance = pairVariances();
                }
                if (survivors != null && !survivors.isEmpty()) {
                    eliminated = screen(round);
                }
                int seen = survivors != null && !survivors.isEmpty() ? common() : Math.max(each, mostReplications());
                rounds.add(new Round(round, phase, seen, total, contenders(), eliminated,
                        feasibleNow, infeasibleNow));
                progress.accept(rounds.get(rounds.size() - 1));
                if (survivors != null && survivors.isEmpty()) {
                    return outcome(null, Outcome.Status.NONE_FEASIBLE);
                }
                if (survivors != null && survivors.size() == 1) {
                    return outcome(names.get(survivors.get(0)), Outcome.Status.SELECTED);
                }
                if (survivors != null && closed()) {
                    // the continuation region has shut and several designs share the largest mean exactly (the same
                    // design twice under two names): any of them is correct, the first by name is chosen
                    return outcome(names.get(survivors.get(0)), Outcome.Status.SELECTED);
                }
                List<Integer> next;
                java.util.function.IntUnaryOperator count;
                if (survivors == null) {
                    next = undecided();
                    count = i -> settings.batch();
                } else {
                    // a design the feasibility check kept longer already has the next replications: it waits
                    int target = common() + settings.batch();
                    next = survivors.stream().filter(i -> data[i].n < target).toList();
                    count = i -> target - data[i].n;
                }
                long asked = 0;
                for (int i : next) {
                    asked += count.applyAsInt(i);
                }
                if (total + asked > settings.maxReplications()) {
                    return outcome(null, Outcome.Status.BUDGET_REACHED);
                }
                draw(next, count);
            }
        }

        /** One call for all asks of a round: each design from where it stands. */
        void draw(List<Integer> which, java.util.function.IntUnaryOperator count)
                throws SimulationFailure, InterruptedException, EngineUnavailable {
            List<Responses.Ask> asks = new ArrayList<>();
            for (int i : which) {
                asks.add(new Responses.Ask(names.get(i), settings.first() + data[i].n, count.applyAsInt(i)));
            }
            double[][][] got = source.draw(asks);
            for (int a = 0; a < asks.size(); a++) {
                int i = which.get(a);
                if (got[a].length != asks.get(a).count()) {
                    throw new IllegalStateException("asked " + asks.get(a) + ", got " + got[a].length + " replications");
                }
                for (double[] row : got[a]) {
                    data[i].add(row, goal, constraints);
                }
                total += got[a].length;
            }
        }

        void checkFeasibility(List<String> feasibleNow, List<String> infeasibleNow) {
            for (int i : undecided()) {
                boolean all = true;
                for (int l = 0; l < constraints.size(); l++) {
                    if (verdicts[i][l] == Feasibility.UNDECIDED) {
                        FeasibilityCheck.Verdict v = FeasibilityCheck.decide(data[i].excess[l], data[i].n, h2F,
                                variance[i][l], constraints.get(l).eps());
                        verdicts[i][l] = v == FeasibilityCheck.Verdict.FEASIBLE ? Feasibility.FEASIBLE
                                : v == FeasibilityCheck.Verdict.INFEASIBLE ? Feasibility.INFEASIBLE
                                : Feasibility.UNDECIDED;
                    }
                    if (verdicts[i][l] == Feasibility.INFEASIBLE) {
                        feasibility[i] = Feasibility.INFEASIBLE;
                        infeasibleNow.add(names.get(i));
                        break;
                    }
                    all &= verdicts[i][l] == Feasibility.FEASIBLE;
                }
                if (all && feasibility[i] == Feasibility.UNDECIDED) {
                    feasibility[i] = Feasibility.FEASIBLE;
                    feasibleNow.add(names.get(i));
                }
            }
        }

        List<Integer> undecided() {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                if (feasibility[i] == Feasibility.UNDECIDED) {
                    out.add(i);
                }
            }
            return out;
        }

        double[][] pairVariances() {
            double[][] v = new double[k][k];
            for (int i : survivors) {
                for (int l : survivors) {
                    if (i < l) {
                        v[i][l] = Kn.pairedVariance(data[i].better, data[l].better, settings.n0());
                        v[l][i] = v[i][l];
                    }
                }
            }
            return v;
        }

        /**
         * The replications every contender has: KN screens on the first r of each, the same replication numbers for
         * all, so a design the feasibility check sampled longer is compared on equal terms, not topped up to it.
         */
        int common() {
            int r = Integer.MAX_VALUE;
            for (int i : survivors) {
                r = Math.min(r, data[i].n);
            }
            return r;
        }

        /** KN's screen at the contenders' common r; returns the names eliminated. */
        List<String> screen(int round) {
            if (survivors.size() < 2) {
                return List.of();
            }
            int r = common();
            double[] mean = new double[k];
            for (int i : survivors) {
                mean[i] = data[i].mean(r);
            }
            List<Integer> kept = new ArrayList<>();
            List<String> out = new ArrayList<>();
            for (int i : survivors) {
                boolean keep = true;
                for (int l : survivors) {
                    if (l != i && mean[i] < mean[l] - Kn.w(h2S, pairVariance[i][l], goal.delta(), r)) {
                        keep = false;
                        break;
                    }
                }
                if (keep) {
                    kept.add(i);
                } else {
                    eliminatedIn[i] = round;
                    out.add(names.get(i));
                }
            }
            survivors = kept;
            return out;
        }

        /** True when no contender may trail another any more: W_il(r) = 0 for every pair. */
        boolean closed() {
            int r = common();
            for (int i : survivors) {
                for (int l : survivors) {
                    if (i != l && Kn.w(h2S, pairVariance[i][l], goal.delta(), r) > 0) {
                        return false;
                    }
                }
            }
            return true;
        }

        int mostReplications() {
            int most = 0;
            for (int i : survivors != null ? survivors : undecided()) {
                most = Math.max(most, data[i].n);
            }
            return most;
        }

        List<String> contenders() {
            List<Integer> c = new ArrayList<>();
            if (survivors != null) {
                c.addAll(survivors);
            } else {
                for (int i = 0; i < k; i++) {
                    if (feasibility[i] != Feasibility.INFEASIBLE) {
                        c.add(i);
                    }
                }
            }
            return c.stream().map(names::get).toList();
        }

        Outcome outcome(String selected, Outcome.Status status) {
            List<Integer> feasible = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                if (feasibility[i] == Feasibility.FEASIBLE) {
                    feasible.add(i);
                }
            }
            double[] better = new double[feasible.size()];
            for (int f = 0; f < better.length; f++) {
                Samples d = data[feasible.get(f)];
                better[f] = d.mean(d.n);
            }
            Mcb[] mcb = Mcb.of(better, goal.delta(), goal.maximize());
            List<DesignOutcome> out = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                List<Double> cm = new ArrayList<>();
                for (int l = 0; l < constraints.size(); l++) {
                    Constraint c = constraints.get(l);
                    double e = data[i].meanExcess(l);
                    cm.add(c.atMost() ? c.bound() + e : c.bound() - e);
                }
                int f = feasible.indexOf(i);
                double m = data[i].mean(data[i].n);
                out.add(new DesignOutcome(names.get(i), data[i].n, feasibility[i], goal.maximize() ? m : -m, cm,
                        List.of(verdicts[i]), eliminatedIn[i], f < 0 ? null : mcb[f]));
            }
            return new Outcome(selected, status, goal, constraints, settings, out, contenders(), rounds, alphaF,
                    alphaS, etaF, h2F, etaS, h2S, total, equalAllocation);
        }
    }
}
