package org.fifsim.model.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class PvPlantTest {

    private static final double ANNUAL = 6.0e6;
    private final PvPlant plant = PvPlant.ofAnnualKwh(SolarGeometry.chongqing(), ANNUAL);

    /** The expected year (weather factor 1) reproduces the stated annual energy. */
    @Test
    void expectedAnnualEnergyEqualsInput() {
        assertEquals(ANNUAL, plant.expectedAnnualKwh(), 1e-6 * ANNUAL);
        double sum = 0;
        for (int d = 0; d < 365; d++) {
            for (int h = 0; h < 24; h++) {
                sum += plant.hourlyKwh(d, h, 1.0);
            }
        }
        assertEquals(ANNUAL, sum, 1e-6 * ANNUAL);
    }

    /** Capacity × specific yield is another way to state the same annual energy. */
    @Test
    void capacityTimesSpecificYield() {
        PvPlant byCapacity = PvPlant.ofCapacity(SolarGeometry.chongqing(), 5500, 1090);
        assertEquals(5500 * 1090, byCapacity.annualKwh());
        assertEquals(5500 * 1090, byCapacity.expectedAnnualKwh(), 1e-6 * 5500 * 1090);
        assertEquals(plant.expectedHourlyKwh(180, 12) * 5500 * 1090 / ANNUAL, byCapacity.expectedHourlyKwh(180, 12),
                1e-9);
    }

    /** The weather factor scales the hour; nights stay dark. */
    @Test
    void weatherFactorScalesTheHour() {
        assertEquals(0.5 * plant.expectedHourlyKwh(100, 11), plant.hourlyKwh(100, 11, 0.5), 1e-9);
        assertEquals(0.0, plant.hourlyKwh(100, 2, 1.7));
        assertThrows(IllegalArgumentException.class, () -> plant.hourlyKwh(100, 11, -0.1));
        assertThrows(IllegalArgumentException.class, () -> plant.hourlyKwh(365, 11, 1));
    }

    /** Averaged over 200 seeded years of Chongqing weather the annual energy is the input within 2%. */
    @Test
    void seededWeatherKeepsTheAnnualEnergy() {
        WeatherModel weather = new WeatherModel();
        SplittableRandom random = new SplittableRandom(20240601L);
        int years = 200;
        double total = 0;
        for (int y = 0; y < years; y++) {
            for (int d = 0; d < 365; d++) {
                double factor = weather.dailyFactor(random::nextDouble);
                total += factor * plant.expectedDailyKwh(d);
            }
        }
        assertEquals(ANNUAL, total / years, 0.02 * ANNUAL);
    }
}
