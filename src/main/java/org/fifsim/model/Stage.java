package org.fifsim.model;

/** A logistics stage: takes packs, holds them for a while and passes them on to the next stage or the line-side. */
abstract class Stage {
    /** Where a stage sends its packs. */
    @FunctionalInterface
    interface Next {
        void accept(Pack p);
    }

    final String name;
    /** Time-averaged number of packs in this stage. */
    final TimeAverage stock = new TimeAverage();

    Stage(String name) {
        this.name = name;
    }

    abstract void accept(Pack p);

    void restartStatistics(double now) {
        stock.restart(now);
    }
}
