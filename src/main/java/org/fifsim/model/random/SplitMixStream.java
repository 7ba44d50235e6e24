package org.fifsim.model.random;

import nl.tudelft.simulation.jstats.streams.StreamInterface;

/**
 * A DSOL random stream backed by SplitMix64: a fast, unsynchronised 64-bit generator with good statistical quality
 * (it passes BigCrush). DSOL's own MersenneTwister synchronises every draw, which one simulator per thread never needs.
 */
public final class SplitMixStream implements StreamInterface {
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private final long originalSeed;
    private long seed;
    private long state;

    public SplitMixStream(long seed) {
        this.originalSeed = seed;
        setSeed(seed);
    }

    private long nextRaw() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in (0, 1): never exactly 0, so inversions such as -ln(u) stay finite. */
    @Override
    public double nextDouble() {
        double u;
        do {
            u = (nextRaw() >>> 11) * DOUBLE_UNIT;
        } while (u == 0.0);
        return u;
    }

    @Override
    public boolean nextBoolean() {
        return nextRaw() < 0;
    }

    @Override
    public float nextFloat() {
        return (nextRaw() >>> 40) * 0x1.0p-24f;
    }

    @Override
    public int nextInt() {
        return (int) (nextRaw() >>> 32);
    }

    @Override
    public int nextInt(int i, int j) {
        return i + (int) Math.floor(nextDouble() * (j - i + 1));
    }

    @Override
    public long nextLong() {
        return nextRaw();
    }

    @Override
    public long getSeed() {
        return seed;
    }

    @Override
    public long getOriginalSeed() {
        return originalSeed;
    }

    @Override
    public void setSeed(long s) {
        this.seed = s;
        this.state = s;
    }

    @Override
    public void reset() {
        setSeed(seed);
    }
}
