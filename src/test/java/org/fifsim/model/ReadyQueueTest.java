package org.fifsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The ready queue gives packs in (ready time, arrival) order, as a plain priority queue on that key does: lots
 * of packs with one ready time included, with ties against packs before and after them and pops between their packs.
 */
class ReadyQueueTest {
    private record Keyed(double time, long arrival, Pack pack) { }

    @Test
    void popsInTheOrderOfAPriorityQueueOnTimeThenArrival() {
        for (long seed = 0; seed < 200; seed++) {
            Random rnd = new Random(seed);
            ReadyQueue q = new ReadyQueue();
            PriorityQueue<Keyed> reference = new PriorityQueue<>(
                    Comparator.comparingDouble(Keyed::time).thenComparingLong(Keyed::arrival));
            long arrivals = 0;
            double now = 0;
            for (int step = 0; step < 2000; step++) {
                int what = rnd.nextInt(10);
                if (what < 4) { // a lot: several packs at one ready time, often one already queued
                    double t = rnd.nextBoolean() ? now + rnd.nextInt(5) : now + rnd.nextDouble() * 5;
                    int lot = 1 + rnd.nextInt(rnd.nextBoolean() ? 3 : 40);
                    for (int i = 0; i < lot; i++) {
                        Pack p = new Pack(arrivals, now);
                        q.push(t, p);
                        reference.add(new Keyed(t, arrivals++, p));
                    }
                } else if (what < 6) { // a single pack, on the integer grid so it ties with lots
                    double t = now + rnd.nextInt(5);
                    Pack p = new Pack(arrivals, now);
                    q.push(t, p);
                    reference.add(new Keyed(t, arrivals++, p));
                } else { // pops, some in the middle of a lot
                    int pops = 1 + rnd.nextInt(30);
                    for (int i = 0; i < pops && !reference.isEmpty(); i++) {
                        assertEquals(reference.peek().time(), q.firstTime(), "seed " + seed);
                        Keyed k = reference.poll();
                        now = k.time();
                        assertSame(k.pack(), q.pop(), "seed " + seed + " step " + step);
                    }
                }
                assertEquals(reference.size(), q.size());
                assertEquals(reference.isEmpty(), q.isEmpty());
            }
            while (!reference.isEmpty()) {
                assertSame(reference.poll().pack(), q.pop());
            }
            assertTrue(q.isEmpty());
        }
    }

    /**
     * The calendar's days and buckets must never change the order: delays on scales from milliseconds to years in one
     * queue, far outliers, packs due before the last one taken, a queue that grows to thousands (the buckets double
     * and the width is set again) and empties, all against the same priority queue.
     */
    @Test
    void keepsTheOrderWhateverTheSpreadOfReadyTimes() {
        double[] scales = {1e-3, 1, 60, 3600, 86400 * 365.0};
        for (long seed = 0; seed < 100; seed++) {
            Random rnd = new Random(seed);
            ReadyQueue q = new ReadyQueue();
            PriorityQueue<Keyed> reference = new PriorityQueue<>(
                    Comparator.comparingDouble(Keyed::time).thenComparingLong(Keyed::arrival));
            long arrivals = 0;
            double now = rnd.nextDouble() * 1e6;
            int target = 1 + rnd.nextInt(rnd.nextBoolean() ? 50 : 3000);
            for (int step = 0; step < 20_000; step++) {
                if (step % 2000 == 0) {
                    target = 1 + rnd.nextInt(rnd.nextBoolean() ? 50 : 3000); // grow, or drain
                }
                if (reference.size() < target && rnd.nextInt(4) != 0) {
                    double scale = scales[rnd.nextInt(scales.length)];
                    double t = switch (rnd.nextInt(6)) {
                        case 0 -> now - rnd.nextDouble() * scale; // due before the last pack taken
                        case 1 -> now + Math.floor(rnd.nextDouble() * 4) * scale; // ties
                        default -> now + rnd.nextDouble() * scale;
                    };
                    int lot = rnd.nextInt(8) == 0 ? 1 + rnd.nextInt(30) : 1;
                    for (int i = 0; i < lot; i++) {
                        Pack p = new Pack(arrivals, now);
                        q.push(t, p);
                        reference.add(new Keyed(t, arrivals++, p));
                    }
                } else if (!reference.isEmpty()) {
                    assertEquals(reference.peek().time(), q.firstTime(), "seed " + seed);
                    Keyed k = reference.poll();
                    now = Math.max(now, k.time());
                    assertSame(k.pack(), q.pop(), "seed " + seed + " step " + step);
                }
                assertEquals(reference.size(), q.size());
            }
            while (!reference.isEmpty()) {
                assertSame(reference.poll().pack(), q.pop(), "seed " + seed);
            }
            assertTrue(q.isEmpty());
        }
    }
}
