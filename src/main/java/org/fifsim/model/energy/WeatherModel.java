package org.fifsim.model.energy;

import java.util.function.DoubleSupplier;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * Daily weather multiplier for {@link PvPlant}: a Beta distribution stretched to [0, {@code maxFactor}] with mean
 * exactly 1, so weather spreads PV over days without changing its expected annual energy. One draw per day, by
 * inverse CDF from a U(0,1) supplier the caller owns: the caller's stream decides the weather, which keeps common
 * random numbers across scenarios and makes the model itself deterministic.
 *
 * <p>Defaults for Chongqing's cloudy, foggy climate: cv 0.35 and a clear day worth 2× the average day (its annual
 * horizontal irradiation, ~1,000–1,100 kWh/m², is about half the clear-sky value). Days are independent and share
 * one distribution all year; cloudy spells and the wetter winter are not modelled.
 */
public final class WeatherModel {

    public static final double DEFAULT_CV = 0.35;
    public static final double DEFAULT_MAX_FACTOR = 2.0;

    private final double cv;
    private final double maxFactor;
    /** Null when cv is 0: every day is average. */
    private final BetaDistribution beta;

    /** Chongqing defaults: cv 0.35, factors in [0, 2]. */
    public WeatherModel() {
        this(DEFAULT_CV, DEFAULT_MAX_FACTOR);
    }

    /** Factors in [0, 2] with coefficient of variation {@code cv} (0 gives factor 1 every day). */
    public WeatherModel(double cv) {
        this(cv, DEFAULT_MAX_FACTOR);
    }

    /**
     * @param cv coefficient of variation of the daily factor, 0 <= cv < sqrt(maxFactor - 1)
     * @param maxFactor the clearest day's factor, > 1
     */
    public WeatherModel(double cv, double maxFactor) {
        if (!(maxFactor > 1) || Double.isInfinite(maxFactor)) {
            throw new IllegalArgumentException("max weather factor must be finite and > 1: " + maxFactor);
        }
        // X = maxFactor * Y, Y ~ Beta(a, b), E[X] = 1 and Var[X] = cv^2 give a + b = (maxFactor - 1) / cv^2 - 1
        if (!(cv >= 0) || cv * cv >= maxFactor - 1) {
            throw new IllegalArgumentException("weather cv must be in [0, sqrt(maxFactor - 1)) = [0, "
                    + Math.sqrt(maxFactor - 1) + "): " + cv);
        }
        this.cv = cv;
        this.maxFactor = maxFactor;
        if (cv == 0) {
            this.beta = null;
        } else {
            double sum = (maxFactor - 1) / (cv * cv) - 1;
            // no generator: sampling is only by inverse CDF from the caller's uniforms
            this.beta = new BetaDistribution(null, sum / maxFactor, sum * (maxFactor - 1) / maxFactor,
                    BetaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
        }
    }

    public double cv() {
        return cv;
    }

    public double maxFactor() {
        return maxFactor;
    }

    /** The factor at cumulative probability {@code u} in [0, 1]. */
    public double factorAt(double u) {
        if (!(u >= 0 && u <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1]: " + u);
        }
        return beta == null ? 1.0 : maxFactor * beta.inverseCumulativeProbability(u);
    }

    /** One day's factor, consuming exactly one number from {@code uniform}. */
    public double dailyFactor(DoubleSupplier uniform) {
        return factorAt(uniform.getAsDouble());
    }
}
