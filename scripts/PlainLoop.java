import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * The reference model of BENCHMARK.md ("packline-year") as a plain Java event loop on java.util.PriorityQueue: the
 * yardstick scripts/bench times fifsim against, in the same run. Four stations in series, Triangular(40, 44, 50) s
 * cycles, buffers of 5, blocking after service, unlimited raw supply; clock-time failures (due-times Exponential(8 h)
 * start to start, repair Exponential(20 min), a failure due while down waits for the repair; a down station is
 * frozen and keeps its remaining time); 99.8% good at the end-of-line test; good packs take 20 min to an unbounded
 * line-side; the vehicle line takes a pack for exactly 45 s and is starved while the line-side is empty.
 *
 * <p>Usage: {@code java PlainLoop [DAYS] [SEED]} (default 365 days, seed 1); prints good packs, scrapped packs, the
 * vehicle line's starved share and the events run.
 */
public final class PlainLoop {
    private static final int STATIONS = 4;
    private static final int BUFFER = 5;
    private static final double MTBF = 8 * 3600.0;
    private static final double MTTR = 20 * 60.0;
    private static final double TRANSFER = 20 * 60.0;
    private static final double TAKT = 45.0;
    private static final double YIELD = 0.998;

    private static final int COMPLETE = 0;
    private static final int FAIL = 1;
    private static final int REPAIRED = 2;
    private static final int ARRIVE = 3;
    private static final int VEHICLE_DONE = 4;

    /** An event: time, then scheduling order; {@code version} lets a cancelled completion be skipped. */
    private record Event(double time, long seq, int kind, int station, int version) implements Comparable<Event> {
        @Override
        public int compareTo(Event o) {
            int c = Double.compare(time, o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private final PriorityQueue<Event> queue = new PriorityQueue<>();
    private final SplittableRandom[] cycle = new SplittableRandom[STATIONS];
    private final SplittableRandom[] failures = new SplittableRandom[STATIONS];
    private final SplittableRandom[] repairs = new SplittableRandom[STATIONS];
    private final SplittableRandom test;
    private long seq;
    private double now;

    private final boolean[] busy = new boolean[STATIONS];
    private final boolean[] holding = new boolean[STATIONS]; // finished, waiting for room downstream
    private final boolean[] down = new boolean[STATIONS];
    private final int[] waitingFailures = new int[STATIONS];
    private final double[] completion = new double[STATIONS];
    private final double[] remaining = new double[STATIONS];
    private final int[] version = new int[STATIONS];
    private final int[] buffer = new int[STATIONS]; // buffer[i]: packs waiting in front of station i (i >= 1)

    private long lineSide;
    private boolean vehicleBusy;
    private double starvedSince;
    private double starved;
    private long good;
    private long scrapped;
    private long installed;

    private PlainLoop(long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        for (int i = 0; i < STATIONS; i++) {
            cycle[i] = root.split();
            failures[i] = root.split();
            repairs[i] = root.split();
        }
        test = root.split();
    }

    private void schedule(double at, int kind, int station, int v) {
        queue.add(new Event(at, seq++, kind, station, v));
    }

    private static double exponential(SplittableRandom r, double mean) {
        return -mean * Math.log(1 - r.nextDouble());
    }

    private static double triangular(SplittableRandom r, double a, double c, double b) {
        double u = r.nextDouble();
        double f = (c - a) / (b - a);
        return u < f ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
    }

    private void tryStart(int i) {
        if (down[i] || busy[i] || holding[i] || (i > 0 && buffer[i] == 0)) {
            return;
        }
        if (i > 0) {
            buffer[i]--;
        }
        busy[i] = true;
        completion[i] = now + triangular(cycle[i], 40, 44, 50);
        schedule(completion[i], COMPLETE, i, version[i]);
        if (i > 0) {
            tryRelease(i - 1); // room in front of this station
        }
    }

    private void tryRelease(int i) {
        if (!holding[i] || down[i]) {
            return;
        }
        if (i == STATIONS - 1) {
            holding[i] = false;
            if (test.nextDouble() < YIELD) {
                good++;
                schedule(now + TRANSFER, ARRIVE, -1, 0);
            } else {
                scrapped++;
            }
            tryStart(i);
        } else if (buffer[i + 1] < BUFFER) {
            holding[i] = false;
            buffer[i + 1]++;
            tryStart(i + 1);
            tryStart(i);
        }
    }

    private void complete(int i) {
        busy[i] = false;
        holding[i] = true;
        tryRelease(i);
    }

    private void fail(int i) {
        schedule(now + exponential(failures[i], MTBF), FAIL, i, 0);
        if (down[i]) {
            waitingFailures[i]++;
            return;
        }
        down[i] = true;
        if (busy[i]) {
            remaining[i] = completion[i] - now;
            version[i]++; // the pending completion no longer counts
        }
        schedule(now + exponential(repairs[i], MTTR), REPAIRED, i, 0);
    }

    private void repaired(int i) {
        if (waitingFailures[i] > 0) {
            waitingFailures[i]--;
            schedule(now + exponential(repairs[i], MTTR), REPAIRED, i, 0);
            return;
        }
        down[i] = false;
        if (busy[i]) {
            completion[i] = now + remaining[i];
            schedule(completion[i], COMPLETE, i, version[i]);
        }
        tryRelease(i);
        tryStart(i);
    }

    private void vehicle() {
        if (vehicleBusy) {
            return;
        }
        if (lineSide == 0) {
            return;
        }
        starved += now - starvedSince;
        lineSide--;
        vehicleBusy = true;
        schedule(now + TAKT, VEHICLE_DONE, -1, 0);
    }

    private long run(double horizon) {
        for (int i = 0; i < STATIONS; i++) {
            schedule(exponential(failures[i], MTBF), FAIL, i, 0);
        }
        tryStart(0);
        long events = 0;
        while (!queue.isEmpty() && queue.peek().time() <= horizon) {
            Event e = queue.poll();
            now = e.time();
            events++;
            switch (e.kind()) {
                case COMPLETE -> {
                    if (e.version() == version[e.station()]) {
                        complete(e.station());
                    }
                }
                case FAIL -> fail(e.station());
                case REPAIRED -> repaired(e.station());
                case ARRIVE -> {
                    lineSide++;
                    vehicle();
                }
                case VEHICLE_DONE -> {
                    installed++;
                    vehicleBusy = false;
                    starvedSince = now;
                    vehicle();
                }
                default -> throw new IllegalStateException("unknown event " + e.kind());
            }
        }
        if (!vehicleBusy) {
            starved += horizon - starvedSince;
        }
        return events;
    }

    public static void main(String[] args) {
        double days = args.length > 0 ? Double.parseDouble(args[0]) : 365;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        PlainLoop m = new PlainLoop(seed);
        long events = m.run(days * 86400);
        System.out.printf(java.util.Locale.ROOT, "good %d scrapped %d installed %d starved %.4f events %d%n", m.good,
                m.scrapped, m.installed, m.starved / (days * 86400), events);
    }
}
