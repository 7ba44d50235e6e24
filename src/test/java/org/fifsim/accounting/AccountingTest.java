package org.fifsim.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.results.Activity;
import org.fifsim.results.Activity.HubKind;
import org.fifsim.results.Activity.Load;
import org.fifsim.results.Activity.Site;
import org.fifsim.results.Kpis;
import org.junit.jupiter.api.Test;

/** Every cost and carbon term on an activity small enough to compute by hand. */
class AccountingTest {
    private static final double EPS = 1e-9;

    /**
     * One year of a tiny plant: 1,000 good packs, one road leg of 10 trucks x 100 km, a store on each side of it, a
     * pack plant drawing 10,000 kWh from the grid (all in hour 3) and using 2,000 kWh of its own PV.
     */
    static Activity activity() {
        double[] byHour = new double[24];
        byHour[3] = 10_000;
        return new Activity(1000, 2, 3, 1000, 40,
                List.of(new Activity.Leg("road", Load.PACKS, Site.PACK_PLANT, Site.VEHICLE_PLANT, 100,
                        0, 1000, 10, 1000, 1000, 100_000)),
                List.of(new Activity.Hub("fg", HubKind.STORE, Site.PACK_PLANT, 1000, 300),
                        new Activity.Hub("inbound", HubKind.STORE, Site.VEHICLE_PLANT, 1000, 200),
                        new Activity.Hub("feed", HubKind.TRANSFER, Site.VEHICLE_PLANT, 1000, 5)),
                List.of(new Activity.SiteEnergy(Site.PACK_PLANT, 12_000, 3000, 2000, 10_000, byHour)));
    }

    static Map<String, Double> factorValues() {
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
        f.put(Factors.LINE_FIXED_CNY_PER_YR, 0.0);
        f.put(Factors.LINE_CNY_PER_PACK, 0.0);
        f.put(Factors.LOST_VEHICLE_MARGIN_CNY, 80_000.0);
        f.put(Factors.ROAD_VEHICLE_BASED, 0.0);
        f.put(Factors.ROAD_KG_CO2_PER_TKM, 0.05);
        f.put(Factors.TRUCK_L_PER_100KM_LOADED, 40.0);
        f.put(Factors.TRUCK_EMPTY_FUEL_SHARE, 0.75);
        f.put(Factors.DIESEL_TTW_KG_PER_L, 2.5);
        f.put(Factors.DIESEL_WTT_KG_PER_L, 0.5);
        f.put(Factors.HUB_KWH_PER_PACK_HANDLED, 0.1);
        f.put(Factors.WAREHOUSE_KWH_PER_PACK_DAY, 0.4);
        f.put(Factors.VEHICLE_PLANT_KG_CO2_PER_KWH, 0.5);
        f.put(Factors.VEHICLE_PLANT_CNY_PER_KWH, 0.7);
        f.put(Factors.CELL_PLANT_KG_CO2_PER_KWH, 0.1);
        f.put(Factors.CELL_PLANT_CNY_PER_KWH, 0.6);
        f.put(Factors.GREEN_POWER_SHARE, 0.0);
        f.put(Factors.GRID_KG_CO2_PER_KWH, 0.6);
        f.put(Factors.PV_LIFECYCLE_KG_CO2_PER_KWH, 0.04);
        f.put(Factors.GRID_CNY_PER_KWH, 0.5);
        f.put(Factors.PACK_KWH, 80.0);
        return f;
    }

    private static Map<String, Double> compute(Map<String, Double> factors) {
        return Accounting.compute(activity(), Factors.of(factors)).asMap();
    }

