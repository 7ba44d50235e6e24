package org.fifsim.accounting;

import static org.fifsim.accounting.Factors.CELL_PLANT_CNY_PER_KWH;
import static org.fifsim.accounting.Factors.CELL_PLANT_KG_CO2_PER_KWH;
import static org.fifsim.accounting.Factors.CONTAINMENT_INSPECTION_CNY_PER_PACK;
import static org.fifsim.accounting.Factors.CONTAINMENT_RECALL_CNY_PER_VEHICLE;
import static org.fifsim.accounting.Factors.CONTAINMENT_REWORK_CNY_PER_PACK;
import static org.fifsim.accounting.Factors.CONTAINMENT_SCRAP_CNY_PER_PACK;
import static org.fifsim.accounting.Factors.DIESEL_TTW_KG_PER_L;
import static org.fifsim.accounting.Factors.DIESEL_WTT_KG_PER_L;
import static org.fifsim.accounting.Factors.EMPTY_RETURN_SHARE;
import static org.fifsim.accounting.Factors.GREEN_POWER_SHARE;
import static org.fifsim.accounting.Factors.GRID_CNY_PER_KWH;
import static org.fifsim.accounting.Factors.GRID_KG_CO2_PER_KWH;
import static org.fifsim.accounting.Factors.HANDLING_CNY_PER_PACK;
import static org.fifsim.accounting.Factors.HUB_KWH_PER_PACK_HANDLED;
import static org.fifsim.accounting.Factors.INVENTORY_HOLDING_RATE_PER_YR;
import static org.fifsim.accounting.Factors.LINE_CNY_PER_PACK;
import static org.fifsim.accounting.Factors.LINE_FIXED_CNY_PER_YR;
import static org.fifsim.accounting.Factors.LOST_VEHICLE_MARGIN_CNY;
import static org.fifsim.accounting.Factors.PACK_KWH;
import static org.fifsim.accounting.Factors.PACK_MASS_KG;
import static org.fifsim.accounting.Factors.PACK_VALUE_CNY;
import static org.fifsim.accounting.Factors.PV_LIFECYCLE_KG_CO2_PER_KWH;
import static org.fifsim.accounting.Factors.REWORK_CNY_PER_PACK;
import static org.fifsim.accounting.Factors.ROAD_KG_CO2_PER_TKM;
import static org.fifsim.accounting.Factors.ROAD_VEHICLE_BASED;
import static org.fifsim.accounting.Factors.SCRAP_VALUE_SHARE;
import static org.fifsim.accounting.Factors.TRUCK_CNY_PER_KM;
import static org.fifsim.accounting.Factors.TRUCK_CNY_PER_TRIP;
import static org.fifsim.accounting.Factors.TRUCK_EMPTY_FUEL_SHARE;
import static org.fifsim.accounting.Factors.TRUCK_L_PER_100KM_LOADED;
import static org.fifsim.accounting.Factors.VEHICLE_PLANT_CNY_PER_KWH;
import static org.fifsim.accounting.Factors.VEHICLE_PLANT_KG_CO2_PER_KWH;
import static org.fifsim.accounting.Factors.WAREHOUSE_KWH_PER_PACK_DAY;
import static org.fifsim.accounting.Factors.WAREHOUSING_CNY_PER_PACK_DAY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.results.Activity;
import org.fifsim.results.KpiValues;
import org.fifsim.results.Kpis;

/**
 * Cost (CNY/yr) and carbon (t CO2e/yr) of one replication: a pure function of its activity (what happened, in
 * physical units) and one value per factor. No state, no randomness; the model never calls it.
 *
 * <p>Road carbon follows ISO 14083:2023 / GLEC Framework v3 leg by leg: well-to-wheel = tank-to-wheel + well-to-tank,
 * by the default intensity per t-km (which already includes empty running) or, when {@code road_vehicle_based} is 1,
 * from fuel per km loaded and empty with the empty returns explicit; never both. Electricity is Scope 2 both ways
 * (GHG Protocol): location-based prices everything the pack plant consumes, its own PV included, at the grid average;
 * market-based counts on-site PV (attributes kept) and contracted green power as zero.
 */
public final class Accounting {

