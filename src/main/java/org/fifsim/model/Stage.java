package org.fifsim.model;

import java.util.Map;

/** A logistics stage: takes packs, holds them for a while and passes them on to the next stage or the line-side. */
abstract class Stage {
    /** Where a stage sends its packs. */
    @FunctionalInterface
    interface Next {
        void accept(Pack p);
    }

    final String name;
    /** Packs in this stage, time-averaged: per-stage stock in replications.csv. */
    final TimeAverage stock = new TimeAverage();
    Next next;
    /** For the audit trail; set by the pipeline. */
    Measures trace;
    /** Packs that entered since the warm-up: handling operations for the cost accounting. */
    long entered;

    final Scheduler sim;

    Stage(String name, Scheduler sim) {
        this.name = name;
        this.sim = sim;
    }

    /** A pack arrives from upstream. */
    final void receive(Pack p) {
        entered++;
        if (trace != null) {
            trace.trace(sim.getSimulatorTime(), name, "enter", p.id);
        }
        accept(p);
    }

    abstract void accept(Pack p);

    /** Packs in this stage now. */
    int count() {
        return (int) Math.round(stock.value());
    }

    void restartStatistics(double now) {
        stock.restart(now);
        entered = 0;
    }

    /** Finer values for replications.csv, keyed by name without the stage prefix. */
    void details(double now, double perYear, Map<String, Double> out) {
        out.put("mean_packs", stock.mean(now));
        out.put("packs_handled_per_yr", entered * perYear);
    }
}