    @Test
    void everyCostTermByHand() {
        Map<String, Double> k = compute(factorValues());
        // 10 trips x 300 + (1,000 loaded + 1,000 empty km) x 5 CNY
        assertEquals(3000 + 2000 * 5, k.get(Kpis.COST_TRANSPORT_CNY), EPS);
        // packs entering the road and the three hubs
        assertEquals(4000 * 10, k.get(Kpis.COST_HANDLING_CNY), EPS);
        // only stores are warehouses: 300 + 200 pack-days
        assertEquals(500 * 2, k.get(Kpis.COST_WAREHOUSING_CNY), EPS);
        assertEquals(13_000 + 40_000 + 1000, k.get(Kpis.COST_LOGISTICS_CNY), EPS);
        assertEquals(400_000, k.get(Kpis.COST_INVENTORY_CNY), EPS);
        assertEquals(50_000, k.get(Kpis.COST_SCRAP_CNY), EPS);
        assertEquals(3000, k.get(Kpis.COST_REWORK_CNY), EPS);
        // line 10,000 kWh x 0.5; fg (300 x 0.4 + 1,000 x 0.1 = 220 kWh) x 0.5; inbound (80 + 100 = 180 kWh) x 0.7
        assertEquals(5000 + 110 + 126, k.get(Kpis.COST_ENERGY_CNY), EPS);
        double total = 54_000 + 400_000 + 50_000 + 3000 + 5236;
        assertEquals(total, k.get(Kpis.COST_TOTAL_CNY), EPS);
        assertEquals(total / 1000, k.get(Kpis.COST_PER_PACK_CNY), EPS);
    }

    /** The tiny plant with quality incidents and/or named variants on top of {@link #activity()}. */
    static Activity activity(Activity.Quality quality, List<Activity.Variant> variants) {
        Activity a = activity();
        return new Activity(a.packsGood(), a.packsScrapped(), a.packsReworked(), a.vehiclesBuilt(),
                a.pipelinePacks(), a.legs(), a.hubs(), a.sites(), quality, variants);
    }

    static Map<String, Double> containmentPrices(Map<String, Double> f) {
        f.put(Factors.CONTAINMENT_INSPECTION_CNY_PER_PACK, 300.0);
        f.put(Factors.CONTAINMENT_REWORK_CNY_PER_PACK, 2000.0);
        f.put(Factors.CONTAINMENT_SCRAP_CNY_PER_PACK, 48_000.0);
        f.put(Factors.CONTAINMENT_RECALL_CNY_PER_VEHICLE, 5000.0);
        return f;
    }

    /**
     * 100 suspect packs inspected, 4 reworked, 1 scrapped, 20 vehicles recalled: containment is priced by the
     * factors and enters the total; the end-of-line scrap (the activity's 2 packs, which do not include the one
     * scrapped in containment) is priced as without quality incidents, so no pack is priced twice or left out.
     */
    @Test
    void containmentIsPricedByItsFactorsAndEntersTheTotal() {
        Map<String, Double> plain = compute(factorValues());
        Map<String, Double> k = Accounting.compute(activity(new Activity.Quality(100, 4, 1, 20), List.of()),
                Factors.of(containmentPrices(factorValues()))).asMap();
        double containment = 100 * 300 + 4 * 2000 + 1 * 48_000 + 20 * 5000;
        assertEquals(containment, k.get(Kpis.COST_CONTAINMENT_CNY), EPS);
        // the two end-of-line scraps: 2 x 50,000 x 0.5, as without quality incidents
        assertEquals(50_000, k.get(Kpis.COST_SCRAP_CNY), EPS);
        assertEquals(plain.get(Kpis.COST_SCRAP_CNY), k.get(Kpis.COST_SCRAP_CNY), EPS);
        assertEquals(plain.get(Kpis.COST_TOTAL_CNY) + containment, k.get(Kpis.COST_TOTAL_CNY), EPS);
        double terms = 0;
        for (String t : List.of(Kpis.COST_LOGISTICS_CNY, Kpis.COST_INVENTORY_CNY, Kpis.COST_SCRAP_CNY,
                Kpis.COST_REWORK_CNY, Kpis.COST_ENERGY_CNY, Kpis.COST_LINE_CNY, Kpis.COST_CONTAINMENT_CNY)) {
            terms += k.get(t);
        }
        assertEquals(terms, k.get(Kpis.COST_TOTAL_CNY), EPS, "the waterfall's terms add up to the total");
        assertFalse(plain.containsKey(Kpis.COST_CONTAINMENT_CNY), "no quality incidents, no containment KPI");
        assertThrows(IllegalArgumentException.class, () -> Accounting.compute(
                activity(new Activity.Quality(1, 0, 0, 0), List.of()), Factors.of(factorValues())).asMap(),
                "quality activity needs the containment prices");
    }