    private static final String NO_SCOPE = "";
    private static final String SCOPE_2 = "scope 2 (purchased electricity)";
    private static final String SCOPE_3_4 = "scope 3 cat. 4 (upstream transportation: bought road freight;"
            + " scope 1 if the fleet is owned)";
    private static final String SCOPE_WAREHOUSE = "scope 2 (own warehouses' electricity; scope 3 cat. 4 when"
            + " warehousing is bought)";
    private static final String SCOPE_3_PV = "scope 3 upstream (life cycle of the PV equipment: cat. 2 capital"
            + " goods if the plant owns the panels, cat. 1 if bought as a service; never scope 2)";

    /**
     * A KPI of the accounting: its name (unit and description are {@link Kpis}'), GHG Protocol scope (empty for costs
     * and activity) and formula.
     */
    public record Term(String name, String scope, String formula) {
        public String unit() {
            return Kpis.unitOf(name);
        }
    }

    /** The KPIs {@link #compute} returns, in that order: contract KPIs in contract order, finer terms beside them. */
    public static final List<Term> TERMS = List.of(
            new Term(Kpis.COST_LOGISTICS_CNY, NO_SCOPE, "transport + handling + warehousing"),
            new Term(Kpis.COST_TRANSPORT_CNY, NO_SCOPE,
                    "per leg: trips x per-trip cost + (loaded km + empty km x empty-return share) x per-km cost"),
            new Term(Kpis.COST_HANDLING_CNY, NO_SCOPE, "packs entering a logistics stage x handling cost"),
            new Term(Kpis.COST_CELL_TRANSPORT_CNY, NO_SCOPE,
                    "the cell legs' part of transport: their trips and km at the same truck prices"),
            new Term(Kpis.COST_WAREHOUSING_CNY, NO_SCOPE, "pack-days in stores x warehousing rate"),
            new Term(Kpis.COST_INVENTORY_CNY, NO_SCOPE, "pack value x holding rate x time-averaged pipeline packs"
                    + " (with variants: each variant's value for its stock by variant, the built mix's for the rest)"),
            new Term(Kpis.COST_SCRAP_CNY, NO_SCOPE, "packs scrapped at the end-of-line test x pack value (with"
                    + " variants: the built mix's) x scrap value share; packs scrapped in containment are in"
                    + " containment"),
            new Term(Kpis.COST_REWORK_CNY, NO_SCOPE, "reworked packs x rework cost"),
            new Term(Kpis.COST_ENERGY_CNY, NO_SCOPE,
                    "pack plant grid kWh by hour x its tariff (time-of-use bands) + hub kWh x their site's tariff"),
            new Term(Kpis.COST_LINE_CNY, NO_SCOPE,
                    "pack line capacity: fixed cost per year of a dedicated line + per-pack charge of a shared plant"),
            new Term(Kpis.COST_CONTAINMENT_CNY, NO_SCOPE, "with quality incidents: packs inspected x inspection price"
                    + " + packs reworked x rework price + packs scrapped x scrap price + vehicles recalled x recall"
                    + " price (the containment_* factors)"),
            new Term(Kpis.COST_LOST_VEHICLES_CNY, NO_SCOPE,
                    "vehicles not built for want of a pack x lost vehicle margin (lost_vehicle_margin_cny)"),
            new Term(Kpis.COST_TOTAL_CNY, NO_SCOPE, "logistics + inventory + scrap + rework + energy + line"
                    + " + lost vehicles (+ containment, with quality incidents)"),
            new Term(Kpis.COST_PER_PACK_CNY, NO_SCOPE, "total cost / good packs"),
            new Term(Kpis.COST_PER_VEHICLE_CNY, NO_SCOPE, "total cost / vehicles built"),
            new Term(Kpis.TRANSPORT_TKM, NO_SCOPE,
                    "per leg: units carried x km x mass per unit (pack_mass_kg, with variants the built mix's mass,"
                            + " or the leg's own: a pack's cells)"),
            new Term(Kpis.CO2_TRANSPORT_T, SCOPE_3_4, "well-to-wheel: tank-to-wheel + well-to-tank"),
            new Term(Kpis.CO2_CELL_TRANSPORT_T, SCOPE_3_4, "the cell legs' part of it, well-to-wheel"),
            new Term(Kpis.CO2_TRANSPORT_TTW_T, SCOPE_3_4,
                    "default: t-km x road intensity; vehicle-based: (loaded km + empty km x empty-return share x"
                            + " empty fuel share) x L/km loaded x diesel TTW"),
            new Term(Kpis.CO2_TRANSPORT_WTT_T, SCOPE_3_4,
                    "the same fuel x diesel WTT (default: TTW x diesel WTT / diesel TTW)"),
            new Term(Kpis.CO2_TRANSPORT_INTENSITY_T, SCOPE_3_4,
                    "both methods side by side: t-km x road intensity x (1 + diesel WTT / diesel TTW)"),
            new Term(Kpis.CO2_TRANSPORT_VEHICLE_T, SCOPE_3_4,
                    "both methods side by side: simulated litres (loaded and empty km) x (diesel TTW + WTT)"),
            new Term(Kpis.CO2_GRID_T, SCOPE_2,
                    "market-based: pack plant grid kWh x (1 - green power share) x grid factor"),
            new Term(Kpis.CO2_ELECTRICITY_LOCATION_T, SCOPE_2,
                    "(pack plant grid kWh + PV used) x grid factor + hub kWh x their site's grid factor"),
            new Term(Kpis.CO2_ELECTRICITY_MARKET_T, SCOPE_2,
                    "pack plant grid kWh x (1 - green power share) x grid factor (own PV zero) + hubs"),
            new Term(Kpis.CO2_PV_LIFECYCLE_T, SCOPE_3_PV, "PV kWh used x PV life-cycle factor"),
            new Term(Kpis.CO2_WAREHOUSE_T, SCOPE_WAREHOUSE,
                    "per store: (pack-days x kWh per pack-day + packs handled x kWh per pack) x its site's grid factor"),
            new Term(Kpis.CO2_ELECTRICITY_T, "scope 2 (market-based) + scope 3 upstream (PV life cycle)",
                    "grid (market-based) + PV life cycle + hubs"),
            new Term(Kpis.CO2_TOTAL_T, "scope 2 + scope 3 (cat. 4 transport, upstream PV)",
                    "transport (well-to-wheel) + electricity"),
            new Term(Kpis.CO2_PER_PACK_KG, "scope 2 + scope 3", "total CO2 / good packs"),
            new Term(Kpis.CO2_PER_KWH_KG, "scope 2 + scope 3",
                    "total CO2 / (good packs x pack kWh, with variants the built mix's) = assembly + transport + hubs"
                            + " parts"),
            new Term(Kpis.CO2_PER_KWH_ASSEMBLY_KG, "scope 2 + scope 3 upstream (PV life cycle)",
                    "pack plant grid (market-based) + PV life cycle, per kWh of pack capacity"),
            new Term(Kpis.CO2_PER_KWH_TRANSPORT_KG, SCOPE_3_4, "road transport well-to-wheel per kWh"),
            new Term(Kpis.CO2_PER_KWH_HUBS_KG, SCOPE_WAREHOUSE, "hubs' electricity per kWh"));

