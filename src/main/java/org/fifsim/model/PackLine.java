package org.fifsim.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import nl.tudelft.simulation.jstats.distributions.DistBernoulli;
import org.fifsim.model.random.Sampler;
import org.fifsim.model.random.Streams;
import org.fifsim.scenario.Distribution;
import org.fifsim.scenario.LogisticsSpec;
import org.fifsim.scenario.PackLineSpec;
import org.fifsim.scenario.Replenishment;
import org.fifsim.scenario.StationSpec;
import org.fifsim.scenario.VariantSpec;

/**
 * The pack line: a release gate (the pull rule), stations in series, and the end-of-line test that passes a pack
 * into the logistics pipeline, sends it to rework or scraps it.
 */
final class PackLine {
    private final Scheduler sim;
    private final Measures measures;
    private final List<Station> stations = new ArrayList<>();
    private final DistBernoulli firstPass;
    private final DistBernoulli recovered;
    private final Sampler reworkTime;
    private Pipeline pipeline;
    private int limit;
    private Replenishment rule = Replenishment.KANBAN;
    /** Reorder point: packs ordered into production and not yet started. */
    private long ordered;
    private long nextId;
    private int downStations;
    private boolean working = true;
    private EnergyMeter meter;
    private QualityIncidents quality;
    /** With orders: the variants of the frozen sequence whose packs are not started yet, in sequence order. */
    private ArrayDeque<Integer> callOffs;
    private CellSupply cells;

    PackLine(Scheduler sim, PackLineSpec spec, Streams streams, Measures measures) {
        this.sim = sim;
        this.measures = measures;
        this.firstPass = new DistBernoulli(streams.stream("end-of-line/test"), spec.yield());
        this.recovered = new DistBernoulli(streams.stream("end-of-line/rework"), spec.rework());
        this.reworkTime = Sampler.of(spec.reworkTime(), streams.stream("end-of-line/rework-time"));
        Station prev = null;
        for (StationSpec s : spec.stations()) {
            String key = "station/" + s.name();
            Breakdowns b = s.fails() ? new Breakdowns(sim, this, Sampler.of(s.mtbf(), streams.stream(key + "/mtbf")),
                    Sampler.of(s.mttr(), streams.stream(key + "/mttr")), s.operatingClock()) : null;
            Station st = new Station(s.name(), sim, this, measures, Sampler.of(s.cycleTime(), streams.stream(key + "/cycle")), b,
                    spec.buffer());
            st.prev = prev;
            if (prev != null) {
                prev.next = st;
            }
            stations.add(st);
            prev = st;
        }
    }

    /**
     * Builds to the frozen sequence of customer orders: a pack is started only against a call-off, in sequence,
     * with its variant's cycle times and a changeover between variants.
     */
    void buildToSequence(List<VariantSpec> variants, Distribution changeoverTime, Streams streams) {
        callOffs = new ArrayDeque<>();
        for (Station st : stations) {
            Sampler[] cycles = new Sampler[variants.size()];
            double[] factors = new double[variants.size()];
            for (int v = 0; v < cycles.length; v++) {
                Distribution own = variants.get(v).cycleTimes().get(st.name);
                cycles[v] = own == null ? st.cycle() : Sampler.of(own, streams.stream("station/" + st.name + "/cycle"));
                factors[v] = variants.get(v).cycleFactor();
            }
            st.variants(cycles, factors,
                    Sampler.of(changeoverTime, streams.stream("station/" + st.name + "/changeover")));
        }
    }

    void quality(QualityIncidents q) {
        this.quality = q;
    }

    /** A pack of this variant was scrapped after it left the line: with orders, its vehicle needs another, first. */
    void replace(int variant) {
        if (callOffs != null) {
            callOffs.addFirst(variant);
            stations.get(0).tryStart();
        }
    }

    /** An order entered the frozen sequence: its pack is called off. */
    void callOff(int variant) {
        callOffs.addLast(variant);
        stations.get(0).tryStart();
    }

    void meter(EnergyMeter m) {
        this.meter = m;
        m.setRunning(working && downStations == 0);
    }

