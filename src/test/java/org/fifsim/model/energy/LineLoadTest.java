package org.fifsim.model.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LineLoadTest {

    /** 80 packs in a working hour at 10.7 kWh each plus 150 kW base load. */
    @Test
    void workingHour() {
        LineLoad line = new LineLoad(10.7, 150, 30);
        assertEquals(80 * 10.7 + 150, line.hourKwh(80, 1, 0), 1e-9);
    }

    /** A stoppage of 15 minutes: base load for 45 min, standby for 15, fewer packs. */
    @Test
    void partlyDownHour() {
        LineLoad line = new LineLoad(10.7, 150, 30);
        assertEquals(60 * 10.7 + 0.75 * 150 + 0.25 * 30, line.hourKwh(60, 0.75, 0.25), 1e-9);
        assertEquals(30, line.hourKwh(0, 0, 1), 1e-12);
    }

    @Test
    void rejectsNegatives() {
        assertThrows(IllegalArgumentException.class, () -> new LineLoad(-1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LineLoad(1, 0, 0).hourKwh(-1, 1, 0));
    }
}
