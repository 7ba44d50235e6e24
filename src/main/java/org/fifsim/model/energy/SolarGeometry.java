package org.fifsim.model.energy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Clear-sky shape of sunlight on a horizontal plane: how the sun's height, and the air it shines through, make PV
 * output vary by hour and season. Only the shape matters: {@link PvPlant} scales it to a stated annual energy, so panel
 * area, efficiency, tilt gain and losses need not be known.
 *
 * <p>Simplifications, all small against day-to-day weather: a 365-day year; declination by Cooper's formula; no
 * equation of time (±16 min over the year); local solar time = clock time − {@code solarNoonOffsetHours}, so the sun
 * is highest at 12:00 + offset on the clock. Chongqing keeps UTC+8 (the 120° E meridian) at about 106.5° E:
 * 13.5° × 4 min/° ≈ 54 min, solar noon near 12:54, hence the default offset of 0.9 h. Use 0 to take local solar time
 * as the clock. Clear-sky attenuation is Meinel's 0.7^(AM^0.678) with air mass AM = 1/sin(elevation); diffuse light
 * is not modelled separately.
 *
 * <p>Hour {@code h} covers clock time [h, h+1); its value is the integral over that hour of
 * max(0, sin elevation) × attenuation, by the midpoint rule with {@link #SUB_STEPS} steps (unit: hours of
 * perpendicular extraterrestrial sun, so at most 1).
 */
public final class SolarGeometry {

    /** Latitude of the Chongqing plant, degrees north. */
    public static final double CHONGQING_LATITUDE_DEG = 29.6;
    /** Clock time of solar noon minus 12 h in Chongqing (UTC+8 at ~106.5° E). */
    public static final double CHONGQING_SOLAR_NOON_OFFSET_HOURS = 0.9;
    /** Midpoint sub-steps per hour: 12 (5 min) keeps the sunrise and sunset hours within a fraction of a percent. */
    public static final int SUB_STEPS = 12;
    public static final int DAYS_PER_YEAR = 365;
    public static final int HOURS_PER_DAY = 24;

    private static final Map<List<Double>, double[]> SHAPES = new ConcurrentHashMap<>();

    private final double latitudeDeg;
    private final double solarNoonOffsetHours;
    private final double sinLat;
    private final double cosLat;

    /** Horizontal plane at this latitude with Chongqing's solar-noon offset of 0.9 h. */
    public SolarGeometry(double latitudeDeg) {
        this(latitudeDeg, CHONGQING_SOLAR_NOON_OFFSET_HOURS);
    }

    /**
     * @param latitudeDeg latitude in degrees, north positive, within [-90, 90]
     * @param solarNoonOffsetHours clock hours by which solar noon follows 12:00 (0: clock = local solar time)
     */
    public SolarGeometry(double latitudeDeg, double solarNoonOffsetHours) {
        if (!(latitudeDeg >= -90 && latitudeDeg <= 90)) {
            throw new IllegalArgumentException("latitude must be in [-90, 90] degrees: " + latitudeDeg);
        }
        if (!(Math.abs(solarNoonOffsetHours) <= 12)) {
            throw new IllegalArgumentException("solar noon offset must be within ±12 h: " + solarNoonOffsetHours);
        }
        this.latitudeDeg = latitudeDeg;
        this.solarNoonOffsetHours = solarNoonOffsetHours;
        double lat = Math.toRadians(latitudeDeg);
        this.sinLat = Math.sin(lat);
        this.cosLat = Math.cos(lat);
    }

    /** The Chongqing plant: 29.6° N, solar noon at about 12:54. */
    public static SolarGeometry chongqing() {
        return new SolarGeometry(CHONGQING_LATITUDE_DEG, CHONGQING_SOLAR_NOON_OFFSET_HOURS);
    }

    public double latitudeDeg() {
        return latitudeDeg;
    }

    public double solarNoonOffsetHours() {
        return solarNoonOffsetHours;
    }

