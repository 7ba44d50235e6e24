package org.fifsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cell store's target counts demand in the pack line's working time; its level adds the road's lead time. */
class CellSupplySpecTest {
    private static final double H = 3600;

    private static CellSupplySpec spec(double coverHours) {
        StageSpec.Road road = new StageSpec.Road("cell-road", 40, 30, Double.POSITIVE_INFINITY, 260,
                new Distribution.Constant(5 * H), new Distribution.Constant(5 * H));
        StageSpec.Store store = new StageSpec.Store("cell-store", new Distribution.Constant(0), Integer.MAX_VALUE,
                new Distribution.Constant(2 * H), coverHours * H);
        return new CellSupplySpec(road, store, 470, List.of());
    }

    @Test
    void aCoverIsCountedInThePackLinesWorkingTime() {
        // vehicles 24/7 at 45 s: 13,440 a week; a pack line working 80 of 168 h makes them at 168/80 x 80 = 168/h
        assertEquals(1920, spec(24).target(45, 1.0, 1.0));
        assertEquals((int) Math.ceil(24 * 168.0), spec(24).target(45, 1.0, 80.0 / 168));
    }

    @Test
    void theLevelAddsTheRoadsLeadTimeDemandInCalendarTime() {
        // 5 h transit + 40 loads x 45 s = 30 min to fill a truck: 5.5 h x 80/h = 440, plus the 1,920 target
        assertEquals(440 + 1920, spec(24).level(45, 1.0, 1.0));
    }
}