    /**
     * Two variants built 1:3: a 60 kWh, 400 kg pack worth 40,000 and a 100 kWh, 700 kg pack worth 60,000. The
     * line-side holds 10 and 5 of them; the other 25 pipeline packs are valued at the mix (55,000).
     */
    @Test
    void variantsPriceTheBuiltMixAndTheStockByVariant() {
        Map<String, Double> f = factorValues();
        f.put(Factors.packValueOf("small"), 40_000.0);
        f.put(Factors.packValueOf("big"), 60_000.0);
        Map<String, Double> k = Accounting.compute(activity(null, List.of(
                new Activity.Variant("small", 0.25, 60, 400, 10), new Activity.Variant("big", 0.75, 100, 700, 5))),
                Factors.of(f)).asMap();
        assertEquals(0.2 * (10 * 40_000 + 5 * 60_000 + 25 * 55_000), k.get(Kpis.COST_INVENTORY_CNY), EPS);
        assertEquals(2 * 55_000 * 0.5, k.get(Kpis.COST_SCRAP_CNY), EPS);
        // 100,000 pack-km x 0.625 t (the mix)
        assertEquals(62_500, k.get(Kpis.TRANSPORT_TKM), EPS);
        // per kWh of 1,000 packs x 90 kWh (the mix); transport carbon scales with the t-km
        double co2 = k.get(Kpis.CO2_TOTAL_T) * 1000;
        assertEquals(co2 / 90_000, k.get(Kpis.CO2_PER_KWH_KG), EPS);
        assertEquals(3.0 * 1.25, k.get(Kpis.CO2_TRANSPORT_T), EPS);
    }

    /** One variant with the factors' own pack, or without mass and kWh of its own, prices to the last bit as none. */
    @Test
    void oneVariantLikeThePackPricesBitForBitAsNone() {
        Map<String, Double> f = factorValues();
        f.put(Factors.packValueOf("m7"), 50_000.0);
        Map<String, Double> plain = compute(f);
        assertEquals(plain, Accounting.compute(activity(null, List.of(new Activity.Variant("m7", 1.0, 80, 500, 30))),
                Factors.of(f)).asMap());
        assertEquals(plain, Accounting.compute(activity(null, List.of(new Activity.Variant("m7", 1.0, 0, 0, 30))),
                Factors.of(f)).asMap());
    }

