package org.fifsim.model;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import nl.tudelft.simulation.dsol.eventlists.EventListInterface;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * DSOL's future event list as array binary heaps on primitive keys, in DSOL's own order (time, then higher priority
 * first, then lower id). DSOL's default list is a red-black tree of events compared through boxed times and
 * interface calls: profiled, it was about 40% of a replication's run time (the tree's insert, delete and
 * {@code SimEventInterface.compareTo}). The keys sit in two {@code long} arrays beside the events, so sifting compares
 * neighbouring array cells instead of fields of events scattered over the heap memory; a cancelled event stays in
 * the arrays, marked, and is dropped when it reaches the top. The order is a strict total order, so the events run in
 * exactly the sequence the tree gave.
 *
 * <p>Events live in two lanes, each its own heap, and the next event is the earlier of the two tops. Recurring events
 * (a component's timer: a station's cycle end, a store's release, the next takt or order) are nearly all of the
 * events run, and only a dozen are pending at a time; one-off events (a truck's arrival, a road time-out, a
 * breakdown) are few to run but stay pending long: two thirds of the cells of one heap, counted, so every sift of a
 * recurring event went six levels deep instead of three or four.
 */
public final class EventHeap implements EventListInterface<Double> {
    /** Priorities DSOL allows: MIN_PRIORITY - 1 to MAX_PRIORITY + 1. */
    private static final int TOP_PRIORITY = SimEventInterface.MAX_PRIORITY + 1;
    private static final int BOTTOM_PRIORITY = SimEventInterface.MIN_PRIORITY - 1;
    private static final long ID_LIMIT = 1L << 56;

    private final Lane recurring = new Lane();
    private final Lane oneOff = new Lane();
    /** Events still pending. */
    private int size;
    /**
     * The lane whose root cell still holds the event {@link #removeFirst} returned last, or null. Most events
     * schedule the next one while they run: that one then takes the root cell and sifts down once, instead of the
     * last cell sifting down from the root and the new event sifting up from the bottom (the two sifts were a quarter
     * of a run, profiled).
     */
    private Lane freed;

    /** An event as the heap keeps it: its keys as primitives, and whether it is pending. */
    abstract static class Entry implements SimEventInterface<Double> {
        private static final long serialVersionUID = 1L;
        double time;
        final short priority;
        long id;
        /** Which lane keeps it: a component's recurring event, or a one-off. */
        private final boolean recurring;
        private boolean pending;
        /** Heap cells holding this entry: a cancelled entry keeps its cell until it comes to the top. */
        private int cells;

        Entry(double time, short priority, long id) {
            this(time, priority, id, false);
        }

        Entry(double time, short priority, long id, boolean recurring) {
            this.time = time;
            this.priority = priority;
            this.id = id;
            this.recurring = recurring;
        }

        /**
         * Gives an entry that ran (or was never scheduled) a new time and id, so a component can schedule the same
         * object again instead of a new one: only while no heap cell holds it, since the cells are sorted by its keys.
         */
        final void reschedule(double newTime, long newId) {
            if (cells != 0) {
                throw new IllegalStateException("event still in the list: " + this);
            }
            this.time = newTime;
            this.id = newId;
        }

        /** Whether a heap cell still holds this entry (pending, or cancelled and not yet dropped). */
        final boolean queued() {
            return cells != 0;
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

    /**
     * The time of an event as a primitive: without the {@code Double} that {@code getAbsoluteExecutionTime()} boxes
     * for each call, for the events this list keeps by their keys.
     */
    public static double timeOf(SimEventInterface<Double> event) {
        return event instanceof Entry e ? e.time : event.getAbsoluteExecutionTime();
    }

    /** Whether the event is one the model scheduled through its scheduler (not DSOL's own, nor a test's). */
    public static boolean isModelEvent(SimEventInterface<Double> event) {
        return event instanceof Entry;
    }

    /** Double.compare's order as a signed long: negative values' bits flipped, NaN canonical. */
    private static long timeKey(double t) {
        long bits = Double.doubleToLongBits(t);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    @Override
    public void add(SimEventInterface<Double> event) {
        Entry e = event instanceof Entry own ? own : new Foreign(event);
        if (e.pending) {
            throw new IllegalStateException("event already scheduled: " + event);
        }
        if (e.priority < BOTTOM_PRIORITY || e.priority > TOP_PRIORITY || e.id < 0 || e.id >= ID_LIMIT) {
            throw new IllegalArgumentException("event priority or id out of range: " + event);
        }
        e.pending = true;
        e.cells++;
        size++;
        long t = timeKey(e.time);
        long o = (long) (TOP_PRIORITY - e.priority) << 56 | e.id;
        Lane lane = e.recurring ? recurring : oneOff;
        if (freed == lane) {
            freed = null;
            lane.down(0, t, o, e);
        } else {
            lane.append(t, o, e);
        }
    }

    @Override
    public SimEventInterface<Double> first() {
        Lane lane = next();
        return lane == null ? null : lane.entries[0].event();
    }

    @Override
    public SimEventInterface<Double> removeFirst() {
        Lane lane = next();
        if (lane == null) {
            return null;
        }
        Entry top = lane.entries[0];
        top.pending = false;
        top.cells--; // its cell is free: the next add to its lane or the next removal overwrites it
        size--;
        freed = lane;
        return top.event();
    }

    /** The lane whose top is the next event (root cells freed, cancelled tops dropped), or null when both are empty. */
    private Lane next() {
        if (freed != null) {
            freed.removeRootCell();
            freed = null;
        }
        recurring.dropCancelled();
        oneOff.dropCancelled();
        if (oneOff.length == 0) {
            return recurring.length == 0 ? null : recurring;
        }
        if (recurring.length == 0) {
            return oneOff;
        }
        long rt = recurring.time[0];
        long ot = oneOff.time[0];
        return rt < ot || rt == ot && recurring.order[0] < oneOff.order[0] ? recurring : oneOff;
    }

    /** Cancelling marks the event; its cell is freed when it comes to the top. */
    @Override
    public boolean remove(SimEventInterface<Double> event) {
        Entry e = find(event);
        if (e == null) {
            return false;
        }
        e.pending = false;
        size--;
        return true;
    }

    @Override
    public boolean contains(SimEventInterface<Double> event) {
        return find(event) != null;
    }

    /** The pending entry of {@code event}, or null. */
    private Entry find(SimEventInterface<Double> event) {
        if (event instanceof Entry own) {
            return own.pending ? own : null;
        }
        Entry e = oneOff.findForeign(event); // only the simulator's own few events are foreign, all one-off
        return e != null ? e : recurring.findForeign(event);
    }

    /** One heap: keys in two {@code long} arrays beside the entries, cancelled entries included. */
    private static final class Lane {
        /**
         * The time as a long that sorts like {@link Double#compare}. The cell after the last holds keys later than any
         * event's, so a sift compares two children without asking whether the right one exists.
         */
        long[] time = sentinel(new long[64]);
        /** Higher priority first, then lower id: {@code (TOP_PRIORITY - priority) << 56 | id}. */
        long[] order = sentinel(new long[64]);
        Entry[] entries = new Entry[64];
        /** Cells in use, cancelled events included. */
        int length;

        private static long[] sentinel(long[] keys) {
            Arrays.fill(keys, Long.MAX_VALUE);
            return keys;
        }

        void append(long t, long o, Entry e) {
            if (length + 1 == entries.length) {
                time = Arrays.copyOf(time, length * 2);
                order = Arrays.copyOf(order, length * 2);
                Arrays.fill(time, length + 1, time.length, Long.MAX_VALUE);
                Arrays.fill(order, length + 1, order.length, Long.MAX_VALUE);
                entries = Arrays.copyOf(entries, length * 2);
            }
            up(length++, t, o, e);
        }

        Entry findForeign(SimEventInterface<Double> event) {
            for (int i = 0; i < length; i++) {
                if (entries[i].pending && entries[i].event() == event) {
                    return entries[i];
                }
            }
            return null;
        }

        void dropCancelled() {
            while (length > 0 && !entries[0].pending) {
                entries[0].cells--;
                removeRootCell();
            }
        }

        void removeRootCell() {
            int last = --length;
            Entry e = entries[last];
            long t = time[last];
            long o = order[last];
            entries[last] = null;
            time[last] = Long.MAX_VALUE;
            order[last] = Long.MAX_VALUE;
            if (last == 0) {
                return;
            }
            // the last cell's event is nearly always among the latest: rather than sift it down from the root, with
            // an unpredictable test at every level, the hole at the root goes down by the earlier children to the
            // bottom, and the event rises from there (a step or none)
            int at = 0;
            int half = length >>> 1;
            while (at < half) {
                int child = earlierChild(at);
                move(child, at);
                at = child;
            }
            up(at, t, o, e);
        }

        /** Places the event with keys {@code t}, {@code o} at cell {@code at} or above it. */
        void up(int at, long t, long o, Entry e) {
            while (at > 0) {
                int parent = (at - 1) >>> 1;
                long pt = time[parent];
                if (t > pt || t == pt && o > order[parent]) {
                    break;
                }
                move(parent, at);
                at = parent;
            }
            place(at, t, o, e);
        }

        /** Places the event with keys {@code t}, {@code o} at cell {@code at} or below it. */
        void down(int at, long t, long o, Entry e) {
            int half = length >>> 1;
            while (at < half) {
                int child = earlierChild(at);
                long ct = time[child];
                if (t < ct || t == ct && o < order[child]) {
                    break;
                }
                move(child, at);
                at = child;
            }
            place(at, t, o, e);
        }

        /**
         * The earlier of cell {@code at}'s two children, without a branch: which one it is cannot be predicted (the
         * sifts were a tenth of a run, profiled); a tie of times is rare and settled by the order keys.
         */
        private int earlierChild(int at) {
            int child = 2 * at + 1;
            int c = Long.compare(time[child + 1], time[child]);
            if (c == 0) {
                c = Long.compare(order[child + 1], order[child]);
            }
            return child + (c >>> 31);
        }

        /** Moves the event in cell {@code from} to cell {@code to} (a sift's step; small enough to be inlined). */
        private void move(int from, int to) {
            time[to] = time[from];
            order[to] = order[from];
            entries[to] = entries[from];
        }

        private void place(int at, long t, long o, Entry e) {
            time[at] = t;
            order[at] = o;
            entries[at] = e;
        }

        void clear() {
            for (int i = 0; i < length; i++) {
                entries[i].pending = false;
                entries[i].cells = 0;
                entries[i] = null;
                time[i] = Long.MAX_VALUE;
                order[i] = Long.MAX_VALUE;
            }
            length = 0;
        }
    }

    @Override
    public void clear() {
        recurring.clear();
        oneOff.clear();
        freed = null;
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

    /** The pending events in heap order (recurring lane, then one-off; not in execution order). */
    @Override
    public Iterator<SimEventInterface<Double>> iterator() {
        return new Iterator<>() {
            private Lane lane = recurring;
            private int next = skip(0);

            private int skip(int i) {
                while (true) {
                    while (i < lane.length && !lane.entries[i].pending) {
                        i++;
                    }
                    if (i < lane.length || lane == oneOff) {
                        return i;
                    }
                    lane = oneOff;
                    i = 0;
                }
            }

            @Override
            public boolean hasNext() {
                return next < lane.length;
            }

            @Override
            public SimEventInterface<Double> next() {
                if (next >= lane.length) {
                    throw new NoSuchElementException();
                }
                SimEventInterface<Double> e = lane.entries[next].event();
                next = skip(next + 1);
                return e;
            }
        };
    }
}
