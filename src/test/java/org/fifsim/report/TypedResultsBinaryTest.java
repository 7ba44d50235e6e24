package org.fifsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.util.Map;
import org.fifsim.results.EnergyProfiles;
import org.fifsim.results.EnergyProfiles.Flow;
import org.fifsim.results.EnergyProfiles.Season;
import org.fifsim.results.KpiValues;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.junit.jupiter.api.Test;

/**
 * Typed KPI values and energy profiles are saved in shard files byte for byte as the maps by name they replaced, so
 * the shard format ({@link ShardFolder#FORMAT}) is unchanged, and read back equal.
 */
class TypedResultsBinaryTest {
    @SuppressWarnings("unused")
    private static Map<String, Double> kpiMap;
    @SuppressWarnings("unused")
    private static Map<String, double[]> profileMap;

    private static Type typeOf(String field) throws NoSuchFieldException {
        return TypedResultsBinaryTest.class.getDeclaredField(field).getGenericType();
    }

    private static KpiValues kpis() {
        return KpiValues.builder().put(Kpis.PACKS_GOOD, 1234.5).put(Kpis.LEAD_TIME_H, Double.NaN)
                .put(Kpis.ENERGY_KWH, 7e6).build();
    }

    private static EnergyProfiles profiles() {
        double[] month = new double[12];
        double[] day = new double[24];
        month[3] = 5;
        day[12] = 2;
        return new EnergyProfiles.Builder().monthly(Flow.PV, month).day(Season.SUMMER, Flow.PV, day)
                .monthly(Flow.LOAD, month).build();
    }

    @Test
    void kpiValuesAreSavedAsTheMapByNameWas() throws Exception {
        assertArrayEquals(RecordBinary.bytes(typeOf("kpiMap"), kpis().asMap()),
                RecordBinary.bytes(KpiValues.class, kpis()));
    }

    @Test
    void energyProfilesAreSavedAsTheMapByNameWas() throws Exception {
        Map<String, double[]> byName = profiles().byName();
        assertEquals(java.util.List.of("energy.monthly.load_kwh", "energy.monthly.pv_kwh",
                "energy.day.summer.pv_kwh"), java.util.List.copyOf(byName.keySet()));
        assertArrayEquals(RecordBinary.bytes(typeOf("profileMap"), byName),
                RecordBinary.bytes(EnergyProfiles.class, profiles()));
    }

    @Test
    void aResultReadsBackEqual() throws Exception {
        ReplicationResult r = new ReplicationResult(3, kpis(), Map.of("x.y", 1.0), null, 7, null, null, null,
                profiles());
        ReplicationResult back = (ReplicationResult) RecordBinary.read(
                ByteBuffer.wrap(RecordBinary.bytes(ReplicationResult.class, r)), ReplicationResult.class);
        assertEquals(r.kpis(), back.kpis());
        assertEquals(r.kpis().names(), back.kpis().names());
        assertEquals(r.profiles(), back.profiles());
    }

    @Test
    void anUnknownNameIsAOneLineProblem() throws Exception {
        byte[] b = RecordBinary.bytes(typeOf("kpiMap"), Map.of("packs_goood", 1.0));
        assertThrows(RecordBinary.Malformed.class, () -> RecordBinary.read(ByteBuffer.wrap(b), KpiValues.class));
        byte[] p = RecordBinary.bytes(typeOf("profileMap"), Map.of("energy.day.monsoon.pv_kwh", new double[24]));
        assertThrows(RecordBinary.Malformed.class, () -> RecordBinary.read(ByteBuffer.wrap(p), EnergyProfiles.class));
    }
}