    @Test
    void everyCarbonTermByHandWithTheDefaultIntensity() {
        Map<String, Double> k = compute(factorValues());
        // 100,000 pack-km x 0.5 t = 50,000 t-km x 0.05 kg = 2,500 kg TTW; WTT = TTW x 0.5 / 2.5 = 500 kg
        assertEquals(50_000, k.get(Kpis.TRANSPORT_TKM), EPS);
        assertEquals(2.5, k.get(Kpis.CO2_TRANSPORT_TTW_T), EPS);
        assertEquals(0.5, k.get(Kpis.CO2_TRANSPORT_WTT_T), EPS);
        assertEquals(3.0, k.get(Kpis.CO2_TRANSPORT_T), EPS);
        // market-based: 10,000 kWh x 0.6 kg; location-based adds the 2,000 kWh of own PV at the grid factor
        assertEquals(6.0, k.get(Kpis.CO2_GRID_T), EPS);
        // hubs: 220 kWh x 0.6 + 180 kWh x 0.5 = 222 kg
        assertEquals(0.222, k.get(Kpis.CO2_WAREHOUSE_T), EPS);
        assertEquals(6.222, k.get(Kpis.CO2_ELECTRICITY_MARKET_T), EPS);
        assertEquals(7.422, k.get(Kpis.CO2_ELECTRICITY_LOCATION_T), EPS);
        assertEquals(0.08, k.get(Kpis.CO2_PV_LIFECYCLE_T), EPS);
        assertEquals(6.302, k.get(Kpis.CO2_ELECTRICITY_T), EPS);
        assertEquals(9.302, k.get(Kpis.CO2_TOTAL_T), EPS);
        assertEquals(9.302, k.get(Kpis.CO2_PER_PACK_KG), EPS);
        // per kWh of 1,000 packs x 80 kWh; the parts add up
        assertEquals(9302.0 / 80_000, k.get(Kpis.CO2_PER_KWH_KG), EPS);
        assertEquals(6080.0 / 80_000, k.get(Kpis.CO2_PER_KWH_ASSEMBLY_KG), EPS);
        assertEquals(3000.0 / 80_000, k.get(Kpis.CO2_PER_KWH_TRANSPORT_KG), EPS);
        assertEquals(222.0 / 80_000, k.get(Kpis.CO2_PER_KWH_HUBS_KG), EPS);
    }

    /** Vehicle-based: fuel per km loaded and empty, the empty returns explicit. */
    @Test
    void vehicleBasedTransportByHand() {
        Map<String, Double> f = factorValues();
        f.put(Factors.ROAD_VEHICLE_BASED, 1.0);
        Map<String, Double> k = compute(f);
        // 1,000 km x 0.40 L + 1,000 km x 0.30 L = 700 L; x 2.5 = 1,750 kg TTW, x 0.5 = 350 kg WTT
        assertEquals(1.75, k.get(Kpis.CO2_TRANSPORT_TTW_T), EPS);
        assertEquals(0.35, k.get(Kpis.CO2_TRANSPORT_WTT_T), EPS);
        assertEquals(2.1, k.get(Kpis.CO2_TRANSPORT_T), EPS);
        assertEquals(50_000, k.get(Kpis.TRANSPORT_TKM), EPS, "t-km is activity, the same either way");
    }

    @Test
    void withVehicleDataALoadedKmEmitsMoreThanAnEmptyKm() {
        Map<String, Double> f = factorValues();
        f.put(Factors.ROAD_VEHICLE_BASED, 1.0);
        double loaded = ttwOfLeg(f, 1, 0);
        double empty = ttwOfLeg(f, 0, 1);
        assertTrue(loaded > empty, loaded + " vs " + empty);
        assertEquals(0.4 * 2.5, loaded, EPS);
        assertEquals(0.3 * 2.5, empty, EPS);
        // and at the library's defaults, at every draw
        FactorSet lib = FactorSet.of(org.fifsim.TestScenarios.parse("name: x\nrun: {horizon: 1d}\nvehicle_line: {takt: 45s}\n"
                + "pack_line: {stations: [{name: a, cycle_time: 40s}]}\nlogistics: {mode: co-located, transfer: 1min}\n"
                + "accounting: {road_vehicle_based: 1}\n"));
        for (Factors d : lib.draws(1, 200)) {
            Map<String, Double> v = new HashMap<>(d.values());
            assertTrue(ttwOfLeg(v, 1, 0) > ttwOfLeg(v, 0, 1));
        }
    }

    /** Tank-to-wheel kg of a one-trip leg with these loaded and empty km. */
    private static double ttwOfLeg(Map<String, Double> f, double loadedKm, double emptyKm) {
        Activity a = new Activity(1, 0, 0, 1, 0,
                List.of(new Activity.Leg("r", Load.PACKS, Site.PACK_PLANT, Site.VEHICLE_PLANT, 1, 0, 0, 0, loadedKm,
                        emptyKm, 0)), List.of(), List.of());
        return Accounting.compute(a, Factors.of(f)).asMap().get(Kpis.CO2_TRANSPORT_TTW_T) * 1000;
    }