    private static final Map<String, Term> BY_NAME = new LinkedHashMap<>();
    /** Position of each term in {@link #TERMS}: {@link #terms} fills its array by name, never by position. */
    private static final Map<String, Integer> INDEX = new java.util.HashMap<>();

    static {
        for (Term t : TERMS) {
            INDEX.put(t.name(), BY_NAME.size());
            BY_NAME.put(t.name(), t);
        }
    }

    private Accounting() {
    }

    /** The term of that KPI name, or null. */
    public static Term term(String kpi) {
        return BY_NAME.get(kpi);
    }

    /** True for a KPI the accounting computes (and {@code fifsim account} re-prices). */
    public static boolean computes(String kpi) {
        return BY_NAME.containsKey(kpi);
    }

    /** GHG Protocol scope label of a carbon KPI; empty for costs and unknown names. */
    public static String scopeOf(String kpi) {
        Term t = BY_NAME.get(kpi);
        return t == null ? NO_SCOPE : t.scope();
    }

    /**
     * The accounting KPIs of one replication, in {@link #TERMS} order. The per-pack and per-kWh KPIs are NaN when no
     * good pack was made.
     *
     * @throws IllegalArgumentException when an activity value is not finite
     */
    public static KpiValues compute(Activity activity, Factors f) {
        checkFinite(activity);
        double[] v = terms(activity, f);
        KpiValues.Builder out = KpiValues.builder();
        for (int i = 0; i < v.length; i++) {
            String name = TERMS.get(i).name();
            // without quality incidents there is no containment: no KPI rather than a zero (as before accounting had it)
            if (activity.quality() != null || !name.equals(Kpis.COST_CONTAINMENT_CNY)) {
                out.put(name, v[i]);
            }
        }
        return out.build();
    }

