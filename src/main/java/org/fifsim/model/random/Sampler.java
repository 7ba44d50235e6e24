package org.fifsim.model.random;

import nl.tudelft.simulation.jstats.distributions.DistContinuous;
import nl.tudelft.simulation.jstats.distributions.DistExponential;
import nl.tudelft.simulation.jstats.distributions.DistLogNormal;
import nl.tudelft.simulation.jstats.distributions.DistNormal;
import nl.tudelft.simulation.jstats.distributions.DistTriangular;
import nl.tudelft.simulation.jstats.distributions.DistUniform;
import nl.tudelft.simulation.jstats.streams.StreamInterface;
import org.fifsim.scenario.Distribution;

/** Draws values of one random quantity from its own stream, using DSOL's distributions. */
@FunctionalInterface
public interface Sampler {

    double draw();

    /** A sampler for the spec on the stream; a constant draws nothing from the stream. */
    static Sampler of(Distribution spec, StreamInterface stream) {
        if (spec instanceof Distribution.Constant c) {
            double v = c.value();
            return () -> v;
        }
        if (spec instanceof Distribution.Normal n) {
            DistNormal d = new DistNormal(stream, n.mu(), n.sd());
            return () -> truncatedAtZero(d);
        }
        // DSOL's constructors check the parameters; the three commonest then draw through FastDraws, DSOL's own
        // formulas without its extra call per draw (the same numbers, bit for bit: SamplerTest).
        if (spec instanceof Distribution.Exponential e) {
            new DistExponential(stream, e.mean());
            return new FastDraws.Exponential(stream, e.mean());
        }
        if (spec instanceof Distribution.Triangular t) {
            new DistTriangular(stream, t.low(), t.mode(), t.high());
            return new FastDraws.Triangular(stream, t.low(), t.mode(), t.high());
        }
        if (spec instanceof Distribution.Uniform u) {
            new DistUniform(stream, u.low(), u.high());
            return new FastDraws.Uniform(stream, u.low(), u.high());
        }
        DistContinuous d;
        if (spec instanceof Distribution.LogNormal l) {
            d = new DistLogNormal(stream, l.mu(), l.sigma());
        } else {
            throw new IllegalArgumentException("unsupported distribution " + spec);
        }
        return d::draw;
    }

    /** Redraws negative values; after many misses (a mean far below zero cannot pass validation) returns 0. */
    private static double truncatedAtZero(DistNormal d) {
        for (int i = 0; i < 1000; i++) {
            double v = d.draw();
            if (v >= 0) {
                return v;
            }
        }
        return 0;
    }
}
