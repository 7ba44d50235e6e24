package org.fifsim.model.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TariffTest {

    @Test
    void bandsWrapPastMidnight() {
        Tariff.Band night = new Tariff.Band(22, 6, 0.3);
        assertTrue(night.contains(23) && night.contains(0) && night.contains(5));
        assertFalse(night.contains(6) || night.contains(12) || night.contains(21));
        assertTrue(new Tariff.Band(22, 24, 1).contains(23));
        assertFalse(new Tariff.Band(22, 24, 1).contains(0));
        assertTrue(new Tariff.Band(7, 7, 1).contains(3));
    }

    /** The first matching band wins; hours in no band pay the other price. */
    @Test
    void timeOfUse() {
        Tariff tou = Tariff.timeOfUse(0.6, List.of(new Tariff.Band(8, 12, 1.1), new Tariff.Band(10, 20, 0.9)));
        assertEquals(0.6, tou.pricePerKwh(0, 7));
        assertEquals(1.1, tou.pricePerKwh(0, 11));
        assertEquals(0.9, tou.pricePerKwh(0, 12));
        assertEquals(0.6, tou.pricePerKwh(0, 20));
        assertEquals(0.65, Tariff.flat(0.65).pricePerKwh(200, 3));
        assertThrows(IllegalArgumentException.class, () -> new Tariff.Band(24, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> Tariff.flat(Double.NaN));
    }
}
