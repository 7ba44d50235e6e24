package org.fifsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.tudelft.simulation.dsol.eventlists.RedBlackTree;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.LambdaSimEvent;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import org.junit.jupiter.api.Test;

/**
 * The heap must give exactly DSOL's order (time, then higher priority, then lower id), whatever the mix of adds,
 * cancels and removals: the model's outputs depend on the order of events at equal times.
 */
class EventHeapTest {
    private static final class Plain extends EventHeap.Entry {
        private static final long serialVersionUID = 1L;

        Plain(double time, short priority, long id) {
            super(time, priority, id);
        }

        Plain(double time, short priority, long id, boolean recurring) {
            super(time, priority, id, recurring);
        }

        @Override
        public void execute() {
            // order only
        }
    }

    @Test
    void givesDsolsOrderUnderRandomAddsCancelsAndRemovalsInBothLanes() {
        SplittableRandom random = new SplittableRandom(26);
        for (int round = 0; round < 20; round++) {
            EventHeap heap = new EventHeap();
            RedBlackTree<Double> tree = new RedBlackTree<>();
            List<SimEventInterface<Double>> pending = new ArrayList<>();
            long id = 1L << 40; // apart from the ids DSOL gives its own events
            double now = 0;
            for (int step = 0; step < 5000; step++) {
                int op = random.nextInt(10);
                if (op < 5 || heap.isEmpty()) {
                    // few distinct times and priorities, so ties on time and on priority are common
                    double t = now + random.nextInt(8) * 0.5;
                    short priority = (short) new int[] {1, 5, 5, 5, 10}[random.nextInt(5)];
                    SimEventInterface<Double> e = random.nextInt(20) == 0 ? new LambdaSimEvent<>(t, priority, () -> { })
                            : new Plain(t, priority, ++id, random.nextBoolean()); // either lane
                    heap.add(e);
                    tree.add(e);
                    pending.add(e);
                } else if (op < 7) {
                    SimEventInterface<Double> e = pending.remove(random.nextInt(pending.size()));
                    assertTrue(heap.contains(e));
                    assertEquals(tree.remove(e), heap.remove(e));
                    assertFalse(heap.contains(e));
                    assertFalse(heap.remove(e), "a cancelled event is no longer in the list");
                } else {
                    SimEventInterface<Double> want = tree.removeFirst();
                    assertSame(want, heap.first());
                    assertSame(want, heap.removeFirst());
                    pending.remove(want);
                    now = want.getAbsoluteExecutionTime();
                }
                assertEquals(tree.size(), heap.size());
            }
            while (!tree.isEmpty()) {
                assertSame(tree.removeFirst(), heap.removeFirst());
            }
            assertNull(heap.removeFirst());
        }
    }

    @Test
    void aClearedListForgetsItsEventsSoTheyCanBeScheduledAgain() {
        EventHeap heap = new EventHeap();
        Plain a = new Plain(1, (short) 5, 1);
        heap.add(a);
        heap.add(new LambdaSimEvent<>(2.0, () -> { }));
        heap.clear();
        assertTrue(heap.isEmpty());
        assertFalse(heap.contains(a));
        heap.add(a);
        assertSame(a, heap.removeFirst());
    }

    @Test
    void aCancelledEventCanBeScheduledAgainAndRunsOnce() {
        EventHeap heap = new EventHeap();
        Plain a = new Plain(1, (short) 5, 1);
        Plain b = new Plain(2, (short) 5, 2);
        heap.add(a);
        heap.add(b);
        assertTrue(heap.remove(a));
        assertEquals(1, heap.size());
        heap.add(a);
        assertEquals(2, heap.size());
        assertSame(a, heap.removeFirst());
        assertSame(b, heap.removeFirst());
        assertNull(heap.removeFirst());
        assertTrue(heap.isEmpty());
    }

    @Test
    void anEntryThatRanCanBeRescheduledButNotOneStillInTheList() {
        EventHeap heap = new EventHeap();
        Plain a = new Plain(1, (short) 5, 1);
        Plain b = new Plain(3, (short) 5, 2);
        heap.add(a);
        heap.add(b);
        assertSame(a, heap.removeFirst());
        assertFalse(a.queued(), "a removed entry leaves the list, though its cell is reused only by the next add");
        a.reschedule(2, 3); // the next event of the same component, now before b
        heap.add(a);
        assertSame(a, heap.removeFirst());
        a.reschedule(4, 4);
        heap.add(a);
        assertTrue(heap.remove(b));
        assertTrue(b.queued(), "a cancelled entry keeps its cell until it comes to the top");
        assertThrows(IllegalStateException.class, () -> b.reschedule(5, 5));
        assertSame(a, heap.removeFirst());
        assertNull(heap.removeFirst());
        assertFalse(b.queued());
    }
}
