package org.fifsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void groupsThousandsAndUsesATrueMinus() {
        assertEquals("684,908", Numbers.format(684_908.4));
        assertEquals("\u22124,170", Numbers.format(-4170.2));
        assertEquals("+1,234", Numbers.signed(1234, 0));
        assertEquals("0", Numbers.signed(-0.0001, 0));
    }

    @Test
    void showsAsManyDecimalsAsTheIntervalNeeds() {
        // 0.3334 ± 0.00015 must not print as 0.333 [0.333, 0.334]
        assertEquals(5, Numbers.decimalsFor(0.3334, 0.00015));
        assertEquals(0, Numbers.decimalsFor(684_908, 1207));
        assertEquals(4, Numbers.decimalsFor(0.0227, 0.0017));
        assertEquals(2, Numbers.decimalsFor(50.6, 0.9));
        // two significant digits of the half-width, after rounding it: 0.0996 is 0.10
        assertEquals(2, Numbers.decimalsFor(5, 0.0996));
        assertEquals(3, Numbers.decimalsFor(5, 0.0994));
        assertEquals(0, Numbers.decimalsFor(97.4, 32.7));
        assertEquals(0, Numbers.decimalsFor(97.4, 150));
    }

    @Test
    void percentagesKeepTwoDigitsAndSharesNeverRoundToAWhole() {
        assertEquals("0.056%", Numbers.percent(0.00056));
        assertEquals("3%", Numbers.percent(0.03));
        assertEquals("6.7%", Numbers.percent(0.0671));
        assertEquals("99.8%", Numbers.share(0.998));
        assertEquals("50%", Numbers.share(0.5));
        assertEquals("0.1%", Numbers.share(0.001));
    }

    @Test
    void durationsInThePlannersUnit() {
        assertEquals("45 s", Numbers.duration(45));
        assertEquals("20 min", Numbers.duration(1200));
        assertEquals("47.1 h", Numbers.duration(47.1 * 3600));
        assertEquals("7 d", Numbers.duration(7 * 86400));
        assertEquals("0.39 h", Numbers.hours(0.39));
        assertEquals("9.3 d", Numbers.hours(9.3 * 24));
    }

    @Test
    void intervalsInOneForm() {
        assertEquals("[1,230, 1,250]", Numbers.interval(1230, 1250, 0));
        assertEquals("[\u22122.0, 1.5]", Numbers.interval(-2, 1.5, 1));
        assertEquals("[0.33, 0.34]", Numbers.interval(0.333, 0.336, 2));
        assertEquals("n/a", Numbers.interval(Double.NaN, 1, 2));
        assertEquals("n/a", Numbers.interval(1, Double.POSITIVE_INFINITY, 2));
        assertEquals("[n/a, n/a]", Numbers.interval("n/a", "n/a"));
    }

    @Test
    void aLevelHasTheDecimalsItsIntervalNeedsButNoMoreThanItsSize() {
        assertEquals("5.60", Numbers.level(5.6002, 0.001));
        assertEquals("27", Numbers.level(27.3, 10));
        assertEquals("1,235", Numbers.level(1234.56, 0.01));
    }
}
