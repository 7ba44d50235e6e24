package org.fifsim.model;

/** A time-weighted mean of a piecewise-constant quantity (stock, an on/off indicator), restartable at warm-up. */
final class TimeAverage {
    private double value;
    private double since;
    private double start;
    private double integral;

    void set(double now, double v) {
        integral += value * (now - since);
        since = now;
        value = v;
    }

    void add(double now, double delta) {
        set(now, value + delta);
    }

    double value() {
        return value;
    }

    /** Forgets the past (warm-up) but keeps the current value. */
    void restart(double now) {
        integral = 0;
        since = now;
        start = now;
    }

    /** Integral of the value from the last restart to {@code now}. */
    double integral(double now) {
        return integral + value * (now - since);
    }

    /**
     * A share computed from time integrals, kept in [0, 1]: integrals summed piece by piece can overshoot their
     * exact ratio by a rounding unit (1.0000000000000002), which a results file must not show as a fraction.
     */
    static double share(double ratio) {
        return Math.max(0.0, Math.min(1.0, ratio));
    }

    double mean(double now) {
        double span = now - start;
        return span > 0 ? integral(now) / span : value;
    }
}
