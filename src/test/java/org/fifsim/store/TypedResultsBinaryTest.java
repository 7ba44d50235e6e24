package org.fifsim.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.util.Map;
import org.fifsim.results.Activity;
import org.fifsim.results.Details;
import org.fifsim.results.EnergyProfiles.Flow;
import org.fifsim.results.EnergyProfiles.Season;
import org.fifsim.results.EnergyProfiles;
import org.fifsim.results.KpiValues;
import org.fifsim.results.Kpis;
import org.fifsim.results.ReplicationResult;
import org.fifsim.results.StationTime;
import org.junit.jupiter.api.Test;

/**
 * Typed KPI values, details and energy profiles, and the activity's sites and kinds, are saved in shard files byte for
 * byte as the maps by name and the text they replaced, so the shard format ({@link ShardFolder#FORMAT}) is unchanged,
 * and read back equal.
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

    private static Details details() {
        Details.Builder b = Details.builder();
        b.put("orders.arrived_per_yr", 12.5);
        b.station(new StationTime("cell.stacking", 0.7, 0.1, 0.1, 0.05, 0.05));
        b.station(new StationTime("sealing", 0.6, 0, 0.3, 0.1, 0));
        b.put("stage.hub.mean_packs", Double.NaN);
        return b.build();
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
    void detailsAreSavedAsTheColumnsTheyWereAndStationsComeBackTyped() throws Exception {
        Map<String, Double> columns = details().columns();
        assertEquals(java.util.List.of("orders.arrived_per_yr", "station.cell.stacking.share_busy",
                "station.cell.stacking.share_blocked", "station.cell.stacking.share_starved",
                "station.cell.stacking.share_down", "station.cell.stacking.share_off", "station.sealing.share_busy",
                "station.sealing.share_blocked", "station.sealing.share_starved", "station.sealing.share_down",
                "station.sealing.share_off", "stage.hub.mean_packs"), java.util.List.copyOf(columns.keySet()));
        assertArrayEquals(RecordBinary.bytes(typeOf("kpiMap"), columns),
                RecordBinary.bytes(Details.class, details()));
        Details back = (Details) RecordBinary.read(ByteBuffer.wrap(RecordBinary.bytes(Details.class, details())),
                Details.class);
        assertEquals(details(), back);
        assertEquals(0.3, back.stations().get(1).share(StationTime.State.STARVED));
    }

    /** A hub as it was saved when its kind and site were text. */
    record TextHub(String name, String kind, String site, double unitsHandled, double unitDays) {
    }

    @Test
    void sitesAndKindsAreSavedAsTheTextTheyReplaced() throws Exception {
        Activity.Hub hub = new Activity.Hub("fg", Activity.HubKind.STORE, Activity.Site.VEHICLE_PLANT, 10, 2);
        assertArrayEquals(RecordBinary.bytes(TextHub.class, new TextHub("fg", "store", "vehicle_plant", 10, 2)),
                RecordBinary.bytes(Activity.Hub.class, hub));
        assertEquals(hub, RecordBinary.read(ByteBuffer.wrap(RecordBinary.bytes(Activity.Hub.class, hub)),
                Activity.Hub.class));
        byte[] unknown = RecordBinary.bytes(TextHub.class, new TextHub("fg", "store", "moon_base", 10, 2));
        assertThrows(RecordBinary.Malformed.class, () -> RecordBinary.read(ByteBuffer.wrap(unknown),
                Activity.Hub.class));
    }

    @Test
    void aResultReadsBackEqual() throws Exception {
        ReplicationResult r = new ReplicationResult(3, kpis(), details(), null, 7, null, null, null,
                profiles());
        ReplicationResult back = (ReplicationResult) RecordBinary.read(
                ByteBuffer.wrap(RecordBinary.bytes(ReplicationResult.class, r)), ReplicationResult.class);
        assertEquals(r.kpis(), back.kpis());
        assertEquals(r.kpis().names(), back.kpis().names());
        assertEquals(r.profiles(), back.profiles());
        assertEquals(r.details(), back.details());
    }

    @Test
    void anUnknownNameIsAOneLineProblem() throws Exception {
        byte[] b = RecordBinary.bytes(typeOf("kpiMap"), Map.of("packs_goood", 1.0));
        assertThrows(RecordBinary.Malformed.class, () -> RecordBinary.read(ByteBuffer.wrap(b), KpiValues.class));
        byte[] p = RecordBinary.bytes(typeOf("profileMap"), Map.of("energy.day.monsoon.pv_kwh", new double[24]));
        assertThrows(RecordBinary.Malformed.class, () -> RecordBinary.read(ByteBuffer.wrap(p), EnergyProfiles.class));
    }
}
