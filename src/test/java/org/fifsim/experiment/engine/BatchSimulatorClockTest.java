package org.fifsim.experiment.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.LambdaSimEvent;
import nl.tudelft.simulation.dsol.model.AbstractDsolModel;
import nl.tudelft.simulation.dsol.simulators.DevsSimulatorInterface;
import org.junit.jupiter.api.Test;

/**
 * The batch simulator keeps its time unboxed and brings DSOL's boxed time up to date lazily: DSOL's own events, its
 * relative scheduling (which reads the boxed field itself) and the getter all see the time of the event running.
 */
class BatchSimulatorClockTest {

    @Test
    void dsolEventsAndTheGetterSeeTheEventTime() throws Exception {
        BatchSimulator sim = BatchSimulator.create("clock");
        List<String> seen = new ArrayList<>();
        AbstractDsolModel<Double, DevsSimulatorInterface<Double>> model = new AbstractDsolModel<>(sim) {
            private static final long serialVersionUID = 1L;

            @Override
            public void constructModel() {
                for (double t : new double[] {1.5, 2.25, 7.0}) {
                    sim.scheduleEvent(new LambdaSimEvent<>(t, () -> {
                        seen.add(t + ": " + sim.getSimulatorTime() + " " + sim.now());
                        if (t == 2.25) { // DSOL's relative scheduling reads the boxed time itself
                            sim.scheduleEventRel(0.5, () -> seen.add("rel: " + sim.getSimulatorTime()));
                        }
                    }));
                }
            }
        };
        sim.initialize(model, new QuietReplication("clock", 1.0, 10.0));
        sim.runToEnd();
        assertEquals(List.of("1.5: 1.5 1.5", "2.25: 2.25 2.25", "rel: 2.75", "7.0: 7.0 7.0"), seen);
        assertEquals(10.0, sim.getSimulatorTime());
        assertEquals(10.0, sim.now());
    }
}
