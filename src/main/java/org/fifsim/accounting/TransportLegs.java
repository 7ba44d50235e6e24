package org.fifsim.accounting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The road legs of a replication's activity data ({@code leg.NAME.trips}, {@code loaded_km}, {@code empty_km},
 * {@code unit_km}, {@code unit_mass_kg}), priced one by one with the same transport factors: the pack legs of the
 * pipeline and the cell leg to the pack line alike. A unit mass of 0 means a pack (the {@code pack_mass_kg} factor).
 */
public final class TransportLegs {
    static final String PREFIX = "leg.";
    private static final List<String> FIELDS = List.of("trips", "loaded_km", "empty_km", "unit_km", "unit_mass_kg");

    /** One leg's annual activity. */
    public record Leg(String name, double trips, double loadedKm, double emptyKm, double unitKm, double unitMassKg) {
        /** True for a leg that carries cells (its own unit mass), not packs. */
        public boolean carriesCells() {
            return unitMassKg > 0;
        }
    }

    /** A leg's cost (CNY/yr) and carbon (t/yr). */
    public record Priced(Leg leg, double costCny, double co2T, double truckKm) {
    }

    private TransportLegs() {
    }

    /** The legs found in the activity, in the order they were written. */
    public static List<Leg> of(Map<String, Double> activity) {
        Map<String, Map<String, Double>> byName = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : activity.entrySet()) {
            String k = e.getKey();
            int dot = k.lastIndexOf('.');
            if (k.startsWith(PREFIX) && dot > PREFIX.length()) {
                byName.computeIfAbsent(k.substring(PREFIX.length(), dot), n -> new LinkedHashMap<>())
                        .put(k.substring(dot + 1), e.getValue());
            }
        }
        List<Leg> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Double>> e : byName.entrySet()) {
            Map<String, Double> v = e.getValue();
            for (String f : FIELDS) {
                Double x = v.get(f);
                if (x == null || !Double.isFinite(x)) {
                    throw new IllegalArgumentException("activity " + PREFIX + e.getKey() + "." + f
                            + " is missing or not finite: " + x);
                }
            }
            out.add(new Leg(e.getKey(), v.get("trips"), v.get("loaded_km"), v.get("empty_km"), v.get("unit_km"),
                    v.get("unit_mass_kg")));
        }
        return out;
    }

    /** Cost: trips x per-trip + truck km x per-km; carbon: t-km x road factor + empty km x empty-truck factor. */
    public static Priced price(Leg leg, Factors f) {
        double emptyKm = leg.emptyKm() * f.get(Factors.EMPTY_RETURN_SHARE);
        double truckKm = leg.loadedKm() + emptyKm;
        double cost = leg.trips() * f.get(Factors.TRUCK_CNY_PER_TRIP) + truckKm * f.get(Factors.TRUCK_CNY_PER_KM);
        double kg = leg.carriesCells() ? leg.unitMassKg() : f.get(Factors.PACK_MASS_KG);
        double co2 = (leg.unitKm() * kg / 1000.0 * f.get(Factors.ROAD_KG_CO2_PER_TKM)
                + emptyKm * f.get(Factors.TRUCK_EMPTY_KG_CO2_PER_KM)) / 1000.0;
        return new Priced(leg, cost, co2, truckKm);
    }
}