    @Test
    void doublingALegsDistanceDoublesItsTkmAndItsTankToWheelCarbon() {
        for (double method : new double[] {0, 1}) {
            Map<String, Double> f = factorValues();
            f.put(Factors.ROAD_VEHICLE_BASED, method);
            Map<String, Double> once = Accounting.compute(activity(), Factors.of(f)).asMap();
            Map<String, Double> twice = Accounting.compute(activity().withLegDistance("road", 2), Factors.of(f))
                    .asMap();
            assertEquals(2 * once.get(Kpis.TRANSPORT_TKM), twice.get(Kpis.TRANSPORT_TKM), EPS);
            assertEquals(2 * once.get(Kpis.CO2_TRANSPORT_TTW_T), twice.get(Kpis.CO2_TRANSPORT_TTW_T), EPS);
            assertEquals(2 * once.get(Kpis.CO2_TRANSPORT_WTT_T), twice.get(Kpis.CO2_TRANSPORT_WTT_T), EPS);
        }
    }

    @Test
    void locationAndMarketBasedDifferExactlyByThePvConsumedTimesTheGridFactor() {
        Map<String, Double> k = compute(factorValues());
        double pvUsed = activity().site(Site.PACK_PLANT).pvUsedKwh();
        assertEquals(pvUsed * 0.6 / 1000, k.get(Kpis.CO2_ELECTRICITY_LOCATION_T)
                - k.get(Kpis.CO2_ELECTRICITY_MARKET_T), EPS);
        // green power contracts lower only the market-based figure
        Map<String, Double> f = factorValues();
        f.put(Factors.GREEN_POWER_SHARE, 0.5);
        Map<String, Double> g = compute(f);
        assertEquals(k.get(Kpis.CO2_ELECTRICITY_LOCATION_T), g.get(Kpis.CO2_ELECTRICITY_LOCATION_T), EPS);
        assertEquals(k.get(Kpis.CO2_ELECTRICITY_MARKET_T) - 3.0, g.get(Kpis.CO2_ELECTRICITY_MARKET_T), EPS);
    }

    @Test
    void cellLegsUseTheCellMassAndHubsTheirSitesGrid() {
        Activity a = new Activity(1000, 0, 0, 1000, 0,
                List.of(new Activity.Leg("cells", Load.CELLS, Site.CELL_PLANT, Site.PACK_PLANT, 10, 400,
                        0, 1, 10, 10, 1000)),
                List.of(new Activity.Hub("cell-store", HubKind.STORE, Site.CELL_PLANT, 0, 100)), List.of());
        Map<String, Double> k = Accounting.compute(a, Factors.of(factorValues())).asMap();
        assertEquals(1000 * 0.4, k.get(Kpis.TRANSPORT_TKM), EPS);
        assertEquals(100 * 0.4 * 0.1 / 1000, k.get(Kpis.CO2_WAREHOUSE_T), EPS);
    }

    @Test
    void timeOfUsePricesTheHourItIsDrawnIn() {
        Double[] tou = new Double[24];
        tou[3] = 1.2;
        Map<String, Double> k = Accounting.compute(activity(), Factors.of(factorValues(), tou)).asMap();
        assertEquals(10_000 * 1.2 + 110 + 126, k.get(Kpis.COST_ENERGY_CNY), EPS);
    }

    @Test
    void emptyReturnShareScalesOnlyTheEmptyKm() {
        Map<String, Double> f = factorValues();
        f.put(Factors.EMPTY_RETURN_SHARE, 0.25);
        f.put(Factors.ROAD_VEHICLE_BASED, 1.0);
        Map<String, Double> k = compute(f);
        assertEquals(3000 + (1000 + 250) * 5, k.get(Kpis.COST_TRANSPORT_CNY), EPS);
        assertEquals((1000 * 0.4 + 250 * 0.3) * 2.5 / 1000, k.get(Kpis.CO2_TRANSPORT_TTW_T), EPS);
    }

