package org.fifsim.model;

import java.util.ArrayDeque;
import java.util.function.IntConsumer;
import org.fifsim.model.random.Sampler;

/**
 * A warehouse. Every pack stays its compulsory dwell plus its handling time; then it is ready. Packs that arrive
 * together (a truck's load) are handled as one lot, with one handling time. A plain store sends a
 * ready pack on at once. A store that holds stock (a stock point, or the store the line-side orders from) keeps its
 * ready packs and lets them go first in first out while its {@link Gate} says the next stage wants one. When full,
 * arriving packs wait at the door (still counted here) until a place frees.
 */
final class StoreStage extends Stage {
    /** Whether downstream takes one more pack now; asked once per pack, so a gate may count what it lets through. */
    @FunctionalInterface
    interface Gate {
        boolean take();
    }

    /** Whether downstream takes one more pack of this variant now; asked once per pack, like {@link Gate}. */
    @FunctionalInterface
    interface VariantGate {
        boolean take(int variant);
    }

    private final Sampler dwell;
    private final Sampler handling;
    private final int capacity;
    private final ArrayDeque<Pack> atDoor = new ArrayDeque<>();
    private final ArrayDeque<Pack> ready = new ArrayDeque<>();
    private final DelayLine staying;
    private int inside;
    /** Packs that arrive together (one truck's load) are handled as one lot: one handling draw, one ready time. */
    private double lotArrival = Double.NaN;
    private double lotHandling;
    private Gate gate;
    private long outstanding;
    /** Told after a pack left: the echelon that ends here has room, so the stage before may send more. */
    private Runnable onLeave = () -> { };
    /** Held stock by variant (oldest first in each), when this stock point holds every variant; else null. */
    private ArrayDeque<Pack>[] readyByVariant;
    private VariantGate variantGate;
    /** Told the variant of every pack that left, when stock is held by variant. */
    private IntConsumer onLeaveVariant;
    /** Told when a pack is ready and stays held: a consumer that pulls by itself (the pack line) may take it. */
    private Runnable onHeldReady = () -> { };
    /** Ready packs held here, time-averaged: the stock on hand, as opposed to packs still in handling. */
    final TimeAverage onHand = new TimeAverage();
    /**
     * Told the variant after the packs held here changed, or -1 when they are not held by variant (stock-out
     * bookkeeping of the last stock point).
     */
    private IntConsumer onHeldChange = v -> { };

    StoreStage(String name, Scheduler sim, Sampler dwell, Sampler handling, int capacity) {
        super(name, sim);
        this.dwell = dwell;
        this.handling = handling;
        this.capacity = capacity;
        this.staying = new DelayLine(sim, this::ready);
    }

    /** From now on, ready packs are held and leave only while {@code g} lets them. */
    void holdFor(Gate g) {
        this.gate = g;
    }

    /** From now on, ready packs leave only against orders ({@link #order(int)}): the line-side's reorder point. */
    void releaseOnOrder() {
        holdFor(() -> {
            if (outstanding > 0) {
                outstanding--;
                return true;
            }
            return false;
        });
    }

    /**
     * From now on, ready packs are held by variant and a pack of variant v leaves, oldest first, while {@code g}
     * lets a v through; {@code left} hears the variant of every pack that left (one-for-one replenishment).
     */
    @SuppressWarnings("unchecked")
    void holdByVariant(int variants, VariantGate g, IntConsumer left) {
        readyByVariant = (ArrayDeque<Pack>[]) new ArrayDeque<?>[variants];
        for (int v = 0; v < variants; v++) {
            readyByVariant[v] = new ArrayDeque<>();
        }
        variantGate = g;
        onLeaveVariant = left;
        gate = () -> false; // held; the variant gate decides
    }

    void onLeave(Runnable r) {
        this.onLeave = r;
    }

    void onHeldReady(Runnable r) {
        this.onHeldReady = r;
    }

    void onHeldChange(IntConsumer r) {
        this.onHeldChange = r;
    }

    /** Ready packs of variant {@code v} held here now (stock held by variant). */
    int held(int v) {
        return readyByVariant[v].size();
    }

    private void heldChange(int delta, int variant) {
        onHand.add(sim.getSimulatorTime(), delta);
        onHeldChange.accept(variant);
    }

    @Override
    void restartStatistics(double now) {
        super.restartStatistics(now);
        onHand.restart(now);
    }

    /** Packs ordered but not yet sent: part of the ordering store's inventory position. */
    long outstanding() {
        return outstanding;
    }

    /** A pack put here before the run starts, ready at once: a stock point starts at its target. */
    void stockInitially(Pack p) {
        stock.add(sim.getSimulatorTime(), 1);
        inside++;
        if (readyByVariant != null) {
            countVariant(p.variant, 1);
            readyByVariant[p.variant].addLast(p);
            heldChange(1, p.variant);
        } else {
            ready.addLast(p);
            heldChange(1, -1);
        }
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
        double now = sim.getSimulatorTime();
        if (now != lotArrival) {
            lotArrival = now;
            lotHandling = handling.draw();
        }
        staying.add(p, dwell.draw() + lotHandling);
    }

    private void ready(Pack p) {
        if (gate == null) {
            leave(p);
        } else if (readyByVariant != null) {
            readyByVariant[p.variant].addLast(p);
            heldChange(1, p.variant);
            pull(p.variant);
        } else {
            ready.addLast(p);
            heldChange(1, -1);
            pull();
            if (!ready.isEmpty()) {
                onHeldReady.run();
            }
        }
    }

    void order(int quantity) {
        outstanding += quantity;
        pull();
    }

    /** Sends ready packs, oldest first, while the gate lets them. */
    void pull() {
        if (readyByVariant != null) {
            for (int v = 0; v < readyByVariant.length; v++) {
                pull(v);
            }
            return;
        }
        while (!ready.isEmpty() && gate.take()) {
            Pack p = ready.pollFirst();
            heldChange(-1, -1);
            leave(p);
        }
    }

    /** Sends ready packs of variant {@code v}, oldest first, while the variant gate lets them. */
    void pull(int v) {
        ArrayDeque<Pack> q = readyByVariant[v];
        while (!q.isEmpty() && variantGate.take(v)) {
            Pack p = q.pollFirst();
            heldChange(-1, v);
            leave(p);
        }
    }

    /** A consumer that is not a stage (the pack line taking cells) takes the oldest ready pack, if there is one. */
    Pack takeReady() {
        Pack p = ready.pollFirst();
        if (p != null) {
            heldChange(-1, -1);
            leave(p);
        }
        return p;
    }

    private void leave(Pack p) {
        inside--;
        stock.add(sim.getSimulatorTime(), -1);
        if (!atDoor.isEmpty()) {
            enter(atDoor.pollFirst());
        }
        pass(p);
        onLeave.run();
        if (onLeaveVariant != null) {
            onLeaveVariant.accept(p.variant);
        }
    }
}
