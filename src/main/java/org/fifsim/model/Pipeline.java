package org.fifsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.fifsim.model.random.Sampler;
import org.fifsim.model.random.Streams;
import org.fifsim.results.Activity;
import org.fifsim.results.Details;
import org.fifsim.scenario.LogisticsSpec;
import org.fifsim.scenario.Replenishment;
import org.fifsim.scenario.StageSpec;
import org.fifsim.scenario.VariantSpec;

/**
 * The logistics pipeline from end-of-line to installation: an ordered chain of stages ending at the line-side store.
 * Stock points (stores with a target) cut it into echelons; each is replenished by the one before it up to its level:
 * the pack line fills the first, a stock point sends packs on while the next echelon is below its level (FIFO), and
 * the line-side's reorder point, when set, orders from the last store.
 */
final class Pipeline {
    private final Scheduler sim;
    private final Measures measures;
    private final List<Stage> stages = new ArrayList<>();
    private final List<RoadStage> roads = new ArrayList<>();
    private final LineSide lineSide;
    private final Replenishment lineSideRule;
    private final List<LogisticsSpec.Echelon> echelons;
    private final List<StageSpec> specs;
    private final double vehicleTakt;
    /** The stock point at the end of each echelon but the last (which ends at the line-side). */
    private final List<StoreStage> stockPoints = new ArrayList<>();
    /** The store the line-side orders from under a reorder point, and the stages between it and the line-side. */
    private StoreStage supplier;
    private final List<Stage> afterSupplier = new ArrayList<>();
    private int count;
    private int initialStock;
    private boolean sequenced;
    /** With stock of every variant: per-variant levels and targets by echelon, and call-offs waiting at the last stock point. */
    private int[][] levelByVariant;
    private int[][] targetByVariant;
    private long[] calledOff;
    /** With stock of every variant: packs by echelon and variant, in the echelon's stages (not the line-side). */
    private int[][] echelonByVariant;
    /** The pack line's call-off, told one variant for every pack that leaves the first stock point. */
    private IntConsumer replenishFirst;
    /** True while the initial stock is sent on: those sends are the stock's own lead-time demand, not consumption. */
    private boolean starting;
    /** Told when the first echelon has room, so the pack line can start the next pack. */
    private Runnable spaceListener = () -> { };
    /** Per stock point: true under base stock (orders when a demand arrives), false under kanban (when a pack leaves). */
    private final List<Boolean> baseStock = new ArrayList<>();
    /** Demands at the last stock point (call-offs) since the warm-up, and those met from stock at once. */
    private long demands;
    private long metAtOnce;
    /** Call-offs waiting at the last stock point, time-averaged. */
    private final TimeAverage backorders = new TimeAverage();
    /** Share of demand (by variant share) that would find no pack of its variant on hand, time-averaged. */
    private final TimeAverage stockOut = new TimeAverage();
    private double[] variantShare;
    /** Per variant, whether the last stock point had none on hand at the last count, and the share that gave. */
    private boolean[] outNow;
    private double outShare;

    Pipeline(Scheduler sim, LogisticsSpec spec, Streams streams, Measures measures, LineSide lineSide,
            double vehicleTakt, double workingShare) {
        this.sim = sim;
        this.measures = measures;
        this.lineSide = lineSide;
        this.lineSideRule = spec.lineSide();
        this.echelons = spec.echelons(vehicleTakt, workingShare);
        this.specs = spec.stages();
        this.vehicleTakt = vehicleTakt;
        for (StageSpec s : spec.stages()) {
            stages.add(build(s, streams));
        }
        for (Stage s : stages) {
            s.trace = measures.trace == null ? null : measures;
        }
        for (int i = 0; i < stages.size(); i++) {
            if (i + 1 < stages.size()) {
                stages.get(i).next = stages.get(i + 1);
            } else {
                stages.get(i).lineSide = lineSide;
            }
        }
        for (int j = 0; j + 1 < echelons.size(); j++) {
            StoreStage point = (StoreStage) stages.get(echelons.get(j).to());
            stockPoints.add(point);
            StageSpec.Store store = (StageSpec.Store) spec.stages().get(echelons.get(j).to());
            baseStock.add(store.policy() == StageSpec.Store.Policy.BASE_STOCK);
            int next = j + 1;
            point.holdFor(() -> position(next) < echelons.get(next).level());
            int own = j;
            point.onLeave(() -> echelonHasRoom(own));
        }
        if (!lineSideRule.kanban()) {
            for (int i = stages.size() - 1; i >= 0 && supplier == null; i--) {
                if (stages.get(i) instanceof StoreStage st) {
                    supplier = st;
                } else {
                    afterSupplier.add(stages.get(i));
                }
            }
            supplier.releaseOnOrder();
        }
    }

