package org.fifsim.model;

import org.fifsim.model.random.Sampler;

/** A conveyor, AGV run or line feed: each pack takes its own random delay; no capacity limit. */
final class TransferStage extends Stage {
    private final Sampler delay;
    private final DelayLine inTransit;

    TransferStage(String name, Scheduler sim, Sampler delay) {
        super(name, sim);
        this.delay = delay;
        this.inTransit = new DelayLine(sim, this::arrive);
    }

    @Override
    void accept(Pack p) {
        stock.add(sim.getSimulatorTime(), 1);
        inTransit.add(p, delay.draw());
    }

    @Override
    void acceptInTransit(Pack p, double remaining) {
        stock.add(sim.getSimulatorTime(), 1);
        inTransit.add(p, remaining);
    }

    private void arrive(Pack p) {
        stock.add(sim.getSimulatorTime(), -1);
        pass(p);
    }
}