    /**
     * Refuses an activity with a value that is not finite: checked once per activity, before it is priced (the
     * factor band prices each one a thousand times).
     *
     * @throws IllegalArgumentException naming the value
     */
    static void checkFinite(Activity activity) {
        String bad = activity.firstNonFinite();
        if (bad != null) {
            throw new IllegalArgumentException("activity " + bad + " is not finite");
        }
    }

    /**
     * The values of {@link #TERMS}, in that order, without building a map (the factor band prices 10,000s); the
     * activity must have passed {@link #checkFinite}. Containment is NaN without quality incidents.
     */
    static double[] terms(Activity activity, Factors f) {
        Pack pack = Pack.of(activity, f);
        double packValue = pack.value();
        double emptyShare = f.get(EMPTY_RETURN_SHARE);
        boolean vehicleBased = f.get(ROAD_VEHICLE_BASED) >= 0.5;
        double litresPerKmLoaded = f.get(TRUCK_L_PER_100KM_LOADED) / 100.0;
        double litresPerKmEmpty = litresPerKmLoaded * f.get(TRUCK_EMPTY_FUEL_SHARE);

        double transport = 0;
        double cellTransport = 0;
        double cellKg = 0;
        double tkm = 0;
        double ttwKg = 0;
        double wttKg = 0;
        // ISO 14083 allows both methods; both are kept so a report can show what the choice does
        double intensityKg = 0;
        double vehicleKg = 0;
        double handled = 0;
        for (Activity.Leg l : activity.legs()) {
            double emptyKm = l.emptyKm() * emptyShare;
            double legCost = l.trips() * f.get(TRUCK_CNY_PER_TRIP) + (l.loadedKm() + emptyKm) * f.get(TRUCK_CNY_PER_KM);
            transport += legCost;
            double kgBefore = ttwKg + wttKg;
            handled += l.unitsLoaded();
            double legTkm = l.unitKm() * (l.unitMassKg() > 0 ? l.unitMassKg() : pack.massKg()) / 1000.0;
            tkm += legTkm;
            double litres = l.loadedKm() * litresPerKmLoaded + emptyKm * litresPerKmEmpty;
            // GLEC default intensity: average load and empty running are inside the factor
            double intensityTtw = legTkm * f.get(ROAD_KG_CO2_PER_TKM);
            double intensityWtt = intensityTtw * f.get(DIESEL_WTT_KG_PER_L) / f.get(DIESEL_TTW_KG_PER_L);
            intensityKg += intensityTtw + intensityWtt;
            vehicleKg += litres * (f.get(DIESEL_TTW_KG_PER_L) + f.get(DIESEL_WTT_KG_PER_L));
            if (vehicleBased) {
                ttwKg += litres * f.get(DIESEL_TTW_KG_PER_L);
                wttKg += litres * f.get(DIESEL_WTT_KG_PER_L);
            } else {
                ttwKg += intensityTtw;
                wttKg += intensityWtt;
            }
            if (l.kind() == Activity.Load.CELLS) {
                cellTransport += legCost;
                cellKg += ttwKg + wttKg - kgBefore;
            }
        }

        double warehousing = 0;
        double hubKgCo2 = 0;
        double hubCost = 0;
        for (Activity.Hub h : activity.hubs()) {
            handled += h.unitsHandled();
            if (h.kind() != Activity.HubKind.STORE) {
                continue;
            }
            warehousing += h.unitDays() * f.get(WAREHOUSING_CNY_PER_PACK_DAY);
            double kwh = h.unitDays() * f.get(WAREHOUSE_KWH_PER_PACK_DAY)
                    + h.unitsHandled() * f.get(HUB_KWH_PER_PACK_HANDLED);
            hubKgCo2 += kwh * siteKgPerKwh(h.site(), f);
            hubCost += kwh * siteCnyPerKwh(h.site(), f);
        }
        double handling = handled * f.get(HANDLING_CNY_PER_PACK);
        double logistics = transport + handling + warehousing;
        double inventory = activity.variants().isEmpty()
                ? packValue * f.get(INVENTORY_HOLDING_RATE_PER_YR) * activity.pipelinePacks()
                : inventoryOfVariants(activity, f, packValue);
        Activity.Quality q = activity.quality();
        // packsScrapped counts the end-of-line test's scrap only: one scrapped in containment is priced there
        double scrap = activity.packsScrapped() * packValue * f.get(SCRAP_VALUE_SHARE);
        double rework = activity.packsReworked() * f.get(REWORK_CNY_PER_PACK);
        double containment = q == null ? Double.NaN
                : q.packsInspected() * f.get(CONTAINMENT_INSPECTION_CNY_PER_PACK)
                        + q.packsReworked() * f.get(CONTAINMENT_REWORK_CNY_PER_PACK)
                        + q.packsScrapped() * f.get(CONTAINMENT_SCRAP_CNY_PER_PACK)
                        + q.vehiclesRecalled() * f.get(CONTAINMENT_RECALL_CNY_PER_VEHICLE);

        Activity.SiteEnergy plant = activity.site(Activity.Site.PACK_PLANT);
        double gridKwh = plant == null ? 0 : plant.gridKwh();
        double pvUsedKwh = plant == null ? 0 : plant.pvUsedKwh();
        double lineEnergy = 0;
        for (int h = 0; plant != null && h < 24; h++) {
            lineEnergy += plant.gridKwhByHour()[h] * f.tariff(h);
        }
        double energy = lineEnergy + hubCost;
        // a line built for one vehicle plant is a fixed cost; capacity bought from a shared pack plant is paid per pack
        double line = f.get(LINE_FIXED_CNY_PER_YR) + activity.packsGood() * f.get(LINE_CNY_PER_PACK);
        // a vehicle not built for want of a pack is a sale lost: without it, starving the line would look cheap
        double lostVehicles = activity.vehiclesShort() * f.get(LOST_VEHICLE_MARGIN_CNY);
        double total = logistics + inventory + scrap + rework + energy + line + lostVehicles;
        if (q != null) {
            total += containment;
        }

        double gridFactor = f.get(GRID_KG_CO2_PER_KWH);
        double co2Transport = (ttwKg + wttKg) / 1000.0;
        double co2Grid = gridKwh * (1 - f.get(GREEN_POWER_SHARE)) * gridFactor / 1000.0;
        double co2Location = ((gridKwh + pvUsedKwh) * gridFactor + hubKgCo2) / 1000.0;
        double co2Hubs = hubKgCo2 / 1000.0;
        double co2Market = co2Grid + co2Hubs;
        double co2Pv = pvUsedKwh * f.get(PV_LIFECYCLE_KG_CO2_PER_KWH) / 1000.0;
        double co2Electricity = co2Market + co2Pv;
        double co2Total = co2Transport + co2Electricity;

        double good = activity.packsGood();
        double kwhMade = good * pack.kwh();
        double[] out = new double[TERMS.size()];
        set(out, Kpis.COST_LOGISTICS_CNY, logistics);
        set(out, Kpis.COST_TRANSPORT_CNY, transport);
        set(out, Kpis.COST_HANDLING_CNY, handling);
        set(out, Kpis.COST_CELL_TRANSPORT_CNY, cellTransport);
        set(out, Kpis.COST_WAREHOUSING_CNY, warehousing);
        set(out, Kpis.COST_INVENTORY_CNY, inventory);
        set(out, Kpis.COST_SCRAP_CNY, scrap);
        set(out, Kpis.COST_REWORK_CNY, rework);
        set(out, Kpis.COST_ENERGY_CNY, energy);
        set(out, Kpis.COST_LINE_CNY, line);
        set(out, Kpis.COST_CONTAINMENT_CNY, containment);
        set(out, Kpis.COST_TOTAL_CNY, total);
        set(out, Kpis.COST_LOST_VEHICLES_CNY, lostVehicles);
        set(out, Kpis.COST_PER_PACK_CNY, good > 0 ? total / good : Double.NaN);
        set(out, Kpis.COST_PER_VEHICLE_CNY,
                activity.vehiclesBuilt() > 0 ? total / activity.vehiclesBuilt() : Double.NaN);
        set(out, Kpis.TRANSPORT_TKM, tkm);
        set(out, Kpis.CO2_TRANSPORT_T, co2Transport);
        set(out, Kpis.CO2_CELL_TRANSPORT_T, cellKg / 1000.0);
        set(out, Kpis.CO2_TRANSPORT_TTW_T, ttwKg / 1000.0);
        set(out, Kpis.CO2_TRANSPORT_WTT_T, wttKg / 1000.0);
        set(out, Kpis.CO2_TRANSPORT_INTENSITY_T, intensityKg / 1000.0);
        set(out, Kpis.CO2_TRANSPORT_VEHICLE_T, vehicleKg / 1000.0);
        set(out, Kpis.CO2_GRID_T, co2Grid);
        set(out, Kpis.CO2_ELECTRICITY_LOCATION_T, co2Location);
        set(out, Kpis.CO2_ELECTRICITY_MARKET_T, co2Market);
        set(out, Kpis.CO2_PV_LIFECYCLE_T, co2Pv);
        set(out, Kpis.CO2_WAREHOUSE_T, co2Hubs);
        set(out, Kpis.CO2_ELECTRICITY_T, co2Electricity);
        set(out, Kpis.CO2_TOTAL_T, co2Total);
        set(out, Kpis.CO2_PER_PACK_KG, good > 0 ? co2Total * 1000.0 / good : Double.NaN);
        set(out, Kpis.CO2_PER_KWH_KG, perKwh(co2Total, kwhMade));
        set(out, Kpis.CO2_PER_KWH_ASSEMBLY_KG, perKwh(co2Grid + co2Pv, kwhMade));
        set(out, Kpis.CO2_PER_KWH_TRANSPORT_KG, perKwh(co2Transport, kwhMade));
        set(out, Kpis.CO2_PER_KWH_HUBS_KG, perKwh(co2Hubs, kwhMade));
        return out;
    }

