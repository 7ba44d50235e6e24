package org.fifsim.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.results.Kpis;
import org.junit.jupiter.api.Test;

/** Every cost and carbon term on an activity map small enough to compute by hand. */
class AccountingTest {
    private static final double EPS = 1e-9;

    /** One year of a tiny plant: 1,000 good packs, 10 trucks of 100 km, round numbers everywhere. */
    private static Map<String, Double> activity() {
        Map<String, Double> a = new LinkedHashMap<>();
        a.put("packs_good", 1000.0);
        a.put("packs_scrapped", 2.0);
        a.put("packs_reworked", 3.0);
        a.put("vehicles_built", 1000.0);
        a.put("pipeline_packs", 40.0);
        a.put("truck_trips", 10.0);
        a.put("truck_loaded_km", 1000.0);
        a.put("truck_empty_km", 1000.0);
        a.put("pack_km", 100_000.0);
        a.put("packs_handled", 4000.0);
        a.put("warehouse_pack_days", 500.0);
        a.put("energy_load_kwh", 12_000.0);
        a.put("energy_pv_kwh", 3000.0);
        a.put("energy_pv_used_kwh", 2000.0);
        a.put("energy_grid_kwh", 10_000.0);
        a.put("energy_grid_cost_cny", 7000.0);
        return a;
    }

    private static Map<String, Double> factorValues() {
        Map<String, Double> f = new HashMap<>();
        f.put(Factors.PACK_VALUE_CNY, 50_000.0);
        f.put(Factors.PACK_MASS_KG, 500.0);
        f.put(Factors.INVENTORY_HOLDING_RATE_PER_YR, 0.2);
        f.put(Factors.TRUCK_CNY_PER_KM, 5.0);
        f.put(Factors.TRUCK_CNY_PER_TRIP, 300.0);
        f.put(Factors.EMPTY_RETURN_SHARE, 1.0);
        f.put(Factors.HANDLING_CNY_PER_PACK, 10.0);
        f.put(Factors.WAREHOUSING_CNY_PER_PACK_DAY, 2.0);
        f.put(Factors.REWORK_CNY_PER_PACK, 1000.0);
        f.put(Factors.SCRAP_VALUE_SHARE, 0.5);
        f.put(Factors.ROAD_KG_CO2_PER_TKM, 0.05);
        f.put(Factors.TRUCK_EMPTY_KG_CO2_PER_KM, 0.8);
        f.put(Factors.WAREHOUSE_KWH_PER_PACK_DAY, 0.4);
        f.put(Factors.LINE_FIXED_CNY_PER_YR, 0.0);
        f.put(Factors.LINE_CNY_PER_PACK, 0.0);
        return f;
    }

    private static Map<String, Double> compute(Map<String, Double> factors) {
        // grid 0.6 kg/kWh, PV life cycle 0.04 kg/kWh, flat tariff 0.5 CNY/kWh
        return Accounting.compute(activity(), Factors.of(factors), 0.6, 0.04, 0.5);
    }

    @Test
    void everyCostTermByHand() {
        Map<String, Double> k = compute(factorValues());
        // 10 trips x 300 + (1,000 loaded + 1,000 empty km) x 5 CNY
        assertEquals(3000 + 2000 * 5, k.get(Kpis.COST_TRANSPORT_CNY), EPS);
        assertEquals(4000 * 10, k.get(Kpis.COST_HANDLING_CNY), EPS);
        assertEquals(500 * 2, k.get(Kpis.COST_WAREHOUSING_CNY), EPS);
        assertEquals(13_000 + 40_000 + 1000, k.get(Kpis.COST_LOGISTICS_CNY), EPS);
        // 50,000 CNY x 20%/yr x 40 packs
        assertEquals(400_000, k.get(Kpis.COST_INVENTORY_CNY), EPS);
        // 2 packs x 50,000 x 0.5
        assertEquals(50_000, k.get(Kpis.COST_SCRAP_CNY), EPS);
        assertEquals(3000, k.get(Kpis.COST_REWORK_CNY), EPS);
        // line's grid bill 7,000 + 500 pack-days x 0.4 kWh x 0.5 CNY
        assertEquals(7000 + 100, k.get(Kpis.COST_ENERGY_CNY), EPS);
        double total = 54_000 + 400_000 + 50_000 + 3000 + 7100;
        assertEquals(total, k.get(Kpis.COST_TOTAL_CNY), EPS);
        assertEquals(total / 1000, k.get(Kpis.COST_PER_PACK_CNY), EPS);
    }

    @Test
    void everyCarbonTermByHand() {
        Map<String, Double> k = compute(factorValues());
        // 100,000 pack-km x 0.5 t x 0.05 kg/t-km = 2,500 kg; 1,000 empty km x 0.8 kg = 800 kg
        assertEquals(3.3, k.get(Kpis.CO2_TRANSPORT_T), EPS);
        // 10,000 kWh x 0.6 kg
        assertEquals(6.0, k.get(Kpis.CO2_GRID_T), EPS);
        // 2,000 kWh of PV used x 0.04 kg
        assertEquals(0.08, k.get(Kpis.CO2_PV_LIFECYCLE_T), EPS);
        // 500 pack-days x 0.4 kWh x 0.6 kg
        assertEquals(0.12, k.get(Kpis.CO2_WAREHOUSE_T), EPS);
        assertEquals(6.2, k.get(Kpis.CO2_ELECTRICITY_T), EPS);
        assertEquals(9.5, k.get(Kpis.CO2_TOTAL_T), EPS);
        assertEquals(9.5, k.get(Kpis.CO2_PER_PACK_KG), EPS);
    }

