package org.fifsim.model;

import org.fifsim.results.Activity;
import org.fifsim.results.Details;

/** A logistics stage: takes packs, holds them for a while and passes them on to the next stage or the line-side. */
abstract class Stage {
    final String name;
    /** Packs in this stage, time-averaged: per-stage stock in replications.csv. */
    final TimeAverage stock = new TimeAverage();
    /**
     * The stage packs go on to; null for the last, whose packs go to {@link #lineSide}, or nowhere when that is null
     * too (a store a consumer takes from). Typed links, not a functional interface: a lambda per link made the hand-on
     * an interface call whose receiver could not be predicted (profiled at the call in {@link #pass}).
     */
    Stage next;
    LineSide lineSide;
    /** For the audit trail; set by the pipeline. */
    Measures trace;
    /** Packs that entered since the warm-up: handling operations for the cost accounting. */
    long entered;
    /** Packs that left since the warm-up, and the time they spent here: the mean stay, for Little's law. */
    private long left;
    private double staySum;

    final Scheduler sim;
    /** Packs here by variant, kept only when stock points hold every variant (see {@link #countVariants}). */
    private int[] byVariant;
    /** The same, time-averaged: the stock by variant the accounting values at each variant's own value. */
    private TimeAverage[] stockByVariant;
    /** Packs by variant in this stage's echelon, counted with the stages' own: kept by the pipeline. */
    private int[] echelonByVariant;

    Stage(String name, Scheduler sim) {
        this.name = name;
        this.sim = sim;
    }

    /** A pack arrives from upstream. */
    final void receive(Pack p) {
        arrived(p);
        accept(p);
    }

    /**
     * A pack put here before the run as if it had been under way for a while: it leaves {@code remaining} seconds
     * from now where the stage can say so (a transfer), else it simply arrives now.
     */
    final void receiveInTransit(Pack p, double remaining) {
        arrived(p);
        acceptInTransit(p, remaining);
    }

    void acceptInTransit(Pack p, double remaining) {
        accept(p);
    }

    private void arrived(Pack p) {
        entered++;
        p.stageEntered = sim.getSimulatorTime();
        if (byVariant != null) {
            countVariant(p.variant, 1);
        }
        if (trace != null) {
            trace.trace(sim.getSimulatorTime(), name, "enter", p.id);
        }
    }

    abstract void accept(Pack p);

    /** A pack leaves for the next stage or the line-side. */
    final void pass(Pack p) {
        left++;
        staySum += sim.getSimulatorTime() - p.stageEntered;
        if (byVariant != null) {
            countVariant(p.variant, -1);
        }
        if (next != null) {
            next.receive(p);
        } else if (lineSide != null) {
            lineSide.arrive(p);
        }
    }

    /**
     * From now on, count the packs here per variant (for {@link #meanStock(int, double)}), and add
     * them to {@code echelon}, the count by variant of the echelon this stage is in.
     */
    void countVariants(int n, int[] echelon) {
        echelonByVariant = echelon;
        byVariant = new int[n];
        stockByVariant = new TimeAverage[n];
        for (int v = 0; v < n; v++) {
            stockByVariant[v] = new TimeAverage();
        }
    }

    /** One more (or fewer) pack of this variant here. */
    final void countVariant(int variant, int delta) {
        byVariant[variant] += delta;
        echelonByVariant[variant] += delta;
        stockByVariant[variant].set(sim.getSimulatorTime(), byVariant[variant]);
    }

    /** Mean packs of this variant here over the measured time; 0 when variants are not counted. */
    double meanStock(int variant, double now) {
        return stockByVariant == null ? 0 : stockByVariant[variant].mean(now);
    }

    /** Packs in this stage now. */
    int count() {
        return (int) Math.round(stock.value());
    }

    void restartStatistics(double now) {
        stock.restart(now);
        if (stockByVariant != null) {
            for (TimeAverage t : stockByVariant) {
                t.restart(now);
            }
        }
        entered = 0;
        left = 0;
        staySum = 0;
    }

    /** Finer values for replications.csv, keyed by name without the stage prefix. */
    void details(double now, double perYear, Details.Sink out) {
        out.put("mean_packs", stock.mean(now));
        out.put("packs_handled_per_yr", entered * perYear);
        out.put("mean_stay_h", left > 0 ? staySum / left / 3600.0 : 0); // 0: no pack left since the warm-up
    }

    /** This stage as a hub on {@code site}, per year: units handled and unit-days held. */
    final Activity.Hub hub(Activity.HubKind kind, Activity.Site site, double now, double perYear) {
        return new Activity.Hub(name, kind, site, entered * perYear, stock.integral(now) / 86400.0 * perYear);
    }

    /** {@link #details(double, double, Details.Sink)} under the columns {@code prefix + name + "." + key}. */
    final void details(String prefix, double now, double perYear, Details.Sink out) {
        details(now, perYear, (k, v) -> out.put(prefix + name + "." + k, v));
    }
}