    private Stage build(StageSpec spec, Streams streams) {
        String key = "logistics/" + spec.name();
        if (spec instanceof StageSpec.Transfer t) {
            return new TransferStage(spec.name(), sim, Sampler.of(t.delay(), streams.stream(key + "/delay")));
        }
        if (spec instanceof StageSpec.Store s) {
            return new StoreStage(spec.name(), sim, Sampler.of(s.dwell(), streams.stream(key + "/dwell")),
                    Sampler.of(s.handling(), streams.stream(key + "/handling")), s.capacity());
        }
        StageSpec.Road r = (StageSpec.Road) spec;
        RoadStage road = new RoadStage(sim, measures, r, new RoadTimes(r, streams, key), true);
        roads.add(road);
        return road;
    }

    void onSpace(Runnable listener) {
        this.spaceListener = listener;
    }

    /**
     * With customer orders every pack in the pipe is called off for a vehicle of the frozen sequence, and the stock
     * points' order-up-to levels do not know variants (a level filled with one variant would hold back the others
     * for good): each store then passes its packs on as soon as they are ready, and starts empty.
     */
    void buildToSequence() {
        sequenced = true;
        for (StoreStage point : stockPoints) {
            point.holdFor(() -> true);
        }
    }

    /**
     * With customer orders and stock of every variant: each stock point holds every variant, its echelon's level
     * split over them by share. An order entering the frozen sequence calls its pack off from the last stock point
     * ({@link #callOff}), which sends the oldest ready pack of the variant towards the line-side, or keeps the
     * call-off and serves it first when one is ready. Upstream replenishes one for one per variant: a v leaving a
     * stock point lets the one before it send a v while the echelon between holds fewer v than its level, and a v
     * leaving the first makes the pack line build one ({@code packLine}).
     */
    void stockToSequence(List<VariantSpec> variants, IntConsumer packLine) {
        sequenced = true;
        int n = variants.size();
        replenishFirst = packLine;
        levelByVariant = new int[echelons.size()][];
        targetByVariant = new int[echelons.size()][];
        for (int j = 0; j < echelons.size(); j++) {
            levelByVariant[j] = OrderBook.split(echelons.get(j).level(), variants);
            targetByVariant[j] = OrderBook.split(echelons.get(j).target(), variants);
        }
        calledOff = new long[n];
        echelonByVariant = new int[echelons.size()][n];
        for (int j = 0; j < echelons.size(); j++) {
            LogisticsSpec.Echelon e = echelons.get(j);
            for (int i = e.from(); i <= e.to() && i < stages.size(); i++) {
                stages.get(i).countVariants(n, echelonByVariant[j]);
            }
        }
        int last = stockPoints.size() - 1;
        for (int j = 0; j <= last; j++) {
            StoreStage point = stockPoints.get(j);
            int next = j + 1;
            StoreStage.VariantGate gate = j == last ? this::takeCallOff
                    : baseStock.get(next) ? v -> inventoryPosition(next, v) < levelByVariant[next][v]
                    : v -> position(next, v) < levelByVariant[next][v];
            int own = j;
            point.onLeave(() -> { });
            point.holdByVariant(n, gate, v -> variantLeft(own, v));
        }
        variantShare = new double[n];
        for (int v = 0; v < n; v++) {
            variantShare[v] = variants.get(v).share();
        }
        stockPoints.get(last).onHeldChange(this::heldChanged);
    }

    /**
     * Inventory position of echelon {@code j} for variant {@code v} under base stock: packs on hand and on the way,
     * less the demands it owes (call-offs waiting at the last stock point; before it, what the next echelon is
     * short of its own level while this one has nothing to send).
     */
    private int inventoryPosition(int j, int v) {
        return position(j, v) - owed(j, v);
    }

