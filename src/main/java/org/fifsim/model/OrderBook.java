package org.fifsim.model;

import java.util.ArrayDeque;
import java.util.List;
import nl.tudelft.simulation.jstats.streams.StreamInterface;
import org.fifsim.model.random.Sampler;
import org.fifsim.model.random.Streams;
import org.fifsim.scenario.OrdersSpec;
import org.fifsim.scenario.VariantSpec;

/**
 * Customer orders: they arrive at random into the order bank (first come, first served) and move into the frozen
 * build sequence whenever it has a free slot; the sequence holds the frozen horizon's worth of vehicle takts. An
 * order entering the sequence calls off its pack from the pack line at once, and may be built no earlier than the
 * frozen horizon after it entered. So, for constant inputs, order to delivery = wait in the bank + frozen horizon +
 * one takt of build.
 */
final class OrderBook {
    private final Scheduler sim;
    private final Measures measures;
    private final Sampler interarrival;
    private final StreamInterface mix;
    private final double[] cumulativeShare;
    private final double horizon;
    private final int slots;
    private final int initialBank;
    private final ArrayDeque<Order> bank = new ArrayDeque<>();
    private final ArrayDeque<Order> sequence = new ArrayDeque<>();
    private PackLine packLine;
    private VehicleLine vehicleLine;
    private long nextId;

    OrderBook(Scheduler sim, OrdersSpec spec, double takt, Streams streams, Measures measures) {
        this.sim = sim;
        this.measures = measures;
        this.interarrival = Sampler.of(spec.interarrival(), streams.stream("orders/interarrival"));
        List<VariantSpec> variants = spec.variants();
        this.mix = variants.size() > 1 ? streams.stream("orders/variant") : null;
        this.cumulativeShare = new double[variants.size()];
        double sum = 0;
        for (int i = 0; i < variants.size(); i++) {
            sum += variants.get(i).share();
            cumulativeShare[i] = sum;
        }
        this.horizon = spec.frozenHorizon();
        this.slots = spec.sequenceSlots(takt);
        this.initialBank = spec.initialBank();
    }

    void connect(PackLine p, VehicleLine v) {
        this.packLine = p;
        this.vehicleLine = v;
    }

    private double now() {
        return sim.getSimulatorTime();
    }

    /**
     * The initial bank. Its first orders fill the frozen sequence: they were frozen before time zero, so they are due
     * at once and their packs were called off then; those packs are on hand (returned per variant, for the
     * line-side's initial stock), so the run starts in a steady state rather than with a pipeline to refill.
     */
    int[] fillSequence(int variants) {
        int[] onHand = new int[variants];
        for (int i = 0; i < initialBank; i++) {
            bank.addLast(new Order(nextId++, variant(), 0));
        }
        while (sequence.size() < slots && !bank.isEmpty()) {
            Order o = bank.pollFirst();
            o.frozenAt = -horizon;
            sequence.addLast(o);
            onHand[o.variant]++;
        }
        return onHand;
    }

    /** Orders start arriving. */
    void start() {
        measures.orderBank.set(now(), bank.size());
        vehicleLine.orderFrozen();
        sim.scheduleEventRel(interarrival.draw(), this::arrival);
    }

    private int variant() {
        if (mix == null) {
            return 0;
        }
        double u = mix.nextDouble() * cumulativeShare[cumulativeShare.length - 1];
        for (int i = 0; i < cumulativeShare.length - 1; i++) {
            if (u < cumulativeShare[i]) {
                return i;
            }
        }
        return cumulativeShare.length - 1;
    }

    private void arrival() {
        bank.addLast(new Order(nextId++, variant(), now()));
        measures.ordersArrived++;
        freeze(now());
        sim.scheduleEventRel(interarrival.draw(), this::arrival);
    }

    /** Moves orders from the bank into free slots of the frozen sequence, calling off their packs. */
    private void freeze(double at) {
        boolean frozen = false;
        while (sequence.size() < slots && !bank.isEmpty()) {
            Order o = bank.pollFirst();
            o.frozenAt = at;
            sequence.addLast(o);
            packLine.callOff(o.variant);
            frozen = true;
        }
        measures.orderBank.set(now(), bank.size());
        if (frozen) {
            vehicleLine.orderFrozen();
        }
    }

    /** The next order of the sequence, or null when the sequence is empty. */
    Order next() {
        return sequence.peekFirst();
    }

    /** When an order may be built: the frozen horizon after it entered the sequence. */
    double due(Order o) {
        return o.frozenAt + horizon;
    }

    /** The vehicle of the sequence's first order has started: its slot is free for the bank's first order. */
    void started(Order o) {
        sequence.pollFirst();
        freeze(now());
    }

    /** The vehicle of {@code o} is finished at {@code time}: order to delivery ends here. */
    void delivered(Order o, double time) {
        measures.orderDelivered(time - o.arrived);
    }

    int bankSize() {
        return bank.size();
    }

    /** Splits {@code n} packs over the variants by their shares (largest remainders), for the initial stock. */
    static int[] split(int n, List<VariantSpec> variants) {
        int[] out = new int[variants.size()];
        double[] rest = new double[variants.size()];
        int given = 0;
        for (int i = 0; i < out.length; i++) {
            double exact = n * variants.get(i).share();
            out[i] = (int) Math.floor(exact);
            rest[i] = exact - out[i];
            given += out[i];
        }
        while (given < n) {
            int best = 0;
            for (int i = 1; i < rest.length; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            out[best]++;
            rest[best] = -1;
            given++;
        }
        return out;
    }
}
