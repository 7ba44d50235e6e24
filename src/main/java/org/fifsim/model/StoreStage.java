package org.fifsim.model;

import java.util.ArrayDeque;
import org.fifsim.model.random.Sampler;

/**
 * A warehouse: every pack stays at least its dwell time, then moves on. When full, arriving packs wait at the door
 * (still counted here) until a place frees. A store that supplies the line-side on a reorder point holds its ready
 * packs until they are ordered.
 */
final class StoreStage extends Stage {
    private final Sampler dwell;
    private final int capacity;
    private final ArrayDeque<Pack> atDoor = new ArrayDeque<>();
    private final ArrayDeque<Pack> ready = new ArrayDeque<>();
    private final DelayLine dwelling;
    private int inside;
    private boolean releaseOnOrder;
    private long outstanding;

    StoreStage(String name, Scheduler sim, Sampler dwell, int capacity) {
        super(name, sim);
        this.dwell = dwell;
        this.capacity = capacity;
        this.dwelling = new DelayLine(sim, this::ready);
    }

    /** From now on, ready packs leave only against orders ({@link #order(int)}). */
    void releaseOnOrder() {
        this.releaseOnOrder = true;
    }

    /** Packs ordered but not yet sent: part of the ordering store's inventory position. */
    long outstanding() {
        return outstanding;
    }

    @Override
    void accept(Pack p) {
        stock.add(sim.getSimulatorTime(), 1);
        if (inside < capacity) {
            enter(p);
        } else {
            atDoor.addLast(p);
        }
    }

    private void enter(Pack p) {
        inside++;
        dwelling.add(p, dwell.draw());
    }

    private void ready(Pack p) {
        if (releaseOnOrder) {
            ready.addLast(p);
            drain();
        } else {
            leave(p);
        }
    }

    void order(int quantity) {
        outstanding += quantity;
        drain();
    }

    private void drain() {
        while (outstanding > 0 && !ready.isEmpty()) {
            outstanding--;
            leave(ready.pollFirst());
        }
    }

    private void leave(Pack p) {
        inside--;
        stock.add(sim.getSimulatorTime(), -1);
        if (!atDoor.isEmpty()) {
            enter(atDoor.pollFirst());
        }
        next.accept(p);
    }
}
