package org.fifsim.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import nl.tudelft.simulation.jstats.streams.StreamInterface;
import org.fifsim.model.random.Sampler;
import org.fifsim.model.random.Streams;
import org.fifsim.results.Activity;
import org.fifsim.results.Details;
import org.fifsim.results.KpiValues;
import org.fifsim.results.Kpis;
import org.fifsim.scenario.Durations;
import org.fifsim.scenario.OrdersSpec;
import org.fifsim.scenario.Scenario;
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
    private final Scheduler.Timer nextArrival;
    private final StreamInterface mix;
    private final double[] cumulativeShare;
    private final double horizon;
    private final int slots;
    private final int initialBank;
    private final ArrayDeque<Order> bank = new ArrayDeque<>();
    private final ArrayDeque<Order> sequence = new ArrayDeque<>();
    private final List<VariantSpec> variants;
    private PackLine packLine;
    /** Where an order's pack is called off: the pack line, or the last stock point (see {@link OrdersSpec.PacksFrom}). */
    private IntConsumer callOff;
    private boolean fromStock;
    private VehicleLine vehicleLine;
    private LineSide lineSide;
    private Pipeline pipeline;
    private long nextId;
    private int[] sequencedOnHand;
    /** Vehicles built by variant when the warm-up ended; null before. */
    private long[] builtAtWarmup;

    OrderBook(Scheduler sim, OrdersSpec spec, double takt, Streams streams, Measures measures) {
        this.sim = sim;
        this.measures = measures;
        this.interarrival = Sampler.of(spec.interarrival(), streams.stream("orders/interarrival"));
        this.nextArrival = sim.new Timer() {
            @Override
            void fire() {
                arrival();
            }
        };
        this.variants = spec.variants();
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

    /**
     * Orders for the scenario, wired into the lines: the pack line builds to the sequence, the line-side keeps
     * packs by variant, the vehicle line builds orders (setting aside misses under the rework rule). The sequence is
     * filled at once; {@link #initialStock} then gives the line-side's packs at time zero.
     */
    static OrderBook install(Scheduler sim, Scenario scenario, Streams streams, Measures measures, PackLine packLine,
            Pipeline pipeline, LineSide lineSide, VehicleLine vehicleLine) {
        OrdersSpec spec = scenario.orders();
        int n = spec.variants().size();
        OrderBook book = new OrderBook(sim, spec, scenario.vehicleLine().takt(), streams, measures);
        book.packLine = packLine;
        book.vehicleLine = vehicleLine;
        book.lineSide = lineSide;
        book.pipeline = pipeline;
        packLine.buildToSequence(spec.variants(), scenario.packLine().changeover(), streams);
        if (spec.packsFrom() == OrdersSpec.PacksFrom.STOCK) {
            pipeline.stockToSequence(spec.variants(), packLine::callOff);
            book.callOff = pipeline::callOff;
            book.fromStock = true;
        } else {
            pipeline.buildToSequence();
            book.callOff = packLine::callOff;
        }
        lineSide.variants(n);
        vehicleLine.buildOrders(book, n, spec.miss() == OrdersSpec.Miss.REWORK
                ? Sampler.of(spec.reworkTime(), streams.stream("orders/rework")) : null);
        book.sequencedOnHand = book.fillSequence(n);
        return book;
    }

    /** Packs on the line-side at time zero, by variant: the safety stock split by share, and the sequence's packs. */
    int[] initialStock(int safetyStock) {
        int[] stock = split(safetyStock, variants);
        for (int v = 0; v < stock.length; v++) {
            stock[v] += sequencedOnHand[v];
        }
        return stock;
    }

    private double now() {
        return sim.getSimulatorTime();
    }

    /**
     * The initial bank. Its first orders fill the frozen sequence: they were frozen before time zero, so they are due
     * at once and their packs were called off then; those packs are on hand (returned per variant, for the
     * line-side's initial stock), so the run starts in a steady state rather than with a pipeline to refill.
     */
    private int[] fillSequence(int variants) {
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
        nextArrival.after(interarrival.draw());
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
        nextArrival.after(interarrival.draw());
    }

    /** Moves orders from the bank into free slots of the frozen sequence, calling off their packs. */
    private void freeze(double at) {
        boolean frozen = false;
        while (sequence.size() < slots && !bank.isEmpty()) {
            Order o = bank.pollFirst();
            o.frozenAt = at;
            sequence.addLast(o);
            callOff.accept(o.variant);
            frozen = true;
        }
        measures.orderBank.set(now(), bank.size());
        if (frozen) {
            vehicleLine.orderFrozen();
        }
    }

    /**
     * A pack of this variant was scrapped after it left the line (found bad in quarantine): its vehicle needs
     * another, called off first from wherever the sequence takes its packs.
     */
    void replace(int variant) {
        if (fromStock) {
            callOff.accept(variant);
        } else {
            packLine.replace(variant);
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

    /** Order to delivery, the order bank, sequence misses, and stock and builds by variant. */
    void results(double now, double perYear, KpiValues.Builder k, Details.Sink details) {
        Measures m = measures;
        double vehicleWorking = m.vehicleWorking.integral(now);
        k.put(Kpis.ORDER_TO_DELIVERY_D, m.deliveryCount > 0 ? m.deliverySum / m.deliveryCount / Durations.DAY
                : Double.NaN);
        k.put(Kpis.ORDER_TO_DELIVERY_P95_D, m.deliveries.quantile(0.95) / Durations.DAY);
        k.put(Kpis.ORDER_BANK_ORDERS, m.orderBank.mean(now));
        k.put(Kpis.SEQUENCE_MISSES, m.sequenceMisses * perYear);
        k.put(Kpis.VEHICLE_LINE_WAITING_ORDERS,
                vehicleWorking > 0 ? TimeAverage.share(m.vehicleNoOrder.integral(now) / vehicleWorking) : 0);
        details.put("orders.arrived_per_yr", m.ordersArrived * perYear);
        details.put("orders.vehicles_reworked_per_yr", m.vehiclesReworked * perYear);
        details.put("orders.bank_at_end", (double) bank.size());
        double[] mix = builtMix();
        long[] built = vehicleLine.builtByVariant();
        double kwh = 0;
        double mass = 0;
        for (int v = 0; v < variants.size(); v++) {
            VariantSpec spec = variants.get(v);
            String name = "variant." + spec.name();
            details.put(name + ".line_side_packs", lineSide.meanStock(v, now));
            details.put(name + ".vehicles_since_start", (double) built[v]);
            kwh += mix[v] * spec.kwh();
            mass += mix[v] * spec.massKg();
        }
        // the built mix's pack; its value is the accounting's (pack_value_cny.<variant> factors). A variant of kwh 0
        // takes the accounting's pack_kwh, which the model does not know: the mean is then not the model's (NaN), never
        // a 0 kWh pack beside a carbon per kWh (issue 28)
        boolean fromAccounting = variants.stream().anyMatch(v -> !(v.kwh() > 0));
        details.put("variants.mean_pack_kwh", fromAccounting ? Double.NaN : kwh);
        details.put("variants.mean_pack_mass_kg", mass);
    }

    /** The warm-up ends: the built mix counts from here, like every other measure. */
    void restartStatistics() {
        builtAtWarmup = vehicleLine.builtByVariant().clone();
    }

    /** Each variant's share of the vehicles built in the measured time (its order share before any is built). */
    private double[] builtMix() {
        long[] built = vehicleLine.builtByVariant();
        long[] measured = new long[built.length];
        long all = 0;
        for (int v = 0; v < built.length; v++) {
            measured[v] = built[v] - (builtAtWarmup == null ? 0 : builtAtWarmup[v]);
            all += measured[v];
        }
        double[] out = new double[variants.size()];
        for (int v = 0; v < out.length; v++) {
            out[v] = all > 0 ? (double) measured[v] / all : variants.get(v).share();
        }
        return out;
    }

    /**
     * The variants as activity: their packs, the built mix, and the stock held by variant (the line-side's, and with
     * packs from stock of every variant the stages' too); empty
     * when the scenario names no variants, so that the accounting prices the library's one pack.
     */
    List<Activity.Variant> activity(double now) {
        if (variants.equals(List.of(VariantSpec.single()))) {
            return List.of();
        }
        double[] mix = builtMix();
        List<Activity.Variant> out = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            VariantSpec spec = variants.get(v);
            // held by variant: the line-side, and with stock of every variant the stages too (0 otherwise)
            double held = lineSide.meanStock(v, now) + pipeline.meanStock(v, now);
            out.add(new Activity.Variant(spec.name(), mix[v], spec.kwh(), spec.massKg(), held));
        }
        return out;
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