    private int owed(int j, int v) {
        if (j == stockPoints.size() - 1) {
            return (int) calledOff[v];
        }
        int next = j + 1;
        int seen = baseStock.get(next) ? inventoryPosition(next, v) : position(next, v);
        return Math.max(0, levelByVariant[next][v] - seen);
    }

    /**
     * Stock-out share of the last stock point: the demand share of variants with nothing on hand now. It changes
     * only when a variant runs out or comes back: only then is the share summed again (in the same order, so to
     * the same double); every other change of stock records the share it already has.
     */
    private void heldChanged(int changed) {
        StoreStage point = stockPoints.get(stockPoints.size() - 1);
        if (outNow == null || changed < 0 || (point.held(changed) == 0) != outNow[changed]) {
            outNow = new boolean[variantShare.length];
            double out = 0;
            double all = 0;
            for (int v = 0; v < variantShare.length; v++) {
                all += variantShare[v];
                if (point.held(v) == 0) {
                    out += variantShare[v];
                    outNow[v] = true;
                }
            }
            outShare = all > 0 ? out / all : 0;
        }
        stockOut.set(sim.getSimulatorTime(), outShare);
    }

    /** True when stock is held by variant at the stock points ({@link #stockToSequence}). */
    boolean fromStock() {
        return calledOff != null;
    }

    /** The frozen sequence calls off a pack of variant {@code v} from the last stock point. */
    void callOff(int v) {
        int last = stockPoints.size() - 1;
        StoreStage point = stockPoints.get(last);
        demands++;
        if (point.held(v) > 0) {
            metAtOnce++;
        }
        calledOff[v]++;
        backorders.add(sim.getSimulatorTime(), 1);
        if (baseStock.get(last)) {
            order(last, v);
        }
        point.pull(v);
    }

    private boolean takeCallOff(int v) {
        if (calledOff[v] > 0) {
            calledOff[v]--;
            backorders.add(sim.getSimulatorTime(), -1);
            return true;
        }
        return false;
    }

    /** A pack of variant {@code v} left stock point {@code j}: under kanban, that is when it orders its replacement. */
    private void variantLeft(int j, int v) {
        if (starting || baseStock.get(j)) {
            return;
        }
        order(j, v);
    }

    /**
     * Stock point {@code j} orders one pack of variant {@code v} from the stage before it: the pack line, or the
     * stock point before, which ships it when it has one ready (its gate sees the order in the inventory position)
     * and, under base stock, orders its own replacement at once.
     */
    private void order(int j, int v) {
        if (j == 0) {
            replenishFirst.accept(v);
        } else {
            stockPoints.get(j - 1).pull(v);
            if (baseStock.get(j - 1)) {
                order(j - 1, v);
            }
        }
    }

    /**
     * The last stock point before the line, as textbook inventory measures (packs from stock only): fill rate (share
     * of call-offs met from stock at once), mean packs on hand, mean call-offs waiting, stock-out time share; null
     * without call-offs from stock.
     */
    double[] stockMeasures(double now) {
        if (calledOff == null) {
            return null;
        }
        StoreStage point = stockPoints.get(stockPoints.size() - 1);
        return new double[] {demands > 0 ? (double) metAtOnce / demands : Double.NaN, point.onHand.mean(now),
                backorders.mean(now), TimeAverage.share(stockOut.mean(now))};
    }

    /**
     * Packs of variant {@code v} in echelon {@code j} (a stock point's echelon: its stages, no line-side), counted as
     * they move: the gates ask for it on every pull, and summing the stages' counts was 1-2% of a remote run.
     */
    private int position(int j, int v) {
        return echelonByVariant[j][v];
    }

    /** Mean packs of variant {@code v} in the stages (not the line-side), when they count variants; else 0. */
    double meanStock(int v, double now) {
        double n = 0;
        for (Stage s : stages) {
            n += s.meanStock(v, now);
        }
        return n;
    }

    /** Packs between end-of-line and installation. */
    int count() {
        return count;
    }

