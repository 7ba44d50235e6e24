package org.fifsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Details keep their column order, and a station's time comes back typed from the columns it was saved as. */
class DetailsTest {

    @Test
    void aStationsTimeIsItsFiveShareColumnsInPlace() {
        Details.Builder b = Details.builder();
        b.put("orders.arrived_per_yr", 10);
        b.station(new StationTime("stacking", 0.5, 0.2, 0.2, 0.1, 0));
        b.put("reworked_packs_per_yr", 3);
        Details d = b.build();
        assertEquals(List.of("orders.arrived_per_yr", "station.stacking.share_busy", "station.stacking.share_blocked",
                "station.stacking.share_starved", "station.stacking.share_down", "station.stacking.share_off",
                "reworked_packs_per_yr"), List.copyOf(d.columns().keySet()));
        assertEquals(0.2, d.column("station.stacking.share_starved"));
        assertNull(d.column("station.sealing.share_busy"));
    }

    @Test
    void aValuePutAgainReplacesTheFirstInItsPlace() {
        Details.Builder b = Details.builder();
        b.put("a", 1);
        b.put("b", 2);
        b.put("a", 3);
        assertEquals(Map.of("a", 3.0, "b", 2.0), b.build().columns());
        assertEquals(List.of("a", "b"), List.copyOf(b.build().columns().keySet()));
    }

    @Test
    void readBackFromColumnsTheStationsAreTypedAgain() {
        Details.Builder b = Details.builder();
        b.put("stage.hub.mean_packs", 4);
        b.station(new StationTime("cell.stacking", 0.5, 0.2, 0.2, 0.1, 0));
        b.station(new StationTime("sealing", 0.9, 0, 0, 0.1, 0));
        Details d = b.build();
        Details back = Details.ofColumns(d.columns());
        assertEquals(d, back);
        assertEquals(List.of("cell.stacking", "sealing"), back.stations().stream().map(StationTime::station).toList());
    }

    @Test
    void aColumnThatOnlyLooksLikeAShareStaysAValue() {
        Map<String, Double> columns = new LinkedHashMap<>();
        columns.put("station.x.share_lunch", 0.5);
        columns.put("stage.y.closed_share", 0.1);
        Details d = Details.ofColumns(columns);
        assertEquals(List.of(), d.stations());
        assertEquals(columns, d.columns());
    }
}