    @Test
    void emptyReturnShareScalesOnlyTheEmptyKm() {
        Map<String, Double> f = factorValues();
        f.put(Factors.EMPTY_RETURN_SHARE, 0.25);
        Map<String, Double> k = compute(f);
        assertEquals(3000 + (1000 + 250) * 5, k.get(Kpis.COST_TRANSPORT_CNY), EPS);
        assertEquals((2500 + 250 * 0.8) / 1000, k.get(Kpis.CO2_TRANSPORT_T), EPS);
    }

    @Test
    void eachFactorMovesOnlyItsOwnTerms() {
        Map<String, Double> base = compute(factorValues());
        Map<String, List<String>> expected = Map.of(
                Factors.TRUCK_CNY_PER_KM, List.of(Kpis.COST_TRANSPORT_CNY),
                Factors.HANDLING_CNY_PER_PACK, List.of(Kpis.COST_HANDLING_CNY),
                Factors.PACK_MASS_KG, List.of(Kpis.CO2_TRANSPORT_T),
                Factors.REWORK_CNY_PER_PACK, List.of(Kpis.COST_REWORK_CNY),
                Factors.WAREHOUSE_KWH_PER_PACK_DAY, List.of(Kpis.COST_ENERGY_CNY, Kpis.CO2_WAREHOUSE_T));
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            Map<String, Double> f = factorValues();
            f.put(e.getKey(), f.get(e.getKey()) * 2);
            Map<String, Double> k = compute(f);
            List<String> moved = new ArrayList<>();
            for (String kpi : base.keySet()) {
                if (Math.abs(k.get(kpi) - base.get(kpi)) > EPS) {
                    moved.add(kpi);
                }
            }
            for (String kpi : e.getValue()) {
                assertTrue(moved.contains(kpi), e.getKey() + " should move " + kpi + ": " + moved);
            }
            for (String kpi : moved) {
                boolean aggregate = kpi.equals(Kpis.COST_LOGISTICS_CNY) || kpi.equals(Kpis.COST_TOTAL_CNY)
                        || kpi.equals(Kpis.COST_PER_PACK_CNY) || kpi.equals(Kpis.CO2_ELECTRICITY_T)
                        || kpi.equals(Kpis.CO2_TOTAL_T) || kpi.equals(Kpis.CO2_PER_PACK_KG);
                assertTrue(aggregate || e.getValue().contains(kpi), e.getKey() + " moved " + kpi);
            }
        }
    }

    @Test
    void termsAreListedInOrderWithUnitsAndScopes() {
        Map<String, Double> k = compute(factorValues());
        assertEquals(Accounting.TERMS.stream().map(Accounting.Term::name).toList(), new ArrayList<>(k.keySet()));
        for (Accounting.Term t : Accounting.TERMS) {
            assertEquals(Kpis.unitOf(t.name()), t.unit(), t.name());
            assertEquals(t.name().startsWith("co2_"), !t.scope().isEmpty(), t.name());
        }
        assertTrue(Accounting.scopeOf(Kpis.CO2_GRID_T).startsWith("scope 2"));
        assertTrue(Accounting.scopeOf(Kpis.CO2_TRANSPORT_T).startsWith("scope 3 cat. 4"));
        assertTrue(Accounting.scopeOf(Kpis.CO2_PV_LIFECYCLE_T).startsWith("scope 3"));
    }

    @Test
    void noGoodPacksGivesNoPerPackFigure() {
        Map<String, Double> a = activity();
        a.put("packs_good", 0.0);
        Map<String, Double> k = Accounting.compute(a, Factors.of(factorValues()), 0.6, 0.04, 0.5);
        assertTrue(Double.isNaN(k.get(Kpis.COST_PER_PACK_CNY)));
        assertTrue(Double.isNaN(k.get(Kpis.CO2_PER_PACK_KG)));
        assertFalse(Double.isNaN(k.get(Kpis.COST_TOTAL_CNY)));
    }

    /** A dedicated line costs the same whatever the volume; capacity from a shared plant is paid per pack. */
    @Test
    void lineCostIsFixedOrPerPack() {
        Map<String, Double> f = factorValues();
        f.put(Factors.LINE_FIXED_CNY_PER_YR, 60e6);
        f.put(Factors.LINE_CNY_PER_PACK, 10.0);
        Map<String, Double> k = Accounting.compute(activity(), Factors.of(f), 0.6, 0.04, 0.5);
        double expected = 60e6 + activity().get("packs_good") * 10.0;
        assertEquals(expected, k.get(Kpis.COST_LINE_CNY), 1e-6);
        Map<String, Double> without = compute(factorValues());
        assertEquals(without.get(Kpis.COST_TOTAL_CNY) + expected, k.get(Kpis.COST_TOTAL_CNY), 1e-3);
    }

    @Test
    void missingActivityOrFactorIsRefused() {
        Map<String, Double> a = activity();
        a.remove("pack_km");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Accounting.compute(a, Factors.of(factorValues()), 0.6, 0.04, 0.5));
        assertTrue(e.getMessage().contains("pack_km"), e.getMessage());
        Map<String, Double> f = factorValues();
        f.remove(Factors.SCRAP_VALUE_SHARE);
        assertThrows(IllegalArgumentException.class, () -> Factors.of(f));
    }
}
