package org.fifsim.model;

import java.util.ArrayList;
import java.util.List;
import nl.tudelft.simulation.dsol.simulators.DevsSimulatorInterface;
import org.fifsim.model.random.Sampler;
import org.fifsim.model.random.Streams;
import org.fifsim.scenario.LogisticsSpec;
import org.fifsim.scenario.StageSpec;

/**
 * The logistics pipeline from end-of-line to installation: an ordered chain of stages ending at the line-side store.
 * It counts the packs it holds, which is what the pull rule looks at.
 */
final class Pipeline {
    private final DevsSimulatorInterface<Double> sim;
    private final Measures measures;
    private final List<Stage> stages = new ArrayList<>();
    private final LineSide lineSide;
    private int count;
    /** Told when a pack leaves, so the pull rule can release the next one. */
    private Runnable spaceListener = () -> { };

    Pipeline(DevsSimulatorInterface<Double> sim, LogisticsSpec spec, Streams streams, Measures measures,
            LineSide lineSide) {
        this.sim = sim;
        this.measures = measures;
        this.lineSide = lineSide;
        Stage.Next downstream = lineSide::arrive;
        List<StageSpec> specs = spec.stages();
        for (int i = specs.size() - 1; i >= 0; i--) {
            Stage s = build(specs.get(i), streams, downstream);
            stages.add(0, s);
            downstream = s::accept;
        }
    }

    private Stage build(StageSpec spec, Streams streams, Stage.Next downstream) {
        String key = "logistics/" + spec.name();
        if (spec instanceof StageSpec.Transfer t) {
            return new TransferStage(spec.name(), sim, Sampler.of(t.delay(), streams.stream(key + "/delay")), downstream);
        }
        throw new IllegalArgumentException("unknown stage " + spec);
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

    /** A pack passed the end-of-line test. */
    void enter(Pack p) {
        count++;
        measures.pipeline.set(sim.getSimulatorTime(), count);
        if (stages.isEmpty()) {
            lineSide.arrive(p);
        } else {
            stages.get(0).accept(p);
        }
    }

    /** Puts {@code n} packs on the line-side before the run starts: the plant starts with its safety stock. */
    void stockLineSide(int n, long firstId) {
        for (int i = 0; i < n; i++) {
            Pack p = new Pack(firstId - n + i, 0);
            p.passed = 0;
            lineSide.stockInitially(p);
        }
        count += n;
        measures.pipeline.set(sim.getSimulatorTime(), count);
    }

    /** A pack was installed in a vehicle and leaves the pipeline. */
    void leave() {
        count--;
        measures.pipeline.set(sim.getSimulatorTime(), count);
        spaceListener.run();
    }

    void restartStatistics(double now) {
        for (Stage s : stages) {
            s.restartStatistics(now);
        }
    }
}
