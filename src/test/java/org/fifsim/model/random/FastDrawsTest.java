package org.fifsim.model.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.DoubleSupplier;
import nl.tudelft.simulation.jstats.distributions.DistExponential;
import nl.tudelft.simulation.jstats.distributions.DistTriangular;
import nl.tudelft.simulation.jstats.distributions.DistUniform;
import org.fifsim.scenario.Distribution;
import org.junit.jupiter.api.Test;

/** The samplers draw exactly DSOL's numbers: 10^5 draws compared bit for bit, from twin streams. */
class FastDrawsTest {
    private static final int DRAWS = 100_000;

    private static void sameBits(DoubleSupplier dsol, Sampler ours, String what) {
        for (int i = 0; i < DRAWS; i++) {
            double expected = dsol.getAsDouble();
            double actual = ours.draw();
            if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(actual)) {
                assertEquals(expected, actual, 0.0, what + ": draw " + i + " differs");
                throw new AssertionError(what + ": draw " + i + " differs in its bits: " + expected + " vs " + actual);
            }
        }
    }

    @Test
    void triangularDrawsAreDsols() {
        double[][] cases = {{2 * 3600, 4 * 3600, 8 * 3600}, {30, 45, 60}, {1200, 1800, 2700}, {0.1, 0.1, 0.7},
            {3, 9.5, 9.5}, {-4.25, 1e-3, 17.3}, {1e-9, 3e-9, 1e9}};
        long seed = 17;
        for (double[] c : cases) {
            DistTriangular dsol = new DistTriangular(new SplitMixStream(seed), c[0], c[1], c[2]);
            Sampler ours = Sampler.of(new Distribution.Triangular(c[0], c[1], c[2]), new SplitMixStream(seed));
            sameBits(dsol::draw, ours, "triangular " + c[0] + "," + c[1] + "," + c[2]);
            seed += 101;
        }
    }

    @Test
    void exponentialDrawsAreDsols() {
        long seed = 5;
        for (double mean : new double[] {45 * 86400.0, 45.0, 0.37, 1e-6}) {
            DistExponential dsol = new DistExponential(new SplitMixStream(seed), mean);
            Sampler ours = Sampler.of(new Distribution.Exponential(mean), new SplitMixStream(seed));
            sameBits(dsol::draw, ours, "exponential " + mean);
            seed += 7;
        }
    }

    @Test
    void uniformDrawsAreDsols() {
        long seed = 99;
        for (double[] c : new double[][] {{27000, 45000}, {-3.5, 0.25}, {0.1, 0.3}, {1e-12, 1e12}}) {
            DistUniform dsol = new DistUniform(new SplitMixStream(seed), c[0], c[1]);
            Sampler ours = Sampler.of(new Distribution.Uniform(c[0], c[1]), new SplitMixStream(seed));
            sameBits(dsol::draw, ours, "uniform " + c[0] + "," + c[1]);
            seed += 3;
        }
    }

    @Test
    void parametersDsolRejectsAreStillRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Sampler.of(new Distribution.Triangular(5, 1, 9), new SplitMixStream(1)));
        assertThrows(IllegalArgumentException.class,
                () -> Sampler.of(new Distribution.Uniform(2, 1), new SplitMixStream(1)));
    }
}
