package org.fifsim.model;

import java.util.Arrays;

/**
 * A {@link DelayLine}'s packs by ready time, packs ready at the same time in the order they came: a calendar queue.
 * Time is cut into days of one width; a day's packs sit in a sorted list in the bucket {@code day mod buckets}, and
 * the earliest pack is the head of the first bucket, from the current day on, whose head falls on the day looked at.
 * A remote warehouse holds hundreds of packs with random handling times: a heap's pop compared its way down five
 * levels, most comparisons mispredicted (a tenth of a remote run, profiled), where the calendar looks at a bucket or
 * two and unlinks a head. Packs come out exactly as a heap on (ready time, arrival) would give them.
 *
 * <p>The width follows the packs: when the queue grows to as many packs as buckets, and every few thousand pops, the
 * width is set to about the mean gap between the queued ready times and the packs are filed again. Which width and
 * how many buckets only decide the speed, never the order: a day's number only grows with the ready time, so the
 * earliest day's head is the earliest pack.
 */
final class ReadyQueue {
    private static final int NONE = -1;
    /** Pops between two looks at the width, in buckets. */
    private static final int TUNE_EVERY = 16;

    /** Nodes: a pack, its ready time, its day and the next node of its bucket (sorted by time, then arrival). */
    private double[] times = new double[32];
    private long[] days = new long[32];
    private int[] next = new int[32];
    private Pack[] packs = new Pack[32];
    /** Nodes never used yet start here; freed ones are chained through {@code next} from {@code free}. */
    private int fresh;
    private int free = NONE;

    private int[] head = new int[16];
    private int[] tail = new int[16];
    private int mask = 15;
    /** A day's width in seconds, and its inverse (the day of time t is floor(t * perWidth)). */
    private double width = 60;
    private double perWidth = 1 / 60.0;
    /** No pack is ready on an earlier day than this. */
    private long day;
    /** The node of the earliest pack once found, until the next push or pop; else NONE. */
    private int first = NONE;
    private int size;
    private int popsUntilTune = TUNE_EVERY * 16;

    ReadyQueue() {
        Arrays.fill(head, NONE);
        Arrays.fill(tail, NONE);
    }

    /** Packs queued. */
    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The earliest ready time; only when not empty. */
    double firstTime() {
        return times[earliest()];
    }

    void push(double t, Pack p) {
        if (size == head.length) {
            refile(head.length * 2, widthOfContents());
        }
        int n = node();
        times[n] = t;
        packs[n] = p;
        file(n);
        size++;
        if (first != NONE && t < times[first]) {
            first = NONE;
        }
    }

    /** Takes the pack with the earliest ready time, the first that came among equal times; only when not empty. */
    Pack pop() {
        int n = earliest();
        int b = (int) days[n] & mask;
        head[b] = next[n];
        if (next[n] == NONE) {
            tail[b] = NONE;
        }
        Pack p = packs[n];
        packs[n] = null;
        next[n] = free;
        free = n;
        size--;
        first = NONE;
        if (--popsUntilTune == 0) {
            popsUntilTune = TUNE_EVERY * head.length;
            double w = widthOfContents();
            if (w > 2 * width || w < width / 2) {
                refile(head.length, w);
            }
        }
        return p;
    }

    /** The node of the earliest pack: the head of the first bucket, from the current day on, due on its day. */
    private int earliest() {
        if (first != NONE) {
            return first;
        }
        long d = day;
        for (int i = 0; i <= mask; i++, d++) {
            int h = head[(int) d & mask];
            if (h != NONE && days[h] == d) {
                day = d;
                first = h;
                return h;
            }
        }
        // a whole round of days without a pack: jump to the earliest head
        long min = Long.MAX_VALUE;
        for (int h : head) {
            if (h != NONE && days[h] < min) {
                min = days[h];
            }
        }
        day = min;
        first = head[(int) min & mask];
        return first;
    }

    /** Truncated, not floored: cheaper, and still never smaller for a later time (only day 0 is two days wide). */
    private long dayOf(double t) {
        return (long) (t * perWidth);
    }

    /** Puts node n into its day's bucket, after every node with a time not later than its own. */
    private void file(int n) {
        double t = times[n];
        long d = dayOf(t);
        days[n] = d;
        if (d < day) {
            day = d;
        }
        int b = (int) d & mask;
        int last = tail[b];
        if (last == NONE) {
            head[b] = n;
            tail[b] = n;
            next[n] = NONE;
        } else if (times[last] <= t) { // the usual case: ties (a lot) and later days come last
            next[last] = n;
            tail[b] = n;
            next[n] = NONE;
        } else {
            int prev = NONE;
            int at = head[b];
            while (times[at] <= t) {
                prev = at;
                at = next[at];
            }
            next[n] = at;
            if (prev == NONE) {
                head[b] = n;
            } else {
                next[prev] = n;
            }
        }
    }

    private int node() {
        if (free != NONE) {
            int n = free;
            free = next[n];
            return n;
        }
        if (fresh == times.length) {
            int cap = fresh * 2;
            times = Arrays.copyOf(times, cap);
            days = Arrays.copyOf(days, cap);
            next = Arrays.copyOf(next, cap);
            packs = Arrays.copyOf(packs, cap);
        }
        return fresh++;
    }

    /** About the mean gap between the queued ready times; the current width when they are all one time. */
    private double widthOfContents() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int h : head) {
            for (int n = h; n != NONE; n = next[n]) {
                lo = Math.min(lo, times[n]);
                hi = Math.max(hi, times[n]);
            }
        }
        double w = (hi - lo) / size;
        return w > 0 && w < Double.POSITIVE_INFINITY ? w : width;
    }

    /**
     * Files every pack again into {@code buckets} buckets of the given width. Packs of one time share a bucket in
     * either layout and are taken out of it in their order, so they keep it.
     */
    private void refile(int buckets, double w) {
        int[] oldHead = head;
        head = new int[buckets];
        tail = new int[buckets];
        Arrays.fill(head, NONE);
        Arrays.fill(tail, NONE);
        mask = buckets - 1;
        width = w;
        perWidth = 1 / w;
        day = Long.MAX_VALUE;
        first = NONE;
        for (int h : oldHead) {
            for (int n = h; n != NONE; ) {
                int following = next[n];
                file(n);
                n = following;
            }
        }
        if (day == Long.MAX_VALUE) {
            day = Long.MIN_VALUE;
        }
        popsUntilTune = TUNE_EVERY * buckets;
    }
}
