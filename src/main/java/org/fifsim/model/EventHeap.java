package org.fifsim.model;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import nl.tudelft.simulation.dsol.eventlists.EventListInterface;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * DSOL's future event list as an array binary heap on primitive keys, in DSOL's own order (time, then higher priority
 * first, then lower id). DSOL's default list is a red-black tree of events compared through boxed times and
 * interface calls: profiled, it was about 40% of a replication's run time (the tree's insert, delete and
 * {@code SimEventInterface.compareTo}). Every entry knows its place in the heap, so cancelling is a sift, not a search.
 * The order is a strict total order, so the events run in exactly the sequence the tree gave.
 */
public final class EventHeap implements EventListInterface<Double> {
    private Entry[] heap = new Entry[256];
    private int size;

    /** An event as the heap keeps it: its keys as primitives, and where it sits (-1 when not in the list). */
    abstract static class Entry implements SimEventInterface<Double> {
        private static final long serialVersionUID = 1L;
        final double time;
        final short priority;
        final long id;
        int slot = -1;

        Entry(double time, short priority, long id) {
            this.time = time;
            this.priority = priority;
            this.id = id;
        }

        @Override
        public final Double getAbsoluteExecutionTime() {
            return time;
        }

        @Override
        public final short getPriority() {
            return priority;
        }

        @Override
        public final long getId() {
            return id;
        }

        /** The event as DSOL handed it to the list (itself, unless it was wrapped). */
        SimEventInterface<Double> event() {
            return this;
        }
    }

    /** Any other DSOL event (the simulator's warm-up and end, a test's injected fault): wrapped once. */
    private static final class Foreign extends Entry {
        private static final long serialVersionUID = 1L;
        private final SimEventInterface<Double> event;

        Foreign(SimEventInterface<Double> event) {
            super(event.getAbsoluteExecutionTime(), event.getPriority(), event.getId());
            this.event = event;
        }

        @Override
        public void execute() {
            event.execute();
        }

        @Override
        SimEventInterface<Double> event() {
            return event;
        }
    }

    /** True when {@code a} runs before {@code b}: DSOL's {@code SimEventInterface.compareTo}, on primitives. */
    private static boolean before(Entry a, Entry b) {
        int c = Double.compare(a.time, b.time);
        if (c != 0) {
            return c < 0;
        }
        if (a.priority != b.priority) {
            return a.priority > b.priority;
        }
        return a.id < b.id;
    }

    @Override
    public void add(SimEventInterface<Double> event) {
        Entry e = event instanceof Entry own ? own : new Foreign(event);
        if (e.slot >= 0) {
            throw new IllegalStateException("event already scheduled: " + event);
        }
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        up(e, size++);
    }

    @Override
    public SimEventInterface<Double> first() {
        return size == 0 ? null : heap[0].event();
    }

    @Override
    public SimEventInterface<Double> removeFirst() {
        if (size == 0) {
            return null;
        }
        Entry top = heap[0];
        removeAt(0);
        return top.event();
    }

    @Override
    public boolean remove(SimEventInterface<Double> event) {
        int at = find(event);
        if (at < 0) {
            return false;
        }
        removeAt(at);
        return true;
    }

    @Override
    public boolean contains(SimEventInterface<Double> event) {
        return find(event) >= 0;
    }

    private int find(SimEventInterface<Double> event) {
        if (event instanceof Entry own) {
            return own.slot;
        }
        for (int i = 0; i < size; i++) { // only the simulator's own few events are foreign
            if (heap[i].event() == event) {
                return i;
            }
        }
        return -1;
    }

    private void removeAt(int at) {
        Entry gone = heap[at];
        gone.slot = -1;
        Entry last = heap[--size];
        heap[size] = null;
        if (at == size) {
            return;
        }
        if (at > 0 && before(last, heap[(at - 1) >>> 1])) {
            up(last, at);
        } else {
            down(last, at);
        }
    }

    /** Places {@code e} at {@code at} or above it. */
    private void up(Entry e, int at) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            Entry p = heap[parent];
            if (!before(e, p)) {
                break;
            }
            heap[at] = p;
            p.slot = at;
            at = parent;
        }
        heap[at] = e;
        e.slot = at;
    }

    /** Places {@code e} at {@code at} or below it. */
    private void down(Entry e, int at) {
        int half = size >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            Entry c = heap[child];
            int right = child + 1;
            if (right < size && before(heap[right], c)) {
                child = right;
                c = heap[right];
            }
            if (!before(c, e)) {
                break;
            }
            heap[at] = c;
            c.slot = at;
            at = child;
        }
        heap[at] = e;
        e.slot = at;
    }

    @Override
    public void clear() {
        for (int i = 0; i < size; i++) {
            heap[i].slot = -1;
            heap[i] = null;
        }
        size = 0;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public int size() {
        return size;
    }

    /** The pending events in heap order (not in execution order). */
    @Override
    public Iterator<SimEventInterface<Double>> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public SimEventInterface<Double> next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return heap[next++].event();
            }
        };
    }
}
