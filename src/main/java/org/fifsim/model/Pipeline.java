package org.fifsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fifsim.model.random.Sampler;
import org.fifsim.model.random.Streams;
import org.fifsim.results.Activity;
import org.fifsim.scenario.LogisticsSpec;
import org.fifsim.scenario.Replenishment;
import org.fifsim.scenario.StageSpec;

/**
 * The logistics pipeline from end-of-line to installation: an ordered chain of stages ending at the line-side store.
 * It counts the packs it holds, which is what the pull rule looks at, and places the line-side's reorder-point
 * orders with the last store.
 */
final class Pipeline {
    private final Scheduler sim;
    private final Measures measures;
    private final List<Stage> stages = new ArrayList<>();
    private final List<RoadStage> roads = new ArrayList<>();
    private final LineSide lineSide;
    private final Replenishment lineSideRule;
    /** The store the line-side orders from under a reorder point, and the stages between it and the line-side. */
    private StoreStage supplier;
    private final List<Stage> afterSupplier = new ArrayList<>();
    private int count;
    /** Told when a pack leaves, so the pull rule can release the next one. */
    private Runnable spaceListener = () -> { };

    Pipeline(Scheduler sim, LogisticsSpec spec, Streams streams, Measures measures,
            LineSide lineSide) {
        this.sim = sim;
        this.measures = measures;
        this.lineSide = lineSide;
        this.lineSideRule = spec.lineSide();
        for (StageSpec s : spec.stages()) {
            stages.add(build(s, streams));
        }
        for (Stage s : stages) {
            s.trace = measures.trace == null ? null : measures;
        }
        for (int i = 0; i < stages.size(); i++) {
            stages.get(i).next = i + 1 < stages.size() ? stages.get(i + 1)::receive : lineSide::arrive;
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
            return new StoreStage(spec.name(), sim, Sampler.of(s.dwell(), streams.stream(key + "/dwell")), s.capacity());
        }
        StageSpec.Road r = (StageSpec.Road) spec;
        RoadStage road = new RoadStage(sim, measures, r, Sampler.of(r.transit(), streams.stream(key + "/transit")),
                Sampler.of(r.returnTrip(), streams.stream(key + "/return")));
        roads.add(road);
        return road;
    }

    void onSpace(Runnable listener) {
        this.spaceListener = listener;
    }

    int count() {
        return count;
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

    /** Puts {@code n} packs on the line-side before the run starts: the plant starts with its safety stock. */
    void stockLineSide(int n) {
        for (int i = 0; i < n; i++) {
            Pack p = new Pack(-1 - i, 0);
            p.passed = 0;
            lineSide.stockInitially(p);
        }
        count += n;
        measures.pipeline.set(sim.getSimulatorTime(), count);
        reviewLineSide();
    }

    /** A pack was installed in a vehicle and leaves the pipeline. */
    void leave() {
        count--;
        measures.pipeline.set(sim.getSimulatorTime(), count);
        reviewLineSide();
        spaceListener.run();
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
                double trips = r.trips() * perYear;
                double km = trips * r.distanceKm();
                // every loaded run comes back empty: a dedicated shuttle (the accounting may charge part of it)
                legs.add(new Activity.Leg(s.name, Activity.PACKS, Activity.PACK_PLANT, Activity.VEHICLE_PLANT,
                        r.distanceKm(), 0, s.entered * perYear, trips, km, km,
                        r.packsCarried() * r.distanceKm() * perYear));
                pastRoad = true;
            } else {
                String site = pastRoad ? Activity.VEHICLE_PLANT : Activity.PACK_PLANT;
                String kind = s instanceof StoreStage ? "store" : "transfer";
                hubs.add(new Activity.Hub(s.name, kind, site, s.entered * perYear,
                        s.stock.integral(now) / 86400.0 * perYear));
            }
        }
    }

    void details(double now, double perYear, Map<String, Double> out) {
        for (Stage s : stages) {
            Map<String, Double> d = new java.util.LinkedHashMap<>();
            s.details(now, perYear, d);
            d.forEach((k, v) -> out.put("stage." + s.name + "." + k, v));
        }
    }
}
