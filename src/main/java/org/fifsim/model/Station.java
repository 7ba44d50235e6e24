package org.fifsim.model;

import java.util.ArrayDeque;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import org.fifsim.model.random.Sampler;

/**
 * One station of the pack line. It takes a pack from the buffer in front of it, processes it for a random cycle time
 * and hands it to the next station's buffer; when that buffer is full it keeps the pack and is blocked (blocking
 * after service). A station that is down or off shift is frozen: it neither takes, processes nor releases, and a
 * cycle in progress resumes with its remaining time. Hand-overs are direct calls, not events: only the end of a
 * cycle, a failure and a repair cost an event.
 */
final class Station {
    /** Where a station's time goes, for the time-split chart. */
    enum Use { BUSY, BLOCKED, STARVED, DOWN, OFF }

    private enum State { IDLE, BUSY, BLOCKED }

    final String name;
    private final Scheduler sim;
    private final PackLine line;
    private final Measures measures;
    private final Sampler cycle;
    private final Breakdowns breakdowns;
    /** The buffer in front of this station (unused for the first, which draws from the release gate). */
    private final ArrayDeque<Pack> inbound = new ArrayDeque<>();
    private final int inboundCapacity;
    Station prev;
    Station next;

    private State state = State.IDLE;
    private Pack pack;
    private boolean down;
    private boolean off;
    private final Scheduler.Timer cycleEnd;
    private SimEventInterface<Double> completion;
    private double remaining;
    private double resumedAt;

    /** With variants: the cycle-time sampler and factor of each variant, and the changeover; null without. */
    private Sampler[] cycleByVariant;
    private double[] factorByVariant;
    private Sampler changeover;
    private int lastVariant = -1;
    /** The drift in progress: every pack finished meanwhile is suspect; null while the station is sound. */
    private Incident drift;

    private final double[] useTime = new double[Use.values().length];
    private Use use = Use.STARVED;
    private double useSince;

    Station(String name, Scheduler sim, PackLine line, Measures measures, Sampler cycle,
            Breakdowns breakdowns, int inboundCapacity) {
        this.name = name;
        this.sim = sim;
        this.line = line;
        this.measures = measures;
        this.cycle = cycle;
        this.breakdowns = breakdowns;
        this.inboundCapacity = inboundCapacity;
        this.cycleEnd = sim.new Timer() {
            @Override
            void fire() {
                complete();
            }
        };
        if (breakdowns != null) {
            breakdowns.attach(this);
        }
    }

    private double now() {
        return sim.getSimulatorTime();
    }

    boolean frozen() {
        return down || off;
    }

    /** Starts a cycle if the station is idle, running, and a pack is available. */
    void tryStart() {
        if (state != State.IDLE || frozen()) {
            return;
        }
        Pack p = takeInput();
        if (p != null) {
            begin(p);
        }
    }

    private void begin(Pack p) {
        pack = p;
        state = State.BUSY;
        account();
        measures.trace(now(), name, "start", p.id);
        process(cycleByVariant == null ? cycle.draw() : variantCycle(p.variant));
    }

    /** Builds packs of several variants: their own cycle times, and a changeover when the variant changes. */
    void variants(Sampler[] cycles, double[] factors, Sampler changeoverTime) {
        this.cycleByVariant = cycles;
        this.factorByVariant = factors;
        this.changeover = changeoverTime;
    }

    Sampler cycle() {
        return cycle;
    }

    private double variantCycle(int variant) {
        double d = cycleByVariant[variant].draw() * factorByVariant[variant];
        if (variant != lastVariant) {
            if (lastVariant >= 0) {
                d += changeover.draw();
            }
            lastVariant = variant;
        }
        return d;
    }

    private void process(double duration) {
        remaining = duration;
        resumedAt = now();
        completion = cycleEnd.after(duration);
        if (breakdowns != null) {
            breakdowns.processing(duration);
        }
    }

    private Pack takeInput() {
        if (prev == null) {
            return line.release();
        }
        Pack p = inbound.pollFirst();
        if (prev.state == State.BLOCKED && !prev.frozen()) {
            Pack q = prev.handOver();
            if (p == null) {
                p = q;
            } else {
                inbound.addLast(q);
            }
            prev.tryStart();
        }
        return p;
    }

    private Pack handOver() {
        Pack p = pack;
        pack = null;
        state = State.IDLE;
        account();
        return p;
    }

    /** Offered a pack by the previous station: start on it, queue it, or refuse when the buffer is full. */
    private boolean accept(Pack p) {
        if (state == State.IDLE && !frozen() && inbound.isEmpty()) {
            begin(p);
            return true;
        }
        if (inbound.size() < inboundCapacity) {
            inbound.addLast(p);
            return true;
        }
        return false;
    }

    private void complete() {
        completion = null;
        if (breakdowns != null) {
            breakdowns.stoppedProcessing(now() - resumedAt);
        }
        measures.trace(now(), name, "end", pack.id);
        if (drift != null) {
            pack.incident = drift;
            drift.suspect++;
        }
        release();
    }

    private void release() {
        Pack p = pack;
        if (next == null) {
            pack = null;
            state = State.IDLE;
            account();
            line.finished(p);
        } else if (next.accept(p)) {
            pack = null;
            state = State.IDLE;
            account();
        } else {
            state = State.BLOCKED;
            account();
            measures.trace(now(), name, "blocked", p.id);
            return;
        }
        tryStart();
    }

    /** A drift begins (an incident) or ends (null). */
    void drift(Incident incident) {
        this.drift = incident;
    }

    void setDown(boolean value) {
        measures.trace(now(), name, value ? "down" : "up", Trace.NO_PACK);
        boolean was = frozen();
        down = value;
        changed(was);
    }

    void setOff(boolean value) {
        boolean was = frozen();
        off = value;
        changed(was);
    }

    private void changed(boolean wasFrozen) {
        account();
        if (!wasFrozen && frozen()) {
            pause();
        } else if (wasFrozen && !frozen()) {
            resume();
        }
    }

    private void pause() {
        if (completion != null) {
            sim.cancelEvent(completion);
            remaining = completion.getAbsoluteExecutionTime() - now();
            completion = null;
            if (breakdowns != null) {
                breakdowns.stoppedProcessing(now() - resumedAt);
            }
        }
    }

    private void resume() {
        if (state == State.BUSY) {
            process(remaining);
        } else if (state == State.BLOCKED) {
            release();
        } else {
            tryStart();
        }
    }

    private void account() {
        double t = now();
        useTime[use.ordinal()] += t - useSince;
        useSince = t;
        use = down ? Use.DOWN : off ? Use.OFF : switch (state) {
            case BUSY -> Use.BUSY;
            case BLOCKED -> Use.BLOCKED;
            case IDLE -> Use.STARVED;
        };
    }

    void restartStatistics(double now) {
        account();
        java.util.Arrays.fill(useTime, 0);
        useSince = now;
    }

    /** Share of the measured time spent in each use, closed at {@code now}. */
    double[] useShares(double now) {
        account();
        double total = 0;
        for (double u : useTime) {
            total += u;
        }
        double[] shares = new double[useTime.length];
        for (int i = 0; i < shares.length; i++) {
            shares[i] = total > 0 ? useTime[i] / total : 0;
        }
        return shares;
    }
}
