package org.fifsim.model.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fifsim.model.energy.YearCalendar.Season;
import org.junit.jupiter.api.Test;

class YearCalendarTest {

    @Test
    void monthsAndSeasons() {
        assertEquals(0, YearCalendar.month0(0));
        assertEquals(0, YearCalendar.month0(30));
        assertEquals(1, YearCalendar.month0(31));
        assertEquals(2, YearCalendar.month0(59));
        assertEquals(11, YearCalendar.month0(364));
        assertEquals(Season.WINTER, YearCalendar.season(0));
        assertEquals(Season.SPRING, YearCalendar.season(59));
        assertEquals(Season.SUMMER, YearCalendar.season(171));
        assertEquals(Season.AUTUMN, YearCalendar.season(300));
        assertEquals(Season.WINTER, YearCalendar.season(364));
        int days = 0;
        for (int m = 0; m < 12; m++) {
            days += YearCalendar.daysInMonth(m);
        }
        assertEquals(365, days);
        assertThrows(IllegalArgumentException.class, () -> YearCalendar.month0(365));
    }
}