    void connect(Pipeline p, LogisticsSpec logistics) {
        this.pipeline = p;
        this.limit = p.productionLimit();
        this.rule = logistics.production();
        p.onSpace(this::pipelineSpace);
    }

    /** Station one takes a pack's worth of cells from {@code c} to start a pack (default: unlimited cells). */
    void cells(CellSupply c) {
        this.cells = c;
        c.onKitReady(() -> stations.get(0).tryStart());
    }

    List<Station> stations() {
        return stations;
    }

    private double now() {
        return sim.getSimulatorTime();
    }

    void start() {
        pipelineSpace();
    }

    /**
     * The pull rule. Kanban: a new pack is released only while the first echelon (without stock points, the whole
     * pipeline) holds fewer packs than its level. Reorder point: only against an order placed when the inventory
     * position fell to the reorder point. Either way, only with a pack's worth of cells at hand.
     */
    Pack release() {
        Integer variant = null;
        if (callOffs != null) {
            variant = callOffs.pollFirst();
            if (variant == null) {
                return null;
            }
        } else if (rule.kanban()) {
            if (pipeline.productionPosition() >= limit) {
                return null;
            }
        } else if (ordered <= 0) {
            return null;
        }
        if (cells != null && !cells.take()) {
            if (variant != null) {
                callOffs.addFirst(variant); // still the next in sequence when the cells come
            }
            return null;
        }
        if (!rule.kanban()) {
            ordered--;
        }
        measures.totalStarted++;
        measures.started++;
        measures.packLineWip.add(now(), 1);
        Pack p = new Pack(nextId++, now());
        if (variant != null) {
            p.variant = variant;
        }
        measures.trace(now(), "pack-line", "release", p.id);
        return p;
    }

    /** The pipeline has room again: the first station may start. */
    private void pipelineSpace() {
        if (!rule.kanban()) {
            long position = pipeline.productionPosition() + Math.round(measures.packLineWip.value()) + ordered;
            while (position <= rule.reorderPoint()) {
                ordered += rule.orderQuantity();
                position += rule.orderQuantity();
            }
        }
        stations.get(0).tryStart();
    }

    /** A pack leaves the last station: the end-of-line test. */
    void finished(Pack p) {
        meter.packTested();
        if (p.incident != null) {
            quality.atPackEndOfLine(p);
        }
        if (firstPass.draw() == 1L) {
            pass(p);
        } else if (recovered.draw() == 1L) {
            measures.reworked++;
            measures.trace(now(), "end-of-line", "rework", p.id);
            sim.scheduleEventRel(reworkTime.draw(), () -> pass(p));
        } else {
            measures.packLineWip.add(now(), -1);
            measures.totalScrapped++;
            measures.scrapped++;
            measures.trace(now(), "end-of-line", "scrap", p.id);
            if (p.incident != null) {
                quality.scrappedAtEndOfLine(p);
            }
            if (callOffs != null) {
                replace(p.variant); // its vehicle still needs it: built again first
            } else if (!rule.kanban()) {
                pipelineSpace(); // a scrapped pack lowers the inventory position
            }
        }
    }

    private void pass(Pack p) {
        measures.packLineWip.add(now(), -1);
        measures.totalGood++;
        measures.good++;
        p.passed = now();
        measures.trace(now(), "end-of-line", "pass", p.id);
        pipeline.enter(p);
    }

    void stationDown(boolean down) {
        downStations += down ? 1 : -1;
        updateDownIndicator();
    }

    void setWorking(boolean value) {
        working = value;
        measures.packWorking.set(now(), value ? 1 : 0);
        updateDownIndicator();
        for (Station s : stations) {
            s.setOff(!value);
        }
    }

    private void updateDownIndicator() {
        measures.packDownWorking.set(now(), working && downStations > 0 ? 1 : 0);
        if (meter != null) {
            meter.setRunning(working && downStations == 0);
        }
    }

    void restartStatistics(double now) {
        for (Station s : stations) {
            s.restartStatistics(now);
        }
    }
}
