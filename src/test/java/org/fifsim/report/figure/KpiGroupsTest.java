package org.fifsim.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiGroupsTest {
    @Test
    void groupsByUnitThenByScaleKeepingOrderAndDroppingZeros() {
        Map<String, String> unit = Map.of("a", "packs", "b", "packs", "c", "h", "d", "packs", "z", "h");
        Map<String, Double> size = Map.of("a", 1000.0, "b", 10.0, "c", 5.0, "d", 600.0, "z", 0.0);
        var groups = KpiGroups.of(List.of("a", "b", "c", "d", "z"), unit::get, size::get);
        assertEquals(List.of(new KpiGroups.Group("packs", List.of("a", "d")), new KpiGroups.Group("packs",
                List.of("b")), new KpiGroups.Group("h", List.of("c"))), groups);
    }
}
