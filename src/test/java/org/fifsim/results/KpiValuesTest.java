package org.fifsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** KPI values keep the order they were set in (the results files' columns) and hold registered KPIs only. */
class KpiValuesTest {

    private static KpiValues sample() {
        return KpiValues.builder().put(Kpis.ENERGY_KWH, 5).put(Kpis.PACKS_GOOD, 1000)
                .put(Kpis.named(Kpis.LEAD_TIME_H), Double.NaN).build();
    }

    @Test
    void keepsTheOrderValuesWereSetInNotTheRegistryOrder() {
        assertEquals(List.of(Kpis.ENERGY_KWH, Kpis.PACKS_GOOD, Kpis.LEAD_TIME_H), sample().names());
        assertEquals(List.of(Kpis.ENERGY_KWH, Kpis.PACKS_GOOD, Kpis.LEAD_TIME_H),
                List.copyOf(sample().asMap().keySet()));
    }

    @Test
    void settingAgainReplacesTheValueInItsPlace() {
        KpiValues v = KpiValues.builder().put(Kpis.PACKS_GOOD, 1).put(Kpis.ENERGY_KWH, 2).put(Kpis.PACKS_GOOD, 3)
                .build();
        assertEquals(List.of(Kpis.PACKS_GOOD, Kpis.ENERGY_KWH), v.names());
        assertEquals(3, v.get(Kpis.PACKS_GOOD));
    }

    @Test
    void anAbsentKpiIsNotZero() {
        KpiValues v = sample();
        assertFalse(v.has(Kpis.STOCK_FILL_RATE));
        assertNull(v.find(Kpis.STOCK_FILL_RATE));
        assertEquals(-1, v.getOrDefault(Kpis.STOCK_FILL_RATE, -1));
        assertThrows(IllegalArgumentException.class, () -> v.get(Kpis.STOCK_FILL_RATE));
        assertTrue(Double.isNaN(v.get(Kpis.LEAD_TIME_H)), "NaN is a value");
        assertTrue(v.has(Kpis.named(Kpis.LEAD_TIME_H)));
    }

    @Test
    void refusesANameTheRegistryDoesNotHold() {
        assertThrows(IllegalArgumentException.class, () -> KpiValues.builder().put("packs_goood", 1));
        assertFalse(sample().has("packs_goood"));
    }

    @Test
    void equalByValueWhateverTheOrderAsMapsAre() {
        KpiValues reordered = KpiValues.builder().put(Kpis.LEAD_TIME_H, Double.NaN).put(Kpis.PACKS_GOOD, 1000)
                .put(Kpis.ENERGY_KWH, 5).build();
        assertEquals(sample(), reordered);
        assertEquals(sample().hashCode(), reordered.hashCode());
        assertNotEquals(sample(), KpiValues.builder().putAll(sample()).put(Kpis.PACKS_GOOD, 1001).build());
        assertNotEquals(sample(), KpiValues.builder().putAll(sample()).put(Kpis.PV_KWH, 0).build());
        assertEquals(sample(), KpiValues.of(sample().asMap()));
    }

    @Test
    void survivesJavaSerialisationAsSparkShipsIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(sample());
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            KpiValues back = (KpiValues) in.readObject();
            assertEquals(sample(), back);
            assertEquals(sample().names(), back.names());
            assertEquals(1000, back.get(Kpis.PACKS_GOOD));
        }
    }
}
