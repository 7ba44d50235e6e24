package org.fifsim.model.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SolarGeometryTest {

    private final SolarGeometry chongqing = SolarGeometry.chongqing();

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Cooper's declination reaches ±23.45° at the solstices and crosses zero near the equinoxes. */
    @Test
    void declinationFollowsTheSeasons() {
        assertEquals(23.45, Math.toDegrees(SolarGeometry.declinationRad(172)), 0.01);
        assertEquals(-23.45, Math.toDegrees(SolarGeometry.declinationRad(355)), 0.01);
        assertEquals(0, Math.toDegrees(SolarGeometry.declinationRad(81)), 0.5);
    }

    /** At 29.6° N a summer day gets well over twice the clear-sky energy of a winter day on a flat roof. */
    @Test
    void summerDaysHaveMoreClearSkyEnergyThanWinter() {
        assertTrue(chongqing.dailyTotal(172) > 2 * chongqing.dailyTotal(355));
        double summer = 0;
        double winter = 0;
        for (int d = 0; d < 365; d++) {
            switch (YearCalendar.season(d)) {
                case SUMMER -> summer += chongqing.dailyTotal(d + 1);
                case WINTER -> winter += chongqing.dailyTotal(d + 1);
                default -> { }
            }
        }
        assertTrue(summer > 1.8 * winter, summer + " vs " + winter);
    }

    /** No sun in the hours around midnight on any day of the year. */
    @Test
    void zeroAtMidnight() {
        for (int d = 1; d <= 365; d++) {
            assertEquals(0.0, chongqing.hourlyShape(d, 0));
            assertEquals(0.0, chongqing.hourlyShape(d, 23));
            assertTrue(chongqing.sinElevation(d, 0.9) < 0);
        }
    }

    /** The hour 12:00–13:00 holds solar noon (12:54) and is the brightest; the instantaneous peak is at 12:54. */
    @Test
    void peaksNearSolarNoon() {
        for (int d = 1; d <= 365; d++) {
            assertEquals(12, argmax(chongqing.dailyShape(d)), "day " + d);
        }
        double bestHour = 0;
        double best = -1;
        for (double t = 0; t < 24; t += 0.01) {
            double v = chongqing.relativeIrradiance(100, t);
            if (v > best) {
                best = v;
                bestHour = t;
            }
        }
        assertEquals(12.9, bestHour, 0.011);
    }

    /** Morning and afternoon mirror each other about solar noon. */
    @Test
    void symmetricAboutSolarNoon() {
        for (double x = 0.25; x < 8; x += 0.5) {
            assertEquals(chongqing.relativeIrradiance(200, 12.9 - x), chongqing.relativeIrradiance(200, 12.9 + x),
                    1e-12);
        }
        SolarGeometry solarClock = new SolarGeometry(29.6, 0);
        assertEquals(solarClock.hourlyShape(50, 11), solarClock.hourlyShape(50, 12), 1e-12);
    }

    /** Sun overhead at the equator on the equinox: air mass 1, transmittance 0.7. */
    @Test
    void overheadSunGivesMeinelTransmittance() {
        SolarGeometry equator = new SolarGeometry(0, 0);
        double noon = 12.0;
        int equinox = 81;
        assertEquals(1.0, equator.sinElevation(equinox, noon), 1e-3);
        assertEquals(0.7, SolarGeometry.clearSkyTransmittance(1.0), 1e-12);
        assertEquals(0.0, SolarGeometry.clearSkyTransmittance(-0.1));
    }

    @Test
    void annualShapeMatchesDailyShapes() {
        double[] year = chongqing.annualShape();
        assertEquals(8760, year.length);
        assertEquals(chongqing.hourlyShape(200, 15), year[199 * 24 + 15]);
    }

    @Test
    void theAnnualShapeIsComputedOncePerPlaceButHandedOutAsACopy() {
        double[] first = chongqing.annualShape();
        first[12] = -1; // a caller's change must not reach the shape PV plants share
        double[] again = new SolarGeometry(29.6).annualShape();
        assertEquals(chongqing.hourlyShape(1, 12), again[12]);
        assertSame(chongqing.shared(), new SolarGeometry(29.6).shared());
        assertEquals(new SolarGeometry(0, 0).hourlyShape(81, 12), new SolarGeometry(0, 0).shared()[80 * 24 + 12]);
        assertNotSame(chongqing.shared(), new SolarGeometry(0, 0).shared());
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> new SolarGeometry(91));
        assertThrows(IllegalArgumentException.class, () -> chongqing.hourlyShape(0, 12));
        assertThrows(IllegalArgumentException.class, () -> chongqing.hourlyShape(366, 12));
        assertThrows(IllegalArgumentException.class, () -> chongqing.hourlyShape(1, 24));
    }
}
