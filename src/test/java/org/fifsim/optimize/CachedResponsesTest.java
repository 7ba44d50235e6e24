package org.fifsim.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.fifsim.selection.Responses;
import org.fifsim.selection.Responses.Ask;
import org.junit.jupiter.api.Test;

/** The cache answers what it knows, asks the rest in one call per round and reports each new evaluation once. */
class CachedResponsesTest {

    /** Replication r of design "x=v" is {v + r, 10v}: easy to check, and the same whenever it is asked. */
    private static final class Recorder implements Responses {
        final List<List<Ask>> calls = new ArrayList<>();

        @Override
        public double[][][] draw(List<Ask> asks) {
            calls.add(List.copyOf(asks));
            double[][][] out = new double[asks.size()][][];
            for (int a = 0; a < asks.size(); a++) {
                double v = Designs.value(asks.get(a).design(), 0);
                out[a] = new double[asks.get(a).count()][];
                for (int j = 0; j < asks.get(a).count(); j++) {
                    out[a][j] = new double[] {v + asks.get(a).from() + j, 10 * v};
                }
            }
            return out;
        }
    }

    @Test
    void knownReplicationsAreNotAskedAndTheMissingOnesComeInOneCallAsContiguousRanges() throws Exception {
        Recorder source = new Recorder();
        List<Evaluation> known = List.of(new Evaluation("x=1", 2, new double[] {3, 10}),
                new Evaluation("x=1", 3, new double[] {4, 10}), new Evaluation("x=2", 0, new double[] {2, 20}));
        List<List<Evaluation>> told = new ArrayList<>();
        CachedResponses cache = new CachedResponses(source, known, told::add);
        double[][][] got = cache.draw(List.of(new Ask("x=1", 0, 6), new Ask("x=2", 0, 3), new Ask("x=1", 4, 2)));
        assertEquals(1, source.calls.size());
        assertEquals(List.of(new Ask("x=1", 0, 2), new Ask("x=1", 4, 2), new Ask("x=2", 1, 2)), source.calls.get(0));
        for (int j = 0; j < 6; j++) {
            assertArrayEquals(new double[] {1 + j, 10}, got[0][j]);
        }
        assertArrayEquals(new double[] {2, 20}, got[1][0]);
        assertArrayEquals(new double[] {5, 10}, got[2][0], "an overlap is answered too, not run again");
        assertEquals(1, told.size());
        assertEquals(6, told.get(0).size());
        assertEquals(new Evaluation("x=1", 0, new double[] {1, 10}), told.get(0).get(0));
        assertEquals(6, cache.drawn());
    }

    @Test
    void aRoundItKnowsEntirelyAsksNothingAndTellsNothing() throws Exception {
        Recorder source = new Recorder();
        List<Evaluation> told = new ArrayList<>();
        CachedResponses cache = new CachedResponses(source, List.of(), told::addAll);
        double[][][] first = cache.draw(List.of(new Ask("x=3", 0, 4)));
        double[][][] again = cache.draw(List.of(new Ask("x=3", 1, 3)));
        assertEquals(1, source.calls.size());
        assertEquals(4, told.size());
        assertArrayEquals(first[0][1], again[0][0]);
        again[0][0][0] = -1;
        assertEquals(4, cache.draw(List.of(new Ask("x=3", 1, 1)))[0][0][0], "answers are copies, the cache is safe");
        assertTrue(cache.drawn() == 4);
    }
}