    /**
     * The pack the accounting prices: the factors' one pack, or with named variants the built mix's (value, mass
     * and kWh weighted by each variant's share of the vehicles built; a variant without its own mass or kWh has the
     * factors' {@code pack_mass_kg} or {@code pack_kwh}).
     */
    private record Pack(double value, double massKg, double kwh) {
        static Pack of(Activity a, Factors f) {
            if (a.variants().isEmpty()) {
                return new Pack(f.get(PACK_VALUE_CNY), f.get(PACK_MASS_KG), f.get(PACK_KWH));
            }
            double value = 0;
            double mass = 0;
            double kwh = 0;
            for (Activity.Variant v : a.variants()) {
                value += v.share() * f.get(Factors.packValueOf(v.name()));
                mass += v.share() * (v.massKg() > 0 ? v.massKg() : f.get(PACK_MASS_KG));
                kwh += v.share() * (v.kwh() > 0 ? v.kwh() : f.get(PACK_KWH));
            }
            return new Pack(value, mass, kwh);
        }
    }

    /**
     * Holding cost with variants: the whole pipeline at the built mix's value, corrected for the stock the model
     * keeps by variant (the line-side), which is held at each variant's own value. With one variant the correction
     * is exactly zero.
     */
    private static double inventoryOfVariants(Activity a, Factors f, double mixValue) {
        double rate = f.get(INVENTORY_HOLDING_RATE_PER_YR);
        double correction = 0;
        for (Activity.Variant v : a.variants()) {
            correction += v.heldPacks() * (f.get(Factors.packValueOf(v.name())) - mixValue);
        }
        return mixValue * rate * a.pipelinePacks() + rate * correction;
    }

