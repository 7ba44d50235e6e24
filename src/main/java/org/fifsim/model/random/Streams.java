package org.fifsim.model.random;

import java.nio.charset.StandardCharsets;
import nl.tudelft.simulation.dsol.experiment.StreamInformation;
import nl.tudelft.simulation.jstats.streams.StreamInterface;

/**
 * One named stream per random source, seeded from (base seed, stream name, replication) only. Two scenarios that
 * differ in one parameter therefore draw the same numbers for every other source: common random numbers by
 * construction, and a replication's numbers never depend on which thread runs it or in what order.
 */
public final class Streams {
    private final long baseSeed;
    private final int replication;
    private final StreamInformation information;

    public Streams(long baseSeed, int replication) {
        this.baseSeed = baseSeed;
        this.replication = replication;
        this.information = new StreamInformation(new SplitMixStream(seedFor(baseSeed, "default", replication)));
    }

    /** The stream for a named random source, created on first use and registered with DSOL's stream information. */
    public StreamInterface stream(String name) {
        StreamInterface s = information.getStreams().get(name);
        if (s == null) {
            s = new SplitMixStream(seedFor(baseSeed, name, replication));
            information.addStream(name, s);
        }
        return s;
    }

    public StreamInformation information() {
        return information;
    }

    /** Mixes the three inputs through SplitMix64's finaliser so nearby seeds give unrelated streams. */
    public static long seedFor(long baseSeed, String name, int replication) {
        long h = 0xCBF29CE484222325L; // FNV-1a over the UTF-8 name: stable across JVMs, unlike String.hashCode mixing
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001B3L;
        }
        long z = mix(baseSeed) ^ mix(h + 0x632BE59BD9B4E019L) ^ mix(replication * 0x9E3779B97F4A7C15L + 1);
        return mix(z);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
