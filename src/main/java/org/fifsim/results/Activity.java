package org.fifsim.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one replication did, per year after the warm-up, in physical units only: the boundary between the model and
 * the accounting. Cost and carbon are a pure function of this and the factors (see {@code accounting.Accounting}), so
 * saved activity can be re-priced without simulating again. Serialised as-is to {@code activity.json}.
 *
 * @param packsGood packs passing the end-of-line test, per year
 * @param packsScrapped packs scrapped, per year
 * @param packsReworked failed packs recovered by rework, per year
 * @param vehiclesBuilt vehicles that got a pack, per year
 * @param pipelinePacks time-averaged packs between end-of-line and installation (the stock that is financed)
 * @param legs road legs, in chain order
 * @param hubs stores and transfers (where packs are handled or wait), in chain order
 * @param sites electricity of each site whose load the model simulates
 * @param quality the containment of quality incidents; null without a {@code quality} section
 * @param variants the pack variants built, when the scenario names them; empty otherwise (every pack is then the
 *        accounting's {@code pack_value_cny}, {@code pack_mass_kg} and {@code pack_kwh})
 * @param vehiclesShort vehicles not built for want of a pack, per year (the vehicle line's starved time over its
 *        takt): priced at the lost margin, so that building fewer vehicles is never a saving; 0 in activity saved
 *        before it existed
 */
public record Activity(double packsGood, double packsScrapped, double packsReworked, double vehiclesBuilt,
        double pipelinePacks, List<Leg> legs, List<Hub> hubs, List<SiteEnergy> sites, Quality quality,
        List<Variant> variants, double vehiclesShort) implements java.io.Serializable {

    /** The plants of the chain: where a leg starts and ends, a hub stands, a load draws electricity. */
    public enum Site {
        /** the pack line's; co-located, it is inside the vehicle plant */
        PACK_PLANT,
        VEHICLE_PLANT,
        CELL_PLANT;

        /** Its word in activity.json, shard files and flat names: {@code pack_plant}. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a leg carries: finished packs, or the cells for them. */
    public enum Load {
        PACKS("pack"), CELLS("cell");

        private final String word;

        Load(String word) {
            this.word = word;
        }

        /** Its word in activity.json and shard files. */
        @Override
        public String toString() {
            return word;
        }
    }

    /** A hub's kind: a store (a building with its own electricity) or a transfer (a conveyor or tugger move). */
    public enum HubKind {
        STORE, TRANSFER;

        /** Its word in activity.json and shard files. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Activity {
        // absent from activity.json when empty (and from files written before the field existed)
        legs = legs == null ? List.of() : List.copyOf(legs);
        hubs = hubs == null ? List.of() : List.copyOf(hubs);
        sites = sites == null ? List.of() : List.copyOf(sites);
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** Activity without vehicles short (a vehicle line that never waited for a pack). */
    public Activity(double packsGood, double packsScrapped, double packsReworked, double vehiclesBuilt,
            double pipelinePacks, List<Leg> legs, List<Hub> hubs, List<SiteEnergy> sites, Quality quality,
            List<Variant> variants) {
        this(packsGood, packsScrapped, packsReworked, vehiclesBuilt, pipelinePacks, legs, hubs, sites, quality,
                variants, 0);
    }

    /** Activity without quality incidents and named variants. */
    public Activity(double packsGood, double packsScrapped, double packsReworked, double vehiclesBuilt,
            double pipelinePacks, List<Leg> legs, List<Hub> hubs, List<SiteEnergy> sites) {
        this(packsGood, packsScrapped, packsReworked, vehiclesBuilt, pipelinePacks, legs, hubs, sites, null, List.of());
    }

    /**
     * The containment of quality incidents, per year: what the accounting prices as {@code cost_containment_cny}.
     *
     * @param packsInspected suspect packs inspected in quarantine
     * @param packsReworked quarantined packs found bad and reworked
     * @param packsScrapped quarantined packs found bad and scrapped (not in {@link Activity#packsScrapped}, which
     *                      counts the end-of-line test's scrap)
     * @param vehiclesRecalled vehicles recalled because a suspect pack was already in them
     */
    public record Quality(double packsInspected, double packsReworked, double packsScrapped, double vehiclesRecalled)
            implements java.io.Serializable {
    }

    /**
     * One pack variant (M5, M7, M9...): its physical pack and how much of it was built and held. Its value is a
     * factor ({@code pack_value_cny.<name>}), not activity.
     *
     * @param share its share of the vehicles built (the built mix)
     * @param kwh energy capacity of its pack
     * @param massKg mass of its pack
     * @param heldPacks time-averaged packs of this variant where the model keeps stock by variant (the line-side, and
     *        with {@code orders.packs_from: stock} every stage too); the rest of {@link Activity#pipelinePacks}
     *        (quarantine, and the stages under {@code pack_line}) is valued at the built mix
     */
    public record Variant(String name, double share, double kwh, double massKg, double heldPacks)
            implements java.io.Serializable {
    }

    /**
     * A road leg between two sites. A trip is one loaded run and its empty return.
     *
     * @param kind what it carries
     * @param unitMassKg mass of one unit carried (a pack's worth of cells, from the scenario); 0 for a pack, whose
     *        mass is the accounting's {@code pack_mass_kg} factor
     * @param unitsLoaded units that entered the leg (handled at its dock), per year
     * @param trips loaded departures per year
     * @param loadedKm truck-km driven loaded, per year
     * @param emptyKm truck-km driven empty (returns), per year
     * @param unitKm units carried × km, per year (× mass per unit = payload t-km)
     */
    public record Leg(String name, Load kind, Site from, Site to, double distanceKm, double unitMassKg,
            double unitsLoaded, double trips, double loadedKm, double emptyKm, double unitKm)
            implements java.io.Serializable {
    }

    /**
     * A hub (ISO 14083: a place where goods are transshipped or stored) on a site's electricity.
     *
     * @param kind store or transfer
     * @param unitsHandled units that entered, per year
     * @param unitDays units × days held, per year (time-averaged stock × 365)
     */
    public record Hub(String name, HubKind kind, Site site, double unitsHandled, double unitDays)
            implements java.io.Serializable {
    }

    /**
     * A site's simulated electricity, per year.
     *
     * @param loadKwh consumption
     * @param pvKwh on-site PV generated
     * @param pvUsedKwh PV consumed on site, directly or through the storage
     * @param gridKwh imported from the grid
     * @param gridKwhByHour grid import by clock hour 0..23 (the tariff's time-of-use bands price these)
     */
    public record SiteEnergy(Site site, double loadKwh, double pvKwh, double pvUsedKwh, double gridKwh,
            double[] gridKwhByHour) implements java.io.Serializable {
        public SiteEnergy {
            gridKwhByHour = gridKwhByHour.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SiteEnergy s && site == s.site && loadKwh == s.loadKwh && pvKwh == s.pvKwh
                    && pvUsedKwh == s.pvUsedKwh && gridKwh == s.gridKwh
                    && java.util.Arrays.equals(gridKwhByHour, s.gridKwhByHour);
        }

        @Override
        public int hashCode() {
            // by the site's word: an enum's own hash differs from one JVM to the next
            return java.util.Objects.hash(site.toString(), loadKwh, gridKwh,
                    java.util.Arrays.hashCode(gridKwhByHour));
        }
    }

    /** No activity (synthetic results in tests). */
    public static Activity none() {
        return new Activity(0, 0, 0, 0, 0, List.of(), List.of(), List.of());
    }

    /** The electricity of a site, or null when the model does not simulate its load. */
    public SiteEnergy site(Site site) {
        for (SiteEnergy s : sites) {
            if (s.site() == site) {
                return s;
            }
        }
        return null;
    }

    /** This activity with every leg's distance scaled (what-if and tests): km and unit-km scale, trips do not. */
    public Activity withLegDistance(String leg, double factor) {
        List<Leg> scaled = legs.stream().map(l -> !l.name().equals(leg) ? l
                : new Leg(l.name(), l.kind(), l.from(), l.to(), l.distanceKm() * factor, l.unitMassKg(),
                        l.unitsLoaded(), l.trips(),
                        l.loadedKm() * factor, l.emptyKm() * factor, l.unitKm() * factor)).toList();
        return new Activity(packsGood, packsScrapped, packsReworked, vehiclesBuilt, pipelinePacks, scaled, hubs, sites,
                quality, variants, vehiclesShort);
    }

    /** The name of the first value that is not finite, or null when all are (cheaper than {@link #flat()}). */
    public String firstNonFinite() {
        double[] top = {packsGood, packsScrapped, packsReworked, vehiclesBuilt, pipelinePacks, vehiclesShort};
        for (double v : top) {
            if (!Double.isFinite(v)) {
                return firstNonFiniteOf(flat());
            }
        }
        for (Leg l : legs) {
            if (!(Double.isFinite(l.distanceKm() + l.unitMassKg() + l.unitsLoaded() + l.trips() + l.loadedKm() + l.emptyKm()
                    + l.unitKm()))) {
                return firstNonFiniteOf(flat());
            }
        }
        for (Hub h : hubs) {
            if (!Double.isFinite(h.unitsHandled() + h.unitDays())) {
                return firstNonFiniteOf(flat());
            }
        }
        for (SiteEnergy e : sites) {
            double sum = e.loadKwh() + e.pvKwh() + e.pvUsedKwh() + e.gridKwh();
            for (double v : e.gridKwhByHour()) {
                sum += v;
            }
            if (!Double.isFinite(sum)) {
                return "site." + e.site();
            }
        }
        if (quality != null && !Double.isFinite(quality.packsInspected() + quality.packsReworked()
                + quality.packsScrapped() + quality.vehiclesRecalled())) {
            return firstNonFiniteOf(flat());
        }
        for (Variant v : variants) {
            if (!Double.isFinite(v.share() + v.kwh() + v.massKg() + v.heldPacks())) {
                return firstNonFiniteOf(flat());
            }
        }
        return null;
    }

    private static String firstNonFiniteOf(Map<String, Double> values) {
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (!Double.isFinite(e.getValue())) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Every number by a flat name ({@code leg.road.trips}, {@code site.pack_plant.grid_kwh}), for checks. */
    public Map<String, Double> flat() {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("packs_good", packsGood);
        out.put("packs_scrapped", packsScrapped);
        out.put("packs_reworked", packsReworked);
        out.put("vehicles_built", vehiclesBuilt);
        out.put("pipeline_packs", pipelinePacks);
        out.put("vehicles_short", vehiclesShort);
        for (Leg l : legs) {
            String p = "leg." + l.name() + ".";
            out.put(p + "distance_km", l.distanceKm());
            out.put(p + "unit_mass_kg", l.unitMassKg());
            out.put(p + "units_loaded", l.unitsLoaded());
            out.put(p + "trips", l.trips());
            out.put(p + "loaded_km", l.loadedKm());
            out.put(p + "empty_km", l.emptyKm());
            out.put(p + "unit_km", l.unitKm());
        }
        for (Hub h : hubs) {
            out.put("hub." + h.name() + ".units_handled", h.unitsHandled());
            out.put("hub." + h.name() + ".unit_days", h.unitDays());
        }
        for (SiteEnergy s : sites) {
            String p = "site." + s.site() + ".";
            out.put(p + "load_kwh", s.loadKwh());
            out.put(p + "pv_kwh", s.pvKwh());
            out.put(p + "pv_used_kwh", s.pvUsedKwh());
            out.put(p + "grid_kwh", s.gridKwh());
        }
        if (quality != null) {
            out.put("quality.packs_inspected", quality.packsInspected());
            out.put("quality.packs_reworked", quality.packsReworked());
            out.put("quality.packs_scrapped", quality.packsScrapped());
            out.put("quality.vehicles_recalled", quality.vehiclesRecalled());
        }
        for (Variant v : variants) {
            String p = "variant." + v.name() + ".";
            out.put(p + "share", v.share());
            out.put(p + "kwh", v.kwh());
            out.put(p + "mass_kg", v.massKg());
            out.put(p + "held_packs", v.heldPacks());
        }
        return out;
    }
}