    private static void set(double[] out, String kpi, double value) {
        out[INDEX.get(kpi)] = value;
    }

    /** The model's KPIs followed by the accounting's at these factors: what a replication reports. */
    public static KpiValues price(KpiValues modelKpis, Activity activity, Factors f) {
        KpiValues.Builder out = KpiValues.builder();
        modelKpis.forEach((k, v) -> {
            if (!computes(k.name())) {
                out.put(k, v);
            }
        });
        return out.putAll(compute(activity, f)).build();
    }

    private static double perKwh(double tonnes, double kwh) {
        return kwh > 0 ? tonnes * 1000.0 / kwh : Double.NaN;
    }

    private static double siteKgPerKwh(Activity.Site site, Factors f) {
        return switch (site) {
            case VEHICLE_PLANT -> f.get(VEHICLE_PLANT_KG_CO2_PER_KWH);
            case CELL_PLANT -> f.get(CELL_PLANT_KG_CO2_PER_KWH);
            case PACK_PLANT -> f.get(GRID_KG_CO2_PER_KWH);
        };
    }

    private static double siteCnyPerKwh(Activity.Site site, Factors f) {
        return switch (site) {
            case VEHICLE_PLANT -> f.get(VEHICLE_PLANT_CNY_PER_KWH);
            case CELL_PLANT -> f.get(CELL_PLANT_CNY_PER_KWH);
            case PACK_PLANT -> f.get(GRID_CNY_PER_KWH);
        };
    }
}