    /** Packs in echelon {@code j}: its stages, and the line-side for the last. */
    private int position(int j) {
        LogisticsSpec.Echelon e = echelons.get(j);
        int n = j == echelons.size() - 1 ? lineSide.size() : 0;
        for (int i = e.from(); i <= e.to() && i < stages.size(); i++) {
            n += stages.get(i).count();
        }
        return n;
    }

    /** What the pack line's pull rule looks at: the packs in the first echelon. */
    int productionPosition() {
        return echelons.size() == 1 ? count : position(0);
    }

    /** The pack line's kanban limit: the first echelon's order-up-to level. */
    int productionLimit() {
        return echelons.get(0).level();
    }

    /** A pack left echelon {@code j}: the stage that replenishes it may send the next. */
    private void echelonHasRoom(int j) {
        if (j == 0) {
            spaceListener.run();
        } else {
            stockPoints.get(j - 1).pull();
        }
    }

    List<Stage> stages() {
        return stages;
    }

    List<RoadStage> roads() {
        return roads;
    }

    /** A pack passed the end-of-line test. */
    void enter(Pack p) {
        count++;
        measures.pipeline.set(sim.getSimulatorTime(), count);
        if (stages.isEmpty()) {
            lineSide.arrive(p);
        } else {
            stages.get(0).receive(p);
        }
    }

    /**
     * Stocks the plant before the run starts: {@code n} packs on the line-side (its safety stock) and every stock
     * point at its target plus the next echelon's lead-time demand, ready to leave. These packs have no lead time.
     */
    void stockInitially(int n) {
        stockInitially(new int[] {n});
    }

    /**
     * As {@link #stockInitially(int)}, with {@code lineSide[v]} packs of each variant on the line-side; the stock
     * points' packs take the variants in the same proportions.
     */
    void stockInitially(int[] lineSideByVariant) {
        long id = -1;
        int n = 0;
        for (int v = 0; v < lineSideByVariant.length; v++) {
            for (int i = 0; i < lineSideByVariant[v]; i++) {
                Pack p = initialPack(id--);
                p.variant = v;
                lineSide.stockInitially(p);
                n++;
            }
        }
        count += n;
        if (fromStock()) {
            stockByVariant(id);
            return;
        }
        for (int j = 0; j < stockPoints.size(); j++) {
            int stock = sequenced ? 0 : LogisticsSpec.initialStock(echelons, j);
            for (int i = 0; i < stock; i++) {
                Pack p = initialPack(id--);
                p.variant = n > 0 ? variantAt(i % n, lineSideByVariant) : 0;
                stockPoints.get(j).stockInitially(p);
            }
            count += stock;
        }
        if (!sequenced) {
            id = inTransit(id, firstLeadTimeDemand(echelons.get(0).level(), echelons.get(0).target()), 0);
        }
        initialStock = count;
        measures.pipeline.set(sim.getSimulatorTime(), count);
        reviewLineSide();
        for (StoreStage point : stockPoints) {
            point.pull(); // each sends the next echelon's lead-time demand on its way
        }
    }

    /**
     * Every stock point at its target per variant plus, but for the last, the next echelon's lead-time demand per
     * variant, which it sends on at once (not counted as consumption). The last one's packs leave only on call-off.
     */
    private void stockByVariant(long id) {
        int last = stockPoints.size() - 1;
        for (int j = 0; j <= last; j++) {
            for (int v = 0; v < calledOff.length; v++) {
                int stock = targetByVariant[j][v];
                if (j < last) {
                    stock += Math.max(0, levelByVariant[j + 1][v] - targetByVariant[j + 1][v]);
                }
                for (int i = 0; i < stock; i++) {
                    Pack p = initialPack(id--);
                    p.variant = v;
                    stockPoints.get(j).stockInitially(p);
                }
                count += stock;
            }
        }
        for (int v = 0; v < calledOff.length; v++) {
            id = inTransit(id, firstLeadTimeDemand(levelByVariant[0][v], targetByVariant[0][v]), v);
        }
        initialStock = count;
        measures.pipeline.set(sim.getSimulatorTime(), count);
        starting = true;
        for (StoreStage point : stockPoints) {
            point.pull();
        }
        starting = false;
    }