    @Test
    void bothRoadMethodsAreReportedWhicheverTheHeadlineUses() {
        Map<String, Double> f = factorValues();
        f.put(Factors.ROAD_VEHICLE_BASED, 0.0);
        Map<String, Double> intensity = compute(f);
        f.put(Factors.ROAD_VEHICLE_BASED, 1.0);
        Map<String, Double> vehicle = compute(f);
        for (Map<String, Double> k : List.of(intensity, vehicle)) {
            assertEquals(intensity.get(Kpis.CO2_TRANSPORT_T), k.get(Kpis.CO2_TRANSPORT_INTENSITY_T), EPS);
            assertEquals(vehicle.get(Kpis.CO2_TRANSPORT_T), k.get(Kpis.CO2_TRANSPORT_VEHICLE_T), EPS);
        }
        assertTrue(Math.abs(intensity.get(Kpis.CO2_TRANSPORT_T) - vehicle.get(Kpis.CO2_TRANSPORT_T)) > 1e-6,
                "the two methods differ on this activity, so the test can tell them apart");
    }

    @Test
    void eachFactorMovesOnlyItsOwnTerms() {
        Map<String, Double> base = compute(factorValues());
        Map<String, List<String>> expected = Map.of(
                Factors.TRUCK_CNY_PER_KM, List.of(Kpis.COST_TRANSPORT_CNY),
                Factors.HANDLING_CNY_PER_PACK, List.of(Kpis.COST_HANDLING_CNY),
                Factors.PACK_MASS_KG, List.of(Kpis.TRANSPORT_TKM, Kpis.CO2_TRANSPORT_T, Kpis.CO2_TRANSPORT_TTW_T,
                        Kpis.CO2_TRANSPORT_WTT_T, Kpis.CO2_TRANSPORT_INTENSITY_T),
                Factors.REWORK_CNY_PER_PACK, List.of(Kpis.COST_REWORK_CNY),
                Factors.WAREHOUSE_KWH_PER_PACK_DAY, List.of(Kpis.COST_ENERGY_CNY, Kpis.CO2_WAREHOUSE_T));
        List<String> aggregates = List.of(Kpis.COST_LOGISTICS_CNY, Kpis.COST_TOTAL_CNY, Kpis.COST_PER_PACK_CNY,
                Kpis.COST_PER_VEHICLE_CNY,
                Kpis.CO2_ELECTRICITY_T, Kpis.CO2_ELECTRICITY_LOCATION_T, Kpis.CO2_ELECTRICITY_MARKET_T,
                Kpis.CO2_TOTAL_T, Kpis.CO2_PER_PACK_KG, Kpis.CO2_PER_KWH_KG, Kpis.CO2_PER_KWH_TRANSPORT_KG,
                Kpis.CO2_PER_KWH_HUBS_KG);
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
                assertTrue(aggregates.contains(kpi) || e.getValue().contains(kpi), e.getKey() + " moved " + kpi);
            }
        }
    }

    @Test
    void termsAreListedInOrderWithUnitsAndScopes() {
        Map<String, Double> k = compute(factorValues());
        // without quality incidents there is no containment KPI (scenarios without them print what they did before)
        assertEquals(Accounting.TERMS.stream().map(Accounting.Term::name)
                .filter(n -> !n.equals(Kpis.COST_CONTAINMENT_CNY)).toList(), new ArrayList<>(k.keySet()));
        for (Accounting.Term t : Accounting.TERMS) {
            assertTrue(Kpis.get(t.name()) != null, t.name() + " has its name, unit and description in Kpis");
            assertEquals(t.name().startsWith("co2_"), !t.scope().isEmpty(), t.name());
        }
        assertTrue(Accounting.scopeOf(Kpis.CO2_GRID_T).startsWith("scope 2"));
        assertTrue(Accounting.scopeOf(Kpis.CO2_TRANSPORT_T).startsWith("scope 3 cat. 4"));
        assertTrue(Accounting.scopeOf(Kpis.CO2_PV_LIFECYCLE_T).startsWith("scope 3"));
    }

    @Test
    void noGoodPacksGivesNoPerPackFigure() {
        Activity a = activity();
        Activity none = new Activity(0, a.packsScrapped(), a.packsReworked(), 0, a.pipelinePacks(), a.legs(),
                a.hubs(), a.sites());
        Map<String, Double> k = Accounting.compute(none, Factors.of(factorValues())).asMap();
        assertTrue(Double.isNaN(k.get(Kpis.COST_PER_PACK_CNY)));
        assertTrue(Double.isNaN(k.get(Kpis.CO2_PER_PACK_KG)));
        assertTrue(Double.isNaN(k.get(Kpis.CO2_PER_KWH_KG)));
        assertFalse(Double.isNaN(k.get(Kpis.COST_TOTAL_CNY)));
    }

    /** A dedicated line costs the same whatever the volume; capacity from a shared plant is paid per pack. */
    @Test
    void lineCostIsFixedOrPerPack() {
        Map<String, Double> f = factorValues();
        f.put(Factors.LINE_FIXED_CNY_PER_YR, 60e6);
        f.put(Factors.LINE_CNY_PER_PACK, 10.0);
        Map<String, Double> k = compute(f);
        double expected = 60e6 + 1000 * 10.0;
        assertEquals(expected, k.get(Kpis.COST_LINE_CNY), 1e-6);
        assertEquals(compute(factorValues()).get(Kpis.COST_TOTAL_CNY) + expected, k.get(Kpis.COST_TOTAL_CNY), 1e-3);
    }

    /**
     * A vehicle not built for want of a pack costs its margin, inside the total: a design that starves the vehicle
     * line cannot come out cheaper for making fewer packs. Cost per vehicle is the total over the vehicles built.
     */
    @Test
    void vehiclesShortCostTheirMarginInTheTotal() {
        Activity a = activity();
        Activity shortOf = new Activity(a.packsGood(), a.packsScrapped(), a.packsReworked(), a.vehiclesBuilt(),
                a.pipelinePacks(), a.legs(), a.hubs(), a.sites(), null, List.of(), 250);
        Map<String, Double> none = compute(factorValues());
        Map<String, Double> k = Accounting.compute(shortOf, Factors.of(factorValues())).asMap();
        assertEquals(0, none.get(Kpis.COST_LOST_VEHICLES_CNY), 0);
        assertEquals(250 * 80_000.0, k.get(Kpis.COST_LOST_VEHICLES_CNY), 1e-6);
        assertEquals(none.get(Kpis.COST_TOTAL_CNY) + 250 * 80_000.0, k.get(Kpis.COST_TOTAL_CNY), 1e-3);
        assertEquals(k.get(Kpis.COST_TOTAL_CNY) / 1000, k.get(Kpis.COST_PER_VEHICLE_CNY), 1e-9);
    }

    @Test
    void nonFiniteActivityOrMissingFactorIsRefused() {
        Activity a = activity();
        Activity bad = new Activity(a.packsGood(), a.packsScrapped(), a.packsReworked(), a.vehiclesBuilt(),
                Double.NaN, a.legs(), a.hubs(), a.sites());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Accounting.compute(bad, Factors.of(factorValues())).asMap());
        assertTrue(e.getMessage().contains("pipeline_packs"), e.getMessage());
        Map<String, Double> f = factorValues();
        f.remove(Factors.SCRAP_VALUE_SHARE);
        assertThrows(IllegalArgumentException.class, () -> Factors.of(f));
    }
}
