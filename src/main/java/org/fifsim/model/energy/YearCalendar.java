package org.fifsim.model.energy;

/** Months and seasons of the 365-day year used by the energy model, for monthly and seasonal charts. */
public final class YearCalendar {

    /** Meteorological seasons of the northern hemisphere: winter is December–February. */
    public enum Season { WINTER, SPRING, SUMMER, AUTUMN }

    private static final int[] MONTH_START = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};

    private YearCalendar() {
    }

    /** Month 0..11 of day {@code dayOfYear0} (0..364). */
    public static int month0(int dayOfYear0) {
        if (dayOfYear0 < 0 || dayOfYear0 >= SolarGeometry.DAYS_PER_YEAR) {
            throw new IllegalArgumentException("day of year (0-based) must be in 0..364: " + dayOfYear0);
        }
        int m = 0;
        while (dayOfYear0 >= MONTH_START[m + 1]) {
            m++;
        }
        return m;
    }

    /** Number of days in month 0..11. */
    public static int daysInMonth(int month0) {
        return MONTH_START[month0 + 1] - MONTH_START[month0];
    }

    /** Season of day {@code dayOfYear0} (0..364). */
    public static Season season(int dayOfYear0) {
        return Season.values()[(month0(dayOfYear0) + 1) % 12 / 3];
    }
}
