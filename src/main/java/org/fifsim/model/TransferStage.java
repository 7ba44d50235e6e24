package org.fifsim.model;

import nl.tudelft.simulation.dsol.simulators.DevsSimulatorInterface;
import org.fifsim.model.random.Sampler;

/** A conveyor, AGV run or line feed: each pack takes its own random delay; no capacity limit. */
final class TransferStage extends Stage {
    private final Sampler delay;

    TransferStage(String name, DevsSimulatorInterface<Double> sim, Sampler delay) {
        super(name, sim);
        this.delay = delay;
    }

    @Override
    void accept(Pack p) {
        stock.add(sim.getSimulatorTime(), 1);
        sim.scheduleEventRel(delay.draw(), () -> arrive(p));
    }

    private void arrive(Pack p) {
        stock.add(sim.getSimulatorTime(), -1);
        next.accept(p);
    }
}
