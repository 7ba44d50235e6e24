package org.fifsim.model.energy;

import java.util.List;

/**
 * Grid price per kWh by clock hour, so grid cost follows when the line draws power and not only how much: a
 * time-of-use tariff rewards storage that shifts PV into the expensive evening.
 */
@FunctionalInterface
public interface Tariff {

    /** Price of grid energy in clock hour {@code hour} (0..23) on day {@code dayOfYear0} (0..364), per kWh. */
    double pricePerKwh(int dayOfYear0, int hour);

    /** The same price at every hour. */
    static Tariff flat(double pricePerKwh) {
        checkPrice(pricePerKwh);
        return (day, hour) -> pricePerKwh;
    }

    /**
     * Time-of-use prices: the first band containing the hour sets the price, hours in no band pay {@code otherPrice}.
     * Bands apply on every day of the year.
     */
    static Tariff timeOfUse(double otherPrice, List<Band> bands) {
        checkPrice(otherPrice);
        double[] byHour = new double[SolarGeometry.HOURS_PER_DAY];
        for (int h = 0; h < byHour.length; h++) {
            byHour[h] = otherPrice;
            for (Band band : bands) {
                if (band.contains(h)) {
                    byHour[h] = band.pricePerKwh();
                    break;
                }
            }
        }
        return (day, hour) -> byHour[hour];
    }

    /**
     * Clock hours [{@code fromHour}, {@code toHour}) at one price; wraps past midnight when {@code toHour <= fromHour}
     * (22, 6 is the night), and covers the whole day when they are equal.
     */
    record Band(int fromHour, int toHour, double pricePerKwh) {

        public Band {
            if (fromHour < 0 || fromHour > 23 || toHour < 0 || toHour > 24) {
                throw new IllegalArgumentException("band hours must be from 0..23 to 0..24: " + fromHour + "–" + toHour);
            }
            checkPrice(pricePerKwh);
        }

        /** Whether clock hour {@code hour} (0..23) lies in this band. */
        public boolean contains(int hour) {
            int to = toHour % SolarGeometry.HOURS_PER_DAY;
            return fromHour < to ? hour >= fromHour && hour < to : hour >= fromHour || hour < to;
        }
    }

    private static void checkPrice(double price) {
        if (!Double.isFinite(price)) {
            throw new IllegalArgumentException("price must be finite: " + price);
        }
    }
}
