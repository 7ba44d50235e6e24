package org.fifsim.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The store beside the vehicle line: packs wait here, first in first out by variant, until a vehicle takes one.
 * Without variants there is one queue.
 */
final class LineSide {
    private final Scheduler sim;
    private final Measures measures;
    @SuppressWarnings("unchecked")
    private ArrayDeque<Pack>[] byVariant = (ArrayDeque<Pack>[]) new ArrayDeque<?>[] {new ArrayDeque<Pack>()};
    /** Time-averaged stock per variant; null without variants (the total is in the measures). */
    private TimeAverage[] stockByVariant;
    private int size;
    private Pipeline pipeline;
    private VehicleLine vehicleLine;
    private QualityIncidents quality;

    LineSide(Scheduler sim, Measures measures) {
        this.sim = sim;
        this.measures = measures;
    }

    void connect(Pipeline p, VehicleLine v) {
        this.pipeline = p;
        this.vehicleLine = v;
    }

    void quality(QualityIncidents q) {
        this.quality = q;
    }

    /** Takes every pack of a detected drift off the line-side, for quarantine (they stay in the pipeline count). */
    List<Pack> pull(Incident incident) {
        List<Pack> held = new ArrayList<>();
        double now = sim.getSimulatorTime();
        for (int v = 0; v < byVariant.length; v++) {
            Iterator<Pack> it = byVariant[v].iterator();
            while (it.hasNext()) {
                Pack p = it.next();
                if (p.incident == incident) {
                    it.remove();
                    held.add(p);
                    size--;
                }
            }
            if (stockByVariant != null) {
                stockByVariant[v].set(now, byVariant[v].size());
            }
        }
        measures.lineSide.set(now, size);
        return held;
    }

    /** Keeps a queue and a stock statistic per variant. */
    @SuppressWarnings("unchecked")
    void variants(int n) {
        byVariant = (ArrayDeque<Pack>[]) new ArrayDeque<?>[n];
        stockByVariant = new TimeAverage[n];
        for (int i = 0; i < n; i++) {
            byVariant[i] = new ArrayDeque<>();
            stockByVariant[i] = new TimeAverage();
        }
    }

    int size() {
        return size;
    }

    /**
     * A pack reaches the line-side door: its lead time ends here, at its first arrival (a suspect pack of a detected
     * drift goes on to quarantine; one sent back from there is not counted again).
     */
    void arrive(Pack p) {
        double now = sim.getSimulatorTime();
        if (!p.reachedLineSide) {
            p.reachedLineSide = true;
            if (!Double.isNaN(p.passed)) { // a stock point's initial pack has no lead time
                measures.leadTime(now - p.passed);
            }
        }
        if (p.incident != null && p.incident.detected) {
            quality.quarantine(p);
            return;
        }
        measures.trace(now, "line-side", "arrive", p.id);
        add(p, now);
        vehicleLine.packArrived(p.variant);
    }

    /** A pack on hand when the run starts (the safety stock); it has no lead time. */
    void stockInitially(Pack p) {
        add(p, sim.getSimulatorTime());
    }

    private void add(Pack p, double now) {
        byVariant[p.variant].addLast(p);
        size++;
        measures.lineSide.set(now, size);
        if (stockByVariant != null) {
            stockByVariant[p.variant].set(now, byVariant[p.variant].size());
        }
    }

    /** A vehicle takes a pack; null when the store is empty. */
    Pack take() {
        return take(0);
    }

    /** A vehicle takes a pack of this variant; null when there is none. */
    Pack take(int variant) {
        Pack p = byVariant[variant].pollFirst();
        if (p != null) {
            size--;
            double now = sim.getSimulatorTime();
            measures.lineSide.set(now, size);
            if (stockByVariant != null) {
                stockByVariant[variant].set(now, byVariant[variant].size());
            }
            pipeline.leave();
        }
        return p;
    }

    void restartStatistics(double now) {
        if (stockByVariant != null) {
            for (TimeAverage t : stockByVariant) {
                t.restart(now);
            }
        }
    }

    /** Mean stock of a variant over the measured time. */
    double meanStock(int variant, double now) {
        return stockByVariant == null ? measures.lineSide.mean(now) : stockByVariant[variant].mean(now);
    }
}