    /**
     * The lead-time demand of the stages before the first stock point, when it is under base stock: nothing upstream
     * sends them (the pack line builds one per order), so they start in transit. 0 without a first stock point, or
     * under kanban, which starts as before: with its target only.
     */
    private int firstLeadTimeDemand(int level, int target) {
        if (stockPoints.isEmpty() || !baseStock.get(0)) {
            return 0;
        }
        return level - target;
    }

    /**
     * Puts {@code n} packs of variant {@code v} in transit in the stages before the first stock point, spread over
     * them by their mean delays as a steady flow would be: in a transfer, evenly over what is left of its delay; a
     * road or a plain store takes them in at once (they leave with the first trucks, after their handling).
     */
    private long inTransit(long id, int n, int v) {
        LogisticsSpec.Echelon e = echelons.get(0);
        if (n <= 0 || !(e.leadTime() > 0)) {
            return id;
        }
        double before = 0;
        int placed = 0;
        for (int i = e.from(); i < e.to(); i++) {
            double d = specs.get(i).meanDelay(vehicleTakt);
            before += d;
            int upTo = i == e.to() - 1 ? n : (int) Math.round(n * before / e.leadTime());
            int here = upTo - placed;
            for (int k = 0; k < here; k++) {
                Pack p = initialPack(id--);
                p.variant = v;
                stages.get(i).receiveInTransit(p, d * (k + 0.5) / here);
            }
            placed = upTo;
        }
        count += n;
        return id;
    }

    /** The variant of the k-th pack when the packs of each variant come one block after the other. */
    private static int variantAt(int k, int[] byVariant) {
        int v = 0;
        while (k >= byVariant[v]) {
            k -= byVariant[v++];
        }
        return v;
    }

    private static Pack initialPack(long id) {
        Pack p = new Pack(id, 0);
        p.passed = Double.NaN;
        return p;
    }

    /** Packs put in before the run: line-side and stock points. */
    int initialStock() {
        return initialStock;
    }

    /** A pack was installed in a vehicle and leaves the pipeline. */
    void leave() {
        count--;
        measures.pipeline.set(sim.getSimulatorTime(), count);
        reviewLineSide();
        if (calledOff == null) {
            echelonHasRoom(echelons.size() - 1);
        }
    }

    /** A pack found bad in quarantine and scrapped leaves the pipeline without a vehicle, as an installed one does. */
    void discard() {
        leave();
    }

    /** Reorder point at the line-side: order batches while the position (on hand + coming + ordered) is at s or below. */
    private void reviewLineSide() {
        if (supplier == null) {
            return;
        }
        long position = lineSide.size() + supplier.outstanding();
        for (Stage s : afterSupplier) {
            position += s.count();
        }
        while (position <= lineSideRule.reorderPoint()) {
            supplier.order(lineSideRule.orderQuantity());
            position += lineSideRule.orderQuantity();
        }
    }

    void restartStatistics(double now) {
        for (Stage s : stages) {
            s.restartStatistics(now);
        }
        demands = 0;
        metAtOnce = 0;
        backorders.restart(now);
        stockOut.restart(now);
    }

    /**
     * The logistics as activity records, per year: each road stage a leg from the pack plant to the vehicle plant,
     * every other stage a hub on the site it stands on (before the first road: the pack plant; after it: the vehicle
     * plant; co-located, there is one site).
     */
    void activity(double now, double perYear, List<Activity.Leg> legs, List<Activity.Hub> hubs) {
        boolean pastRoad = false;
        for (Stage s : stages) {
            if (s instanceof RoadStage r) {
                legs.add(r.leg(perYear, Activity.Load.PACKS, Activity.Site.PACK_PLANT, Activity.Site.VEHICLE_PLANT, 0));
                pastRoad = true;
            } else {
                Activity.Site site = pastRoad ? Activity.Site.VEHICLE_PLANT : Activity.Site.PACK_PLANT;
                Activity.HubKind kind = s instanceof StoreStage ? Activity.HubKind.STORE : Activity.HubKind.TRANSFER;
                hubs.add(s.hub(kind, site, now, perYear));
            }
        }
    }

    void details(double now, double perYear, Details.Sink out) {
        for (Stage s : stages) {
            s.details("stage.", now, perYear, out);
        }
    }
}