    /** Solar declination in radians for day of year 1..365 (Cooper 1969: 23.45° sin(360° (284 + n) / 365)). */
    public static double declinationRad(int dayOfYear) {
        checkDay(dayOfYear);
        return Math.toRadians(23.45) * Math.sin(2 * Math.PI * (284 + dayOfYear) / DAYS_PER_YEAR);
    }

    /** Hour angle in radians at a clock time (hours, may be fractional): 15° per hour from solar noon, morning negative. */
    public double hourAngleRad(double clockHour) {
        return Math.toRadians(15.0 * (clockHour - 12.0 - solarNoonOffsetHours));
    }

    /** Sine of the sun's elevation; negative when the sun is below the horizon. */
    public double sinElevation(int dayOfYear, double clockHour) {
        double decl = declinationRad(dayOfYear);
        return sinLat * Math.sin(decl) + cosLat * Math.cos(decl) * Math.cos(hourAngleRad(clockHour));
    }

    /** Meinel clear-sky transmittance 0.7^(AM^0.678), AM = 1/sin(elevation); 0 with the sun at or below the horizon. */
    public static double clearSkyTransmittance(double sinElevation) {
        if (sinElevation <= 0) {
            return 0;
        }
        double airMass = 1.0 / sinElevation;
        return Math.pow(0.7, Math.pow(airMass, 0.678));
    }

    /** Instantaneous clear-sky irradiance on the horizontal, relative to the extraterrestrial beam (0..0.7). */
    public double relativeIrradiance(int dayOfYear, double clockHour) {
        double s = sinElevation(dayOfYear, clockHour);
        return s <= 0 ? 0 : s * clearSkyTransmittance(s);
    }

    /** Clear-sky energy of clock hour {@code hour} (0..23) on day 1..365: the integral of the relative irradiance. */
    public double hourlyShape(int dayOfYear, int hour) {
        checkDay(dayOfYear);
        if (hour < 0 || hour >= HOURS_PER_DAY) {
            throw new IllegalArgumentException("hour must be in [0, 24): " + hour);
        }
        double sum = 0;
        for (int k = 0; k < SUB_STEPS; k++) {
            sum += relativeIrradiance(dayOfYear, hour + (k + 0.5) / SUB_STEPS);
        }
        return sum / SUB_STEPS;
    }

    /** The 24 hourly values of {@link #hourlyShape} for one day 1..365. */
    public double[] dailyShape(int dayOfYear) {
        double[] day = new double[HOURS_PER_DAY];
        for (int h = 0; h < HOURS_PER_DAY; h++) {
            day[h] = hourlyShape(dayOfYear, h);
        }
        return day;
    }

    /** Clear-sky energy of a whole day 1..365. */
    public double dailyTotal(int dayOfYear) {
        double sum = 0;
        for (double v : dailyShape(dayOfYear)) {
            sum += v;
        }
        return sum;
    }

    /** 8760 hourly values, index {@code (dayOfYear - 1) * 24 + hour}. */
    public double[] annualShape() {
        return shared().clone();
    }

    /**
     * {@link #annualShape()} computed once per latitude and offset, not to be modified: 105,120 irradiance steps, a
     * fixed cost each replication paid again, which was 6% of a batch of 60-day replications (profiled).
     */
    double[] shared() {
        if (SHAPES.size() > 64) {
            SHAPES.clear(); // a search over latitudes must not grow it without bound
        }
        return SHAPES.computeIfAbsent(List.of(latitudeDeg, solarNoonOffsetHours), k -> computeAnnualShape());
    }

    private double[] computeAnnualShape() {
        double[] year = new double[DAYS_PER_YEAR * HOURS_PER_DAY];
        for (int d = 1; d <= DAYS_PER_YEAR; d++) {
            System.arraycopy(dailyShape(d), 0, year, (d - 1) * HOURS_PER_DAY, HOURS_PER_DAY);
        }
        return year;
    }

    private static void checkDay(int dayOfYear) {
        if (dayOfYear < 1 || dayOfYear > DAYS_PER_YEAR) {
            throw new IllegalArgumentException("day of year must be in 1..365: " + dayOfYear);
        }
    }
}
